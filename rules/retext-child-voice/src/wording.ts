import type { Gender } from './people.js';

/** Who a message is about: the children's names (with genders when known), or nobody named. */
export interface Subject {
  names: string[];
  genders: Array<Gender | undefined>;
}

const HOW = 'seen alone or not, where, and through talking, play, drawing, a direct-work tool or an interpreter';

/** "Amira", "Amira and Kai", "Amira, Kai and Leo". */
export function list(names: readonly string[], joiner = 'and'): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${joiner} ${names[names.length - 1]}`;
}

/** "Amira’s", "the children’s". */
function possessive(phrase: string): string {
  return `${phrase}\u2019s`;
}

/** The words for a subject: "Amira" / "the children" / "the child", and pronouns. */
function words(subject: Subject): { who: string; whose: string; they: string; them: string; their: string; plural: boolean } {
  const { names } = subject;
  if (names.length === 1) {
    const gender = subject.genders[0];
    return {
      who: names[0]!,
      whose: possessive(names[0]!),
      they: gender === 'f' ? 'she' : gender === 'm' ? 'he' : 'they',
      them: gender === 'f' ? 'her' : gender === 'm' ? 'him' : 'them',
      their: gender === 'f' ? 'her' : gender === 'm' ? 'his' : 'their',
      plural: false,
    };
  }
  if (names.length > 1) return { who: list(names), whose: 'the children\u2019s', they: 'they', them: 'them', their: 'their', plural: true };
  return { who: 'the child', whose: 'the child\u2019s', they: 'they', them: 'them', their: 'their', plural: false };
}

/** What a record with no child's voice should say it lacks, and what to add. */
export interface MissingVoice {
  subject: Subject;
  /** Every child of the record is a baby or does not speak. */
  preverbal: boolean;
  /** The record describes what was seen of a child who speaks, but not their words. */
  observationsOnly: boolean;
  /** The child's-views section (its title) holds adults' words instead. */
  adultSection?: string;
  letter: boolean;
  plan: boolean;
  /** No child's age is known: mention babies too. */
  agesUnknown: boolean;
}

/** The reason of `missing-child-voice`: one sentence that says what is missing and what to add. */
export function missingVoiceReason(input: MissingVoice): string {
  const w = words(input.subject);
  const add = `add what ${w.who} said, in quotation marks where you can`;
  if (input.plan) {
    return `This plan does not say what ${w.who} ${w.plural ? 'think' : 'thinks'} or ${w.plural ? 'want' : 'wants'}: add ${w.whose} views, in ${w.their} own words where you can, and how the plan responds to them.`;
  }
  if (input.preverbal) {
    return `${capital(w.whose)} voice is not in this record: describe what you saw of ${w.who}, how ${w.they} responded, played and settled, who ${w.they} turned to for comfort, and where you saw this.`;
  }
  if (input.letter) {
    return `This letter does not yet say what ${w.who} told you: add ${w.whose} own words, in quotation marks where you can, and how you heard them.`;
  }
  if (input.adultSection) {
    return `The \u201c${input.adultSection}\u201d section holds what adults said, not ${w.whose} own words: ${add}, and how you heard it (${HOW}).`;
  }
  if (input.observationsOnly) {
    return `You describe what you saw of ${w.who} but not ${w.their} own words: ${add}, and how you heard it (${HOW}).`;
  }
  const babies = input.agesUnknown ? ' (for a baby, what you saw)' : '';
  return `${capital(w.whose)} own words and views are not in this record: ${add}${babies}, and how you heard it (${HOW}).`;
}

/** The reason of `missing-method`. */
export function missingMethodReason(subject: Subject): string {
  const w = words(subject);
  return `You record ${w.whose} views but not how you heard them: say whether ${w.who} ${w.plural ? 'were' : 'was'} seen alone, where, and how (talking, play, drawing, a direct-work tool or an interpreter).`;
}

/** The reason of `missing-sibling-voice`. */
export function missingSiblingReason(child: Subject, heard: readonly string[], baby: boolean): string {
  const w = words(child);
  const others = `${list(heard)}\u2019s ${heard.length > 1 ? 'voices are' : 'voice is'} recorded`;
  if (baby) return `${capital(others)} but not ${w.whose}: describe what you saw of ${w.them}, or say why ${w.who} was not seen.`;
  return `${capital(others)} but not ${w.whose}: add what ${w.who} said, or say why ${w.who} was not seen or did not want to talk.`;
}

/** The reason of `empty-child-views-section`. */
export function emptySectionReason(title: string, subject: Subject, adults: boolean): string {
  const w = words(subject);
  return adults
    ? `The \u201c${title}\u201d section holds what adults said about ${w.who}: put ${w.whose} own words here, next to theirs.`
    : `The \u201c${title}\u201d section does not hold ${w.whose} views: put what ${w.who} said here, in ${w.their} own words.`;
}

/** The reason of `depersonalising-reference`. */
export function referenceReason(actual: string, expected: readonly string[], letter: boolean): string {
  if (letter && expected[0] === 'you') return `Write to ${expected[1] ?? 'the child'} as \u201cyou\u201d, or use their name, instead of \u201c${actual}\u201d.`;
  if (expected.length === 1) return `Call ${expected[0]} by name instead of \u201c${actual}\u201d.`;
  if (expected.length > 1) return `Use the child\u2019s name (${list(expected, 'or')}) instead of \u201c${actual}\u201d.`;
  return `Use the child\u2019s name instead of \u201c${actual}\u201d.`;
}

export const NOTES = {
  'missing-child-voice':
    'Inspectors and auditors look for the child\u2019s wishes and feelings in their own words, how they were gathered and, for a baby or a child who does not speak, what was observed; the child may read this record as an adult. Sources: Ofsted, What makes an effective case record? (2019); Knowsley CIN and CP visit recording guidance; Salford, Creating strength-based partnerships (recording tips).',
  'missing-method':
    'Auditors ask how a child\u2019s views were gathered (seen alone, where, talking, play, drawing, direct-work tools, an interpreter or communication aid), so a reader can weigh them. Sources: Knowsley CIN and CP visit recording guidance; Hull recording principles; Salford, Creating strength-based partnerships (recording tips).',
  'missing-sibling-voice':
    'Children in sibling groups are among those whose views are most easily lost; audits check each child is named and heard as an individual. Sources: O\u2019Keefe (2024), Child Abuse Review; Ofsted, What makes an effective case record? (2019).',
  'empty-child-views-section':
    'Readers look for the child\u2019s own views under this heading; adults\u2019 accounts of the child belong beside them, not instead of them. Sources: Write Enough (facts, reported information and judgement); Hull recording principles.',
  'depersonalising-reference':
    'Children and young people say being called \u201cthe child\u201d, a letter or a label makes them feel like a case, not a person; their name keeps the record about them. Sources: Our Hearings, Our Voice, language principles; North Lanarkshire Promise Team language guide; Sandwell Children\u2019s Trust young people.',
} as const;

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
