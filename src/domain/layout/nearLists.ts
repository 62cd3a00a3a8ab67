/**
 * Lists of indices per item, packed into one typed array: item i's list is `items[start[i]]` up to
 * `items[start[i + 1]]`. The scoring loops walk these for every try; packed, walking them allocates
 * nothing, which matters most on a page's first layout, run cold before the JIT has compiled anything.
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
