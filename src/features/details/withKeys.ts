/**
 * Pairs each item with a React key made from its content. Facts, figures and sources have no ids, and
 * index keys would let React reuse the wrong row when one node's list replaces another's; a repeat of the
 * same content gets a counter so keys stay unique.
 */
export function withKeys<T>(items: readonly T[], contentOf: (item: T) => string): [string, T][] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const content = contentOf(item);
    const count = (seen.get(content) ?? 0) + 1;
    seen.set(content, count);
    return [`${content}\u0000${count}`, item];
  });
}
