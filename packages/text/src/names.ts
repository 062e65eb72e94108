import type { Range } from './quotes.js';
import type { Token } from './tokens.js';

/**
 * Words that end the name of a place, service or post: "Riverside Contact Centre", "the Leaving Care Team",
 * "Carer's Allowance", "Contact Supervisor"; or of a court order or an Act, a legal title ("a Kinship Care Order",
 * "the Contact Order made in 2012"). Matched as written with a capital.
 */
const NAME_HEADS = new Set([
  'centre', 'center', 'centres', 'team', 'service', 'services', 'hub', 'council', 'allowance', 'panel', 'supervisor',
  'unit', 'project', 'group', 'forum', 'programme', 'program', 'trust', 'office', 'scheme', 'coordinator', 'co-ordinator',
  'partnership', 'board', 'charity', 'network', 'clinic', 'house', 'lodge', 'school', 'academy', 'college', 'primary',
  'nursery', 'court', 'directorate', 'department', 'association', 'society', 'club', 'foundation', 'agency',
  'order', 'orders', 'act',
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

/** Whether capitalised words after token `last` run on to a name head (with `joined`, through "and": "... and Asylum Team"). */
function nameAfter(tokens: readonly Token[], last: number, joined: boolean): boolean {
  for (let i = last + 1, seen = 0; i < tokens.length && seen < 4; i++, seen++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') return false;
    if (JOINERS.has(token.norm)) {
      if (!joined) return false;
      continue;
    }
    if (!capitalised(token)) return false;
    if (NAME_HEADS.has(token.norm)) return true;
  }
  return false;
}

/** Capitalised words that open a sentence without being a name. */
const OPENERS = new Set(['the', 'a', 'an', 'our', 'your', 'his', 'her', 'their', 'my', 'this', 'that', 'these', 'those', 'any', 'no', 'each', 'every', 'some', 'new', 'next', 'last', 'dear', 'i', 'we', 'she', 'he', 'they', 'it', 'all', 'one', 'two']);

/** Whether an all-caps word follows a first name ("Amira HADDAD", "Ellie-Rose GRANT"): a surname written in capitals. */
export function isCapitalSurname(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  if (previous?.kind !== 'word' || !capitalised(previous) || possessive(previous) || OPENERS.has(previous.norm)) return false;
  return /^[A-Z][a-z]/.test(previous.value) && tokens[index]!.value.length >= 3;
}

/**
 * Whether the words [first, last] are part of a proper name: written with a capital, and either after a
 * capitalised word within the sentence ("Greenway Contact Centre", "Voices Advocacy") or running on to a name head
 * ("Kinship Care Allowance", "Placements Team"). With `strict`, only the second counts (acronyms: "Kayden's PEP"
 * and "the Castlebridge PEP" are still the acronym).
 */
export function inProperName(tokens: readonly Token[], first: number, last: number, strict = false): boolean {
  if (!capitalised(tokens[first])) return false;
  if (nameAfter(tokens, last, !strict)) return true;
  return !strict && nameBefore(tokens, first);
}

const FIELD = /^[\s*_>#-]*[A-Z][A-Za-z '’/()&-]{0,40}:[*_]*\s/;
const TYPE_FIELD = /^[\s*_>-]*((type of|kind of) (visit|meeting|record|review|report|contact|session)|(visit|meeting|record|review|report|document|session|contact) type)[*_]*\s*:[*_]*/i;

/**
 * The record's own title and form type: its first lines, up to the first field ("Date: ...") or sentence, the first
 * heading from markup when only such lines come before it, and the value of a "Visit type:" field. "CHILD LOOKED
 * AFTER REVIEW", "# Care Plan" and "Visit type: Statutory visit" name the document; they are not the writer
 * calling the child anything. Blank lines do not end the title: core puts one after every line of plain text.
 */
export function findTitles(text: string, headings: readonly Range[] = []): Range[] {
  const titles: Range[] = [];
  let lineStart = 0;
  let inTitle = true;
  let prose = false;
  let titleLines = 0;
  const firstHeading = headings[0];
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim().length > 0) {
      const field = FIELD.test(line);
      const sentence = /[.!?,;]\**\s*$/.test(line) || line.length > 100;
      if (firstHeading && !prose && firstHeading.start >= lineStart && firstHeading.start < lineEnd) {
        titles.push({ start: firstHeading.start, end: firstHeading.end });
      } else if (inTitle && !field && !sentence && titleLines < 3) {
        titleLines++;
        // "MASH contact 24-01183 | 03/02/24 | via EDT": the title is the first cell.
        const bar = line.indexOf('|', 1);
        titles.push({ start: lineStart, end: bar > 0 ? lineStart + bar : lineEnd });
      } else {
        inTitle = false;
        if (!field) prose = true;
        const type = TYPE_FIELD.exec(line);
        // The type itself, up to a bracket or a dash: "Statutory visit (six-weekly) – seen with carers".
        if (type) {
          const value = /^\s*([^(\u2013\u2014|]*)/.exec(line.slice(type[0].length))!;
          const start = lineStart + type[0].length + value[0].length - value[1]!.length;
          titles.push({ start, end: start + value[1]!.length });
        }
        else if (/^#\s/.test(line)) titles.push({ start: lineStart, end: lineEnd });
      }
      if (field) inTitle = false;
    }
    lineStart = lineEnd + 1;
  }
  return titles;
}
