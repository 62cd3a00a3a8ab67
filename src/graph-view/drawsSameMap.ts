import type { CareerGraph } from "../domain/careerGraph.ts";

function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  return a.length === b.length && a.every((x, i) => same(x, b[i] as T));
}

/**
 * Whether two maps are drawn alike: equal in all that the layout, the labels' sizes, the elements and the
 * stylesheet read (layoutCareerMap, measureLabels, toElements, mapLooks). An edit of anything else, such as
 * a summary, facts or sources, then keeps the map drawn as it is instead of laying it out and drawing it
 * again, which takes seconds on a map of thousands.
 */
export function drawsSameMap(a: CareerGraph, b: CareerGraph): boolean {
  if (a === b) return true;
  return (
    sameList(a.levels, b.levels, (x, y) => x.id === y.id && x.label === y.label) &&
    sameList(a.issuers, b.issuers, (x, y) => x.id === y.id && x.label === y.label) &&
    sameList(
      a.nodes,
      b.nodes,
      (x, y) =>
        x.id === y.id &&
        x.label === y.label &&
        x.kind === y.kind &&
        x.level === y.level &&
        x.issuer === y.issuer,
    ) &&
    sameList(
      a.edges,
      b.edges,
      (x, y) => x.id === y.id && x.source === y.source && x.target === y.target && x.kind === y.kind,
    )
  );
}
