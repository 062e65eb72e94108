import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/analysis.js';

function kindOf(text: string, documentType?: string) {
  const file = new VFile(text);
  if (documentType) file.data = { carelint: { documentType } };
  const tree = unified().use(retextEnglish).parse(file);
  return analyse(tree, file).kind;
}

const filler = (n: number) => ' The day went on as usual and nothing else of note happened.'.repeat(n);

describe('record kind', () => {
  it('reads care records from their roles, services and people', () => {
    expect(kindOf(`Visit to Leo (8) at his foster home.${filler(25)} Mum said she misses him.`).care).toBe(true);
    expect(kindOf(`The IRO chaired the review.${filler(25)} The social worker agreed the pathway plan.`).care).toBe(true);
    expect(kindOf(`Staff on shift: two.${filler(25)} YP said he was going to his girlfriend's. Dad rang at 8.`).care).toBe(true);
    // A social worker's letter to a parent in plain words: the service's name and the role in the signature.
    expect(kindOf(`Northby Children's Services\n\nDear Gary,\n\nThank you for seeing me.${filler(25)}\n\nYours sincerely,\nRachel Osei\nSocial Worker`).care).toBe(true);
  });

  it('leaves other texts that use the same words alone', () => {
    expect(kindOf(`Our students start their placement year in June.${filler(25)} Contact the careers team with questions.`).care).toBe(false);
    expect(kindOf(`A short respite from the rain let us prune the roses.${filler(25)} The CP (cathodic protection) anodes were replaced; the CP readings are fine.`).care).toBe(false);
    expect(kindOf(`Patients and carers can ask the ward for a package of care.${filler(25)}`).care).toBe(false);
    // One sign alone in a long text is not enough: a newsletter may name the council's children's services.
    expect(kindOf(`The fun run raised money for the children's services charity.${filler(25)} Thank you to every runner.`).care).toBe(false);
  });

  it('treats a short text as a care record, and trusts a document type', () => {
    expect(kindOf('We talked about contact on Saturday.').care).toBe(true);
    expect(kindOf(`A placement year guide.${filler(25)}`, 'visit').care).toBe(true);
    // "other" is core's DocumentType for a care record of another kind (a daily note, a chronology).
    expect(kindOf(`A placement year guide.${filler(25)}`, 'other').care).toBe(true);
  });

  it('tells a record written to the child, and the child a header names', () => {
    expect(kindOf('Dear Beth,\nI am writing to tell you about your review.').addressed).toBe(true);
    expect(kindOf('Beth was seen at home. She said school is fine.').addressed).toBe(false);
    expect(kindOf('Child: Kayden Rowe (9)\nDate: 3 May\nKayden was happy.').child).toBe('Kayden');
    expect(kindOf('YP: KL (16)\nKL was out.').child).toBeUndefined();
    expect(kindOf('Child: Ava Cole\nChild: Sam Cole\nBoth were seen.').child).toBeUndefined();
  });
});
