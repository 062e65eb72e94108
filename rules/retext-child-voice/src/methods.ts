import type { CompiledLexicons, Signals } from './lexicons.js';
import type { MentionIndex } from './mentions.js';
import { childrenAfter, negated, type Seen } from './seen.js';
import { quotedAt, type Unit } from './units.js';
import type { Voice } from './voice.js';

/** Methods that count wherever they stand: tools named only in work with children. */
const ANYWHERE = new Set(['direct-work']);
/** Methods that count unless only adults are in the sentence ("Mum used an interpreter" does not). */
const UNLESS_ADULTS = new Set(['seen-alone', 'interpreter', 'communication-aid']);

/**
 * The ways the children's views were gathered, as labels (`seen-alone`, `conversation`, `place`, `direct-work`,
 * `drawing`, `play`, `observation`, `interpreter`, `communication-aid`, or the label of a local `child-voice-method-*`
 * lexicon). Each needs its sentence to be about a child; negated mentions do not count.
 */
export function findMethods(units: readonly Unit[], index: MentionIndex, lexicons: CompiledLexicons, seen: Seen, voice: Voice): Set<string> {
  const found = new Set<string>();
  const babies = new Set([...index.people.children.values()].filter((c) => c.baby).map((c) => c.name));
  if (voice.items.some((item) => item.kind === 'observation')) found.add('observation');
  if (voice.toWriter.size > 0) found.add('conversation');
  const lists = [...lexicons.methods.values(), lexicons.signals.aloneWords];
  // The methods as pairs, read once: iterating the map itself makes a new pair for each method in every unit.
  const methods = [...lexicons.methods];
  for (const unit of units) {
    // Every method found in a unit is one of its phrases.
    if (!startsAny(lists, unit)) continue;
    const mentions = index.byUnit[unit.index]!;
    const targets = mentions.map((m) => index.target(m));
    const childHere = targets.some((t) => t?.role === 'child') || mentions.some((m) => m.role === 'worker' && m.plural);
    const adultsOnly = !childHere && targets.some((t) => t?.role === 'adult' || t?.role === 'agency');
    let talked = (seen.met.get(unit.index)?.length ?? 0) > 0 || voice.toWriter.has(unit.index) || weTalked(unit, index, lexicons);
    const conversation = lexicons.methods.get('conversation');
    if (conversation) {
      for (const match of conversation.all(unit)) {
        if (quotedAt(unit, match.first) || negated(unit.words, match.first, match.last)) continue;
        // Talking with a baby is not how a baby's views are gathered; what was observed is.
        const talkedWith = childrenAfter(index, unit, match.last).filter((c) => c.children.length === 0 || c.children.some((name) => !babies.has(name)));
        if (talkedWith.length > 0) {
          found.add('conversation');
          talked = true;
        }
      }
    }
    for (const [label, signals] of methods) {
      // A method whose phrases the unit does not start is passed over before `all` builds its array.
      if (label === 'conversation' || found.has(label) || !signals.startsAny(unit)) continue;
      for (const match of signals.all(unit)) {
        if (quotedAt(unit, match.first) || negated(unit.words, match.first, match.last)) continue;
        // "loves drawing", "misses playing football": what the child likes, not how views were gathered.
        if (afterViewVerb(unit, match.first, lexicons)) continue;
        const counts = ANYWHERE.has(label)
          ? true
          : label === 'place'
            ? talked
            : UNLESS_ADULTS.has(label)
              ? !adultsOnly
              : childHere;
        if (counts) {
          found.add(label);
          break;
        }
      }
    }
    if (!found.has('seen-alone') && talked) {
      for (const match of lexicons.signals.aloneWords.all(unit)) {
        if (!quotedAt(unit, match.first) && !negated(unit.words, match.first, match.last)) found.add('seen-alone');
      }
    }
  }
  return found;
}

/** Whether a unit starts a phrase of one of the lists. */
function startsAny(lists: readonly Signals[], unit: Unit): boolean {
  for (const list of lists) if (list.startsAny(unit)) return true;
  return false;
}

/** "We talked in the car", "we sat on the swing and talked": the writer and the child together. */
function weTalked(unit: Unit, index: MentionIndex, lexicons: CompiledLexicons): boolean {
  const we = index.byUnit[unit.index]!.some((m) => m.role === 'worker' && m.plural && unit.words[m.first]!.norm === 'we');
  if (!we) return false;
  const verbs = [lexicons.signals.encounter, lexicons.methods.get('conversation')].filter((s) => s !== undefined);
  return verbs.some((signals) => signals.all(unit).some((m) => !quotedAt(unit, m.first) && !negated(unit.words, m.first, m.last)));
}

/** Whether a view verb stands just before word `first` ("loves drawing", "enjoys the sand tray"). */
function afterViewVerb(unit: Unit, first: number, lexicons: CompiledLexicons): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 2; k--) {
    if (unit.words[k]!.kind !== 'word') return false;
    const view = lexicons.signals.view.lastIn(unit, k);
    if (view >= k && view < first) return true;
  }
  return false;
}
