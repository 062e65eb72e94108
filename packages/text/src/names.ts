import type { Range } from './quotes.js';
import type { Token } from './tokens.js';

/**
 * Words that end the name of a place, service or post: "Riverside Contact Centre", "the Leaving Care Team",
 * "Carer's Allowance", "Contact Supervisor". Matched as written with a capital.
 */
const NAME_HEADS = new Set([
  'centre', 'center', 'centres', 'team', 'service', 'services', 'hub', 'council', 'allowance', 'panel', 'supervisor',
  'unit', 'project', 'group', 'forum', 'programme', 'program', 'trust', 'office', 'scheme', 'coordinator', 'co-ordinator',
  'partnership', 'board', 'charity', 'network', 'clinic', 'house', 'lodge', 'school', 'academy', 'college', 'primary',
  'nursery', 'court', 'directorate', 'department', 'association', 'society', 'club', 'foundation', 'agency',
]);
/** Words joining the parts of a name: "Leaving Care and Asylum Team", "Department of Health". */
const JOINERS = new Set(['and', 'of', '&', 'for', 'the']);

function capitalised(token: Token | undefined): boolean {
  if (token?.kind !== 'word') return false;
  const code = token.value.charCodeAt(0);
  return code >= 65 && code <= 90;
}

function possessive(token: Token): boolean {
  return /['\u2019]s?$/.test(token.value);
}

/** Whether the word before token `first` is a capitalised word inside the sentence (not its first word), not a possessive. */
function nameBefore(tokens: readonly Token[], first: number): boolean {
  const previous = tokens[first - 1];
  if (!capitalised(previous) || possessive(previous!)) return false;
  // The sentence's first word is capitalised anyway: it says nothing.
  for (let i = first - 2; i >= 0; i--) if (tokens[i]!.kind === 'word') return true;
  return false;
}

/** Whether capitalised words after token `last` run on to a name head ("... and Asylum Team"). */
function nameAfter(tokens: readonly Token[], last: number): boolean {
  for (let i = last + 1, seen = 0; i < tokens.length && seen < 4; i++, seen++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') return false;
    if (JOINERS.has(token.norm)) continue;
    if (!capitalised(token)) return false;
    if (NAME_HEADS.has(token.norm)) return true;
  }
  return false;
}

/**
 * Whether the words [first, last] are part of a proper name: written with a capital, and either after a
 * capitalised word within the sentence ("Greenway Contact Centre", "Voices Advocacy") or running on to a name head
 * ("Kinship Care Allowance", "Placements Team"). With `strict`, only the second counts (acronyms: "Kayden's PEP"
 * and "the Castlebridge PEP" are still the acronym).
 */
export function inProperName(tokens: readonly Token[], first: number, last: number, strict = false): boolean {
  if (!capitalised(tokens[first])) return false;
  if (nameAfter(tokens, last)) return true;
  return !strict && nameBefore(tokens, first);
}

const FIELD = /^[\s*_>#-]*[A-Z][A-Za-z '’/()&-]{0,40}:[*_]*\s/;
const TYPE_FIELD = /^[\s*_>-]*((type of|kind of) (visit|meeting|record|review|report|contact|session)|(visit|meeting|record|review|report|document|session|contact) type)[*_]*\s*:[*_]*/i;

/**
 * The record's own title and form type: the first lines up to a blank line or a field ("Date: ..."), level-one
 * Markdown headings, and the value of a "Visit type:" field. "CHILD LOOKED AFTER REVIEW", "# Care Plan" and
 * "Visit type: Statutory visit" name the document; they are not the writer calling the child anything.
 */
export function findTitles(text: string): Range[] {
  const titles: Range[] = [];
  let lineStart = 0;
  let inBlock = true;
  let blockLines = 0;
  let started = false;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const blank = line.trim().length === 0;
    if (inBlock) {
      if (blank) {
        if (started) inBlock = false;
      } else if (FIELD.test(line) || /[.!?,;]\**\s*$/.test(line) || line.length > 100 || blockLines >= 3) {
        inBlock = false;
      } else {
        started = true;
        blockLines++;
        titles.push({ start: lineStart, end: lineEnd });
      }
    }
    if (!blank && (inBlock === false || !titles.some((t) => t.start === lineStart))) {
      if (/^#\s/.test(line)) titles.push({ start: lineStart, end: lineEnd });
      else {
        const type = TYPE_FIELD.exec(line);
        if (type) titles.push({ start: lineStart + type[0].length, end: lineEnd });
      }
    }
    lineStart = lineEnd + 1;
  }
  return titles;
}
