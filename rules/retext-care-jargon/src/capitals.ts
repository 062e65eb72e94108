/**
 * Lines written in capitals (a heading such as "CHILD'S VIEWS"), asked about by offset. Each line is read once per
 * document and its line found by binary search, so asking for every word of a long line costs no rescans of it.
 */
export function capitalsLines(text: string): (offset: number) => boolean {
  let breaks: number[] | undefined;
  const known = new Map<number, boolean>();
  return (offset) => {
    breaks ??= newlines(text);
    // The last line feed at or before the offset, as `text.lastIndexOf('\n', offset)` finds it.
    let low = 0;
    let high = breaks.length - 1;
    let last = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (breaks[mid]! <= offset) {
        last = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    const start = last >= 0 ? breaks[last]! + 1 : 0;
    // On a line feed itself the line is empty.
    if (start > offset) return false;
    let capitals = known.get(start);
    if (capitals === undefined) {
      capitals = isCapitalsLine(text.slice(start, breaks[last + 1] ?? text.length));
      known.set(start, capitals);
    }
    return capitals;
  };
}

/** Whether a line is written in capitals: at least six letters, all capitals, in at least two runs of two or more. */
function isCapitalsLine(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 6 && letters === letters.toUpperCase() && (line.match(/[A-Z]{2,}/g)?.length ?? 0) >= 2;
}

/** Offsets of the text's line feeds, in order. */
function newlines(text: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) found.push(i);
  return found;
}
