/**
 * Lists of indices per item packed into one typed array (item i's list is `items[start[i]]` up to
 * `items[start[i + 1]]`), and small sorts and searches over typed arrays. The scoring loops use these for
 * every try; they allocate nothing, which matters most on a page's first layout, run cold before the JIT
 * has compiled anything.
 */
export interface PackedLists {
  readonly start: Int32Array;
  readonly items: Int32Array;
}

/** Packs lists built as arrays of arrays. */
export function packLists(lists: readonly (readonly number[])[]): PackedLists {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((list, i) => {
    start[i + 1] = (start[i] ?? 0) + list.length;
  });
  const items = new Int32Array(start[lists.length] ?? 0);
  lists.forEach((list, i) => {
    items.set(list, start[i] ?? 0);
  });
  return { start, items };
}

/** For each interval [aLo, aHi], the intervals [bLo, bHi] that overlap it (open ends), in index order. */
export function overlappingIntervals(
  aLo: Float64Array,
  aHi: Float64Array,
  bLo: Float64Array,
  bHi: Float64Array,
): PackedLists {
  const lists: number[][] = [];
  for (let i = 0; i < aLo.length; i++) {
    const lo = aLo[i] ?? 0;
    const hi = aHi[i] ?? 0;
    const near: number[] = [];
    for (let j = 0; j < bLo.length; j++) if ((bLo[j] ?? 0) < hi && (bHi[j] ?? 0) > lo) near.push(j);
    lists.push(near);
  }
  return packLists(lists);
}

/**
 * Sorts `ids[lo..hi)` by `first`, then `second`. Between two tries of the ordering most lists are already
 * in order, so insertion sort is near linear and calls no comparator; a long list goes to the native sort.
 */
export function sortByKeys(
  ids: Int32Array,
  lo: number,
  hi: number,
  first: Float64Array,
  second: Float64Array,
): void {
  if (hi - lo > 48) {
    ids
      .subarray(lo, hi)
      .sort((p, q) => (first[p] ?? 0) - (first[q] ?? 0) || (second[p] ?? 0) - (second[q] ?? 0));
    return;
  }
  for (let i = lo + 1; i < hi; i++) {
    const id = ids[i] ?? 0;
    const a = first[id] ?? 0;
    const b = second[id] ?? 0;
    let j = i - 1;
    for (; j >= lo; j--) {
      const other = ids[j] ?? 0;
      const c = first[other] ?? 0;
      if (c < a || (c === a && (second[other] ?? 0) <= b)) break;
      ids[j + 1] = other;
    }
    ids[j + 1] = id;
  }
}

/** Index of the first of `values[lo..hi)`, ascending, that is >= limit (hi when none is). */
export function firstAtLeast(values: Float64Array, lo: number, hi: number, limit: number): number {
  let l = lo;
  let h = hi;
  // Halve long ranges; a short one (a sub-column of a small map) is quicker to walk than to bisect.
  while (h - l > 8) {
    const mid = (l + h) >> 1;
    if ((values[mid] ?? 0) < limit) l = mid + 1;
    else h = mid;
  }
  while (l < h && (values[l] ?? 0) < limit) l++;
  return l;
}
