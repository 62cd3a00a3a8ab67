import type { LayoutModel } from "./model.ts";

/** Most nodes in one block: 6! orders is the most tried, and bigger blocks would freeze a column. */
const MAX_BLOCK = 6;

type Pair = readonly [number, number];

/** Union-find over node indices, tracking group sizes. */
function unionFind(members: readonly number[]) {
  const root = new Map<number, number>(members.map((v) => [v, v]));
  const size = new Map<number, number>(members.map((v) => [v, 1]));
  const find = (v: number): number => {
    let r = v;
    while (root.get(r) !== r) r = root.get(r) ?? r;
    root.set(v, r);
    return r;
  };
  const sizeOf = (v: number) => size.get(find(v)) ?? 1;
  const join = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) return;
    root.set(ra, rb);
    size.set(rb, (size.get(ra) ?? 1) + (size.get(rb) ?? 1));
  };
  return { find, sizeOf, join };
}

/** Which nodes the given edges join, each group in member order. */
function groups(members: readonly number[], pairs: readonly Pair[]): number[][] {
  const sets = unionFind(members);
  for (const [a, b] of pairs) sets.join(a, b);
  const byRoot = new Map<number, number[]>();
  for (const v of members) {
    const list = byRoot.get(sets.find(v));
    if (list) list.push(v);
    else byRoot.set(sets.find(v), [v]);
  }
  return [...byRoot.values()];
}

/**
 * The order of `nodes` whose edges skip fewest boxes in all, then at most; ties go to the first found.
 * Orders are built in place, slot by slot in lexicographic order of slots in `nodes`, adding each edge's
 * skip once both its ends are placed; a partial order already no better than the best is dropped, since
 * skips only add up. Up to 720 orders per block, before the first drawing: none is copied unless best.
 */
function bestOrder(nodes: readonly number[], pairs: readonly Pair[]): number[] {
  const slotOf = new Map(nodes.map((v, i) => [v, i]));
  const partners: number[][] = nodes.map(() => []);
  for (const [a, b] of pairs) {
    const [sa, sb] = [slotOf.get(a) ?? 0, slotOf.get(b) ?? 0];
    partners[sa]?.push(sb);
    partners[sb]?.push(sa);
  }
  const order = new Int32Array(nodes.length);
  const position = new Int32Array(nodes.length);
  const used = new Uint8Array(nodes.length);
  let best: { order: Int32Array; total: number; worst: number } | undefined;
  const place = (depth: number, total: number, worst: number) => {
    if (best && (total > best.total || (total === best.total && worst >= best.worst))) return;
    if (depth === nodes.length) {
      best = { order: order.slice(), total, worst };
      return;
    }
    for (let slot = 0; slot < nodes.length; slot++) {
      if (used[slot]) continue;
      used[slot] = 1;
      order[depth] = slot;
      position[slot] = depth;
      let sum = total;
      let most = worst;
      const around = partners[slot] ?? [];
      for (let k = 0; k < around.length; k++) {
        const other = around[k] ?? 0;
        if (!used[other] || other === slot) continue;
        const skip = depth - (position[other] ?? 0) - 1;
        sum += skip;
        most = Math.max(most, skip);
      }
      place(depth + 1, sum, most);
      used[slot] = 0;
    }
  };
  place(0, 0, 0);
  const found = best?.order;
  return found ? Array.from(found, (slot) => nodes[slot] ?? 0) : [...nodes];
}

/** Chains a big group's edges into paths (each node joined to at most two, no cycles) of bounded length. */
function paths(nodes: readonly number[], pairs: readonly Pair[]): number[][] {
  const links = new Map<number, number[]>(nodes.map((v) => [v, []]));
  const sets = unionFind(nodes);
  for (const [a, b] of pairs) {
    const la = links.get(a) ?? [];
    const lb = links.get(b) ?? [];
    const closes = sets.find(a) === sets.find(b);
    if (la.length >= 2 || lb.length >= 2 || closes || sets.sizeOf(a) + sets.sizeOf(b) > MAX_BLOCK) continue;
    la.push(b);
    lb.push(a);
    sets.join(a, b);
  }
  const placed = new Set<number>();
  const out: number[][] = [];
  for (const start of nodes) {
    if (placed.has(start) || (links.get(start)?.length ?? 0) > 1) continue;
    const path: number[] = [];
    for (let v: number | undefined = start; v !== undefined && !placed.has(v); ) {
      path.push(v);
      placed.add(v);
      v = links.get(v)?.find((u) => !placed.has(u));
    }
    out.push(path);
  }
  return out;
}

/**
 * Groups one sub-column's nodes into blocks that are ordered as units. An edge between two nodes of one
 * sub-column runs down the column, behind every box between its ends, so nodes joined by such edges are
 * kept together: a small group in the order that skips fewest boxes (a hub between its spokes), a big one
 * as chains of at most MAX_BLOCK nodes.
 */
export function columnBlocks(members: readonly number[], model: LayoutModel, columnOf: readonly number[]) {
  const column = columnOf[members[0] ?? 0];
  const pairs: Pair[] = model.edges
    .filter((edge) => columnOf[edge.source] === column && columnOf[edge.target] === column)
    .map((edge) => [edge.source, edge.target]);
  return groups(members, pairs).flatMap((group) => {
    if (group.length === 1) return [group];
    const inside = new Set(group);
    const own = pairs.filter(([a]) => inside.has(a));
    return group.length <= MAX_BLOCK ? [bestOrder(group, own)] : paths(group, own);
  });
}
