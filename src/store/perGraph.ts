import type { CareerGraph } from "../domain/careerGraph.ts";

/**
 * A value computed from a graph once per graph object. Graphs are never changed in place (an edit makes a
 * new one), so the value stays true to its graph, and it goes when the graph does.
 */
export function perGraph<T>(compute: (graph: CareerGraph) => T): (graph: CareerGraph) => T {
  const known = new WeakMap<CareerGraph, T>();
  return (graph) => {
    if (known.has(graph)) return known.get(graph) as T;
    const value = compute(graph);
    known.set(graph, value);
    return value;
  };
}
