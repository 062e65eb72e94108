// Which page under docs/rules/ documents each category; rules build their message `url` from it.
import type { Category, Entry } from './types.js';

/** A page under docs/rules/, named without its `.md`. */
export type RulePage = 'jargon' | 'acronym' | 'stigmatising' | 'deficit' | 'tone' | 'plan';

const pageOfCategory: Readonly<Record<Category, RulePage>> = {
  jargon: 'jargon',
  acronym: 'acronym',
  stigmatising: 'stigmatising',
  deficit: 'deficit',
  critical: 'tone',
  positive: 'tone',
  'vague-plan': 'plan',
};

/** Every rule page, in the order the docs list them. */
export const rulePages: readonly RulePage[] = ['jargon', 'acronym', 'stigmatising', 'deficit', 'tone', 'plan'];

/** The rule page that documents a category. */
export function rulePage(category: Category): RulePage {
  return pageOfCategory[category];
}

/** The categories a rule page documents, in a stable order. */
export function categoriesOn(page: RulePage): readonly Category[] {
  return (Object.keys(pageOfCategory) as Category[]).filter((category) => pageOfCategory[category] === page);
}

/** An entry's anchor relative to the docs folder, e.g. `rules/jargon.md#contact-family`. */
export function ruleDocPath(entry: Pick<Entry, 'id' | 'category'>): string {
  return `rules/${rulePage(entry.category)}.md#${entry.id}`;
}
