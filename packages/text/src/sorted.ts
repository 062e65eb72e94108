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

/** Below this many numbers, `sortNumbers` sorts by insertion. */
const FEW = 32;

/**
 * Sorts offsets or indexes (integers below 2^31) in place, ascending, and returns the array. A handful, as most
 * records and units give, are sorted by insertion: making a work array for them, as `Array.prototype.sort` and a
 * typed array both do, costs more than the sort. More go through a typed array, which sorts numbers without calling
 * a comparator for each pair (an insertion sort's time grows with the square of their count).
 */
export function sortNumbers(numbers: number[]): number[] {
  if (numbers.length > FEW) {
    const sorted = new Int32Array(numbers).sort();
    for (let n = 0; n < sorted.length; n++) numbers[n] = sorted[n]!;
    return numbers;
  }
  for (let n = 1; n < numbers.length; n++) {
    const value = numbers[n]!;
    let k = n - 1;
    for (; k >= 0 && numbers[k]! > value; k--) numbers[k + 1] = numbers[k]!;
    numbers[k + 1] = value;
  }
  return numbers;
}
