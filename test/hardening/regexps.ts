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
    source: String.raw`^[^\w\r\n]*(dear|hello|hi) [A-Z]`,
    reason: 'packages/text/src/record-kind.ts tests only the first 400 characters of a record for a greeting.',
    maxInput: 400,
  },
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
    source: String.raw`\s*\|\s*|\t+| {2,}|\s+\/\s+`,
    reason: 'retext-smart-plan headerOf splits a table line into cells only when the line is at most 500 characters (MAX_HEADER_LENGTH): a long run of spaces is rescanned from every position, so longer lines are never split.',
    maxInput: 500,
  },
];
