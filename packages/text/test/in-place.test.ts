import { describe, expect, it } from 'vitest';
import { fitInPlace } from '../src/in-place.js';

/** `alternative` as it fits in place of `match` in `text` (its first occurrence), or undefined. */
function fit(text: string, match: string, alternative: string): string | undefined {
  const start = text.indexOf(match);
  return fitInPlace(alternative, text, start, start + match.length);
}

describe('fitInPlace: a one-click fix never leaves the text worse', () => {
  it.each([
    ['Callum refused to go to his room.', 'refused', 'said no to'],
    ['Dad has disengaged from the course.', 'disengaged', 'has not yet been able to'],
    ['She was placed with them in May.', 'placed', 'went to live with'],
    ["Chloe's mother has been refusing to answer calls.", 'refusing', 'said no to'],
    ['He had absconded from the unit.', 'absconded', 'ran away'],
  ])('leaves out a wording that doubles a word or breaks the verb form: %s ("%s" -> "%s")', (text, match, alternative) => {
    expect(fit(text, match, alternative)).toBeUndefined();
  });

  it.each([
    ['Callum refused to go to his room.', 'refused', 'chose not to', 'chose not'],
    ['She refused to answer the door.', 'refused', 'did not want to', 'did not want'],
    ['She was placed with her aunt in May.', 'placed', 'moved to live with', 'moved to live'],
    ['The review is part of the CIN plan.', 'CIN', 'child in need plan', 'child in need'],
    ['She is putting herself at risk at night.', 'putting herself at risk', 'is being groomed or coerced', 'being groomed or coerced'],
  ])('writes a word shared with its neighbour once: %s ("%s" -> "%s")', (text, match, alternative, fitted) => {
    expect(fit(text, match, alternative)).toBe(fitted);
  });

  it.each([
    ['Callum refused the offer of a lift.', 'refused', 'said no to'],
    ['Contact with Dad went well.', 'Contact', 'family time'],
    ['Mum was hostile at the door.', 'hostile', 'upset'],
    ['He refused. To go out was not safe.', 'refused', 'chose not to'],
  ])('keeps one that reads right as it is: %s', (text, match, alternative) => {
    expect(fit(text, match, alternative)).toBe(alternative);
  });
});
