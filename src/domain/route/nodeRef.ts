import type { NodeKind } from "../careerGraph.ts";

/** A node as a route names it. */
export interface NodeRef {
  readonly id: string;
  readonly kind: NodeKind;
  readonly label: string;
  readonly level: string;
}
