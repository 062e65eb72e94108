/**
 * Where `value` would go in an ascending list: the index of its first element not below it, which is also how many
 * elements lie below it. One binary search for core's offset maps and the rules' per-record position lists.
 */
export function firstAtLeast(sorted: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
