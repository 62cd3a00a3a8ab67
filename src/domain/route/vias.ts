import type { IndexPath } from "./bfs.ts";
import { exhaustiveRoutes } from "./exhaustive.ts";
import { comparePaths, joinPaths, pathKey } from "./order.ts";
import type { RouteIndex } from "./routeIndex.ts";
import { kShortestPaths } from "./yen.ts";

/** Alternatives tried for each leg, and partial routes carried from one leg to the next. */
const LEG_ALTERNATIVES = 5;
const BEAM_WIDTH = 8;

export interface ViaResult {
  readonly paths: IndexPath[];
  /** True when no route was found and the exhaustive search hit its work limit. */
  readonly incomplete: boolean;
}

/**
 * Up to `k` loopless routes from any of `starts` through each checkpoint in order (the last one is the
 * target), avoiding `avoid`.
 *
 * Each leg is a fewest-steps route that keeps clear of the nodes earlier legs used and of the checkpoints
 * still ahead. Legs compete for nodes, and the very shortest loopless route through a given node is NP-hard
 * to find in a directed graph, so this is a beam search: the best few alternatives of each leg, the best
 * few partial routes kept. It finds the shortest route whenever legs do not get in each other's way. If
 * the beam finds nothing, an exhaustive search (with a work limit) settles whether any route exists, so
 * "no route" is only claimed when it is true or the result is flagged incomplete.
 */
export function routesThrough(
  index: RouteIndex,
  starts: readonly number[],
  checkpoints: readonly number[],
  k: number,
  avoid: readonly number[],
): ViaResult {
  let partials: IndexPath[] = [];
  for (let leg = 0; leg < checkpoints.length; leg++) {
    const goal = checkpoints[leg] as number;
    const ahead = checkpoints.slice(leg + 1);
    const next: IndexPath[] = [];
    if (leg === 0) {
      next.push(...kShortestPaths(index, starts, goal, LEG_ALTERNATIVES, [...avoid, ...ahead]));
    } else {
      for (const partial of partials) {
        const used = partial.nodes.slice(0, -1);
        const from = partial.nodes.at(-1) as number;
        const legs = kShortestPaths(index, [from], goal, LEG_ALTERNATIVES, [...avoid, ...ahead, ...used]);
        for (const rest of legs) next.push(joinPaths(partial, rest));
      }
    }
    partials = best(index, next, leg === checkpoints.length - 1 ? k : BEAM_WIDTH);
    if (partials.length === 0) break;
  }
  if (partials.length > 0) return { paths: partials, incomplete: false };
  const fallback = exhaustiveRoutes(index, starts, checkpoints, k, avoid);
  return { paths: fallback.paths, incomplete: !fallback.complete && fallback.paths.length === 0 };
}

function best(index: RouteIndex, paths: IndexPath[], count: number): IndexPath[] {
  const keys = new Set<string>();
  return paths
    .sort((a, b) => comparePaths(index, a, b))
    .filter((path) => {
      const key = pathKey(path);
      if (keys.has(key)) return false;
      keys.add(key);
      return true;
    })
    .slice(0, count);
}
