// Every file the generator owns, with the text it should have now (pure apart from reading the docs intros).
import { rulePages } from '../src/pages.js';
import type { Dictionary } from '../src/types.js';
import { moduleFile, pageFile, readIfExists } from './data-files.js';
import { renderRulePage } from './render-docs.js';
import { renderModule } from './render-module.js';

/** A generated file: its absolute path and the text it should hold. */
export interface Output {
  readonly path: string;
  readonly text: string;
}

/** The generated module and every rule page, rendered from a dictionary. */
export function renderOutputs(dictionary: Dictionary): Output[] {
  return [
    { path: moduleFile, text: renderModule(dictionary) },
    ...rulePages.map((page) => ({ path: pageFile(page), text: renderRulePage(page, dictionary, readIfExists(pageFile(page))) })),
  ];
}
