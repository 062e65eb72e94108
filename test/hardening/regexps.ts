/** Finds the regular expressions in carelint's sources, for the backtracking test. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** What the sources hold: regex literals, and the places that build one with `RegExp(...)`. */
export interface Found {
  literals: Array<{ source: string; flags: string; file: string; line: number }>;
  constructed: Array<{ file: string; line: number; endLine: number }>;
}

/** Folders whose code ships: packages/*\/src, rules/*\/src, dictionaries/src. */
export function sourceFolders(root: string): string[] {
  const folders = ['dictionaries/src'];
  for (const group of ['packages', 'rules']) {
    for (const name of readdirSync(join(root, group))) {
      if (statSync(join(root, group, name, 'src'), { throwIfNoEntry: false })?.isDirectory()) folders.push(`${group}/${name}/src`);
    }
  }
  return folders;
}

function filesUnder(root: string, folder: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(join(root, folder), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(ts|tsx|mts|js|mjs)$/.test(entry.name) || entry.name.endsWith('.d.ts')) continue;
    const dir = entry.parentPath ?? (entry as unknown as { path: string }).path;
    files.push(join(dir, entry.name).slice(root.length));
  }
  return files.sort();
}

/** Every regex literal and every `RegExp(...)` / `new RegExp(...)` call in the shipped sources. */
export function findRegExps(root: string): Found {
  const found: Found = { literals: [], constructed: [] };
  for (const folder of sourceFolders(root)) {
    for (const file of filesUnder(root, folder)) {
      const text = readFileSync(join(root, file), 'utf8');
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
      const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line + 1;
      const visit = (node: ts.Node): void => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const literal = node.getText(source);
          const slash = literal.lastIndexOf('/');
          found.literals.push({ source: literal.slice(1, slash), flags: literal.slice(slash + 1), file, line: lineOf(node.getStart(source)) });
        } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
          found.constructed.push({ file, line: lineOf(node.getStart(source)), endLine: lineOf(node.getEnd()) });
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  return found;
}

/**
 * Patterns recheck calls polynomial (super-linear on some input), each with why it is acceptable where it is used.
 * `maxInput` is the longest string the code can hand the pattern; the timing test uses no more than that.
 * `pending` marks a pattern that is NOT safe on hostile input, with the fix proposed to the lead: the timing test
 * skips it until the fix lands, and the stale-entry check then asks for the entry to be removed.
 */
export const reviewedPolynomial: Array<{ source: string; maxInput?: number; reason: string; pending?: string }> = [
  {
    source: String.raw`\n\/\/# sourceMappingURL=.*\s*$`,
    reason: 'packages/audit/src/report/html.ts strips the source-map comment from the chart.js file shipped with the package; it never sees record text.',
    maxInput: 0,
  },
  {
    source: String.raw`(^|[.!?]["'”’)]?\s+|\n\s*)$`,
    reason: 'packages/browser-extension matchCase: `before` is at most the 4 characters before a finding.',
    maxInput: 4,
  },
  {
    source: String.raw`(^|[.!?:]\s+|\n\s*|[-*#>]\s+)$`,
    reason: 'packages/language-server matchCase: `before` is at most the 4 characters before a finding.',
    maxInput: 4,
  },
  {
    source: String.raw`\B(?=(\d{3})+(?!\d))`,
    reason: 'packages/cli metrics line: groups the digits of a count the CLI formats, never record text.',
    maxInput: 20,
  },
  {
    source: String.raw`\s+$`,
    reason: 'retext-care-jargon findDefinitions: the text before an acronym in brackets, cut to 120 characters first.',
    maxInput: 120,
  },
  {
    source: String.raw`^([^()]+?)\s*\((explain[^)]*)\)$`,
    reason: "retext-care-jargon replacements: a dictionary entry's alternative (reviewed data, a few words), never record text.",
    maxInput: 200,
  },
  {
    source: String.raw`\([^)]*\)`,
    reason: 'retext-child-voice: runs on a list of names matched by groupList, in which every bracket closes within 24 characters, so no attempt scans further.',
    maxInput: 26,
  },
  {
    source: String.raw`[\u201c"][^\u201d"\n]*[\u201d"]`,
    reason: 'retext-child-voice secondPerson, over the whole record: a line with thousands of opening quotes and no closing one is scanned once per quote.',
    pending: 'blank the quotes found by @carelint/text (analysis.quotes) instead of this pattern; hostile input only, low priority',
  },
  {
    source: String.raw`(\p{Lu}\p{Ll}+(?:[-'\u2019]\p{Lu}\p{Ll}+)?)(?:\s+(\p{Lu}\p{Ll}+(?:[-'\u2019]\p{Lu}\p{Ll}+)?))?\s*\(\s*(?:aged?\s*|now\s+)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)\s*(years?|yrs?|y\/?o|months?|mths?|mos?|weeks?|wks?)?(?:\s*old)?\s*\)`,
    reason: 'retext-child-voice NAME_AGE_BRACKETS, over the whole record: "Amy (7" followed by a long run of spaces and no ")" makes the three optional \\s* before ")" share the run (316 ms at 8,000 spaces, growing as a cube).',
    pending: 'let each optional part own the spaces after it: ...AGE_NUMBER\\s*(?:(UNIT)\\s*)?(?:old\\s*)?\\) in rules/retext-child-voice/src/people.ts:41',
  },
  {
    source: String.raw`[a-z]{2,}ed$`,
    reason: 'retext-smart-plan isParticiple/isPast, on every word: a single 20,000-letter "word" (a pasted blob) costs about 0.5 s, 100,000 letters about 12 s.',
    pending: 'use /[a-z]{2}ed$/ (it matches exactly the same words) in rules/retext-smart-plan/src/action.ts lines 188-189',
  },
  {
    source: String.raw`\s*\|\s*|\t+| {2,}|\s+\/\s+`,
    reason: 'retext-smart-plan headerOf, on a table line: a long run of spaces or line breaks without a bar is rescanned from every position.',
    pending: "split on /[ \\t]*\\|[ \\t]*|\\t+| {2,}|[ \\t]+\\/[ \\t]+/ only after checking line.length < 500 (a header row is short), in rules/retext-smart-plan/src/items.ts:86",
  },
];
