import type { PartialRoutes } from "./partialRoutes.ts";
import type { SearchSetup } from "./searchSetup.ts";

/** Nodes a search for a way still open to the goal looks at before it assumes there is one. */
const REACH_CAP = 64;

/**
 * Whether some chain of arrows still leads from where a partial route can leave (its role, a credential it
 * holds) to a target through nodes it has not used: a route that used the only ways in can never finish,
 * and without this the search would try all its continuations before it can say so. Gives up (true) after
 * {@link REACH_CAP} nodes, so on big maps it costs little and only ever drops dead ends.
 */
export class DeadEnds {
  // Per node, the call it was last marked for (used / root / seen): each call marks with its own stamp.
  private readonly usedBy: Int32Array;
  private readonly rootOf: Int32Array;
  private readonly seenBy: Int32Array;
  private readonly queue: Int32Array;
  private stamp = 0;

  constructor(
    private readonly setup: SearchSetup,
    private readonly routes: PartialRoutes,
  ) {
    const n = setup.index.ids.length;
    this.usedBy = new Int32Array(n).fill(-1);
    this.rootOf = new Int32Array(n).fill(-1);
    this.seenBy = new Int32Array(n).fill(-1);
    this.queue = new Int32Array(n);
  }

  stillLeadsTo(label: number, target: number): boolean {
    const { index, avoid, allowed } = this.setup;
    const { inStart, inNode } = index;
    const { parent, nodeOf, heldAtStart, checkpointAt } = this.routes;
    const { usedBy, rootOf, seenBy, queue } = this;
    const mark = ++this.stamp;
    this.routes.forEachRoot(label, (v) => {
      rootOf[v] = mark;
    });
    for (let i = label; i >= 0; i = parent[i] as number) {
      const v = nodeOf[i] as number;
      usedBy[v] = mark;
    }
    const progress = this.routes.progressOf[label] as number;
    let size = 0;
    queue[size++] = target;
    seenBy[target] = mark;
    for (let head = 0; head < size; head++) {
      if (head >= REACH_CAP) return true;
      const x = queue[head] as number;
      for (let slot = inStart[x] as number, end = inStart[x + 1] as number; slot < end; slot++) {
        const u = inNode[slot] as number;
        if (rootOf[u] === mark) return true;
        if (seenBy[u] === mark || usedBy[u] === mark || avoid[u] === 1 || heldAtStart[u] === 1) continue;
        if (allowed !== null && allowed[u] !== 1) continue;
        const at = checkpointAt.get(u);
        if (at !== undefined && at !== progress) continue;
        seenBy[u] = mark;
        queue[size++] = u;
      }
    }
    return false;
  }
}
