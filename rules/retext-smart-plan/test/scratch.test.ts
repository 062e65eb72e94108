import { it } from 'vitest';
import { run, lines } from './run.js';

it('scratch', () => {
  const text = `Plan

- Mum and Dad continue to work with services to address their alcohol use, to keep Billy and Angie safe
- No-one will drink any alcohol in the family home
- No alcohol will be kept at the family home
- If anyone arrives at the family home and they have been drinking then Mum will ask them to leave and they will not be allowed in
- Even if this is someone we love they will still not be allowed in or to take Billy and Angie out
- If Dad turns up and he has been drinking and will not leave then Mum will call the police.
- If Mum drinks any alcohol at home, even if it is a little bit then Billy will call Nan who will come over and stay with the children and Mum will have to leave
- Even if Billy thinks Mum has been drinking he can still call Nan and no one will tell him off even if Mum hasn't.
- Nan agrees that she will call Mum twice a day to check that she has not been drinking, once before Mum is due to pick the children up from school and once in the evening.
- If Mum has been drinking then Nan agrees that she will pick the children up from school and take them home and Mum agrees to go elsewhere
- Billy's attendance will be monitored by school
- Support will be offered to Mum as appropriate
- The health visitor will visit regularly
- Nan will visit regularly, at least twice a week
- Attend all appointments
- Weekly visits by the social worker
- Ongoing support from services
`;
  const r = run(text);
  console.log(lines(r.messages).join('\n'));
  for (const m of r.messages) console.log(m.reason);
  console.log(r.metrics);
});
