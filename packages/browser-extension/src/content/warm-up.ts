/**
 * A made-up note the content script lints while the page is idle, so that the engine's one-off work (compiling
 * the word lists, the JIT warming to this code) is done before the writer's first keystroke. No record text.
 */
import { lint, type LintOptions } from '@carelint/core';

const SAMPLE = [
  'Home visit. I saw Sam (9) and his mum at home. Sam showed me his room and told me, "I like my new bed."',
  'Contact with Dad went well last week and his siblings came too. The SW and the YP talked about school.',
  'Mum said she was worried about money. She has been honest with me and she always makes sure Sam gets to school.',
  'Plan: I will ask the school by Friday whether Sam can join the after-school club. Mum will call the GP.',
].join('\n');

/** Lints the sample a few times with the writer's options, when the browser has nothing else to do. */
export function warmUp(options: () => LintOptions): void {
  const run = (left: number) => {
    try {
      lint(`${SAMPLE}\n${'We talked about what happens next. '.repeat(left)}`, options());
    } catch {
      return; // a settings problem shows on the first real lint
    }
    if (left > 0) requestIdleCallback(() => run(left - 1), { timeout: 3000 });
  };
  requestIdleCallback(() => run(3), { timeout: 3000 });
}
