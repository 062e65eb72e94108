import type { Finding, Point } from '@carelint/core';

/** Line starts of a text, to turn UTF-16 offsets into 1-based lines and columns as core reports them. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const char = text.charCodeAt(i);
      if (char === 10) this.starts.push(i + 1);
      else if (char === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }

  /** The point at a 0-based UTF-16 offset: line and column 1-based, column in UTF-16 code units. */
  point(offset: number): Point {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1, offset };
  }
}

/** A copy of a finding moved to new offsets in a text, with lines and columns to match. */
export function placeAt(finding: Finding, start: number, end: number, index: LineIndex): Finding {
  return { ...finding, place: { start: index.point(start), end: index.point(end) } };
}
