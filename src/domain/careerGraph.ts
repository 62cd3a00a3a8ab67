import type { z } from "zod";
import type { EDGE_KINDS, NODE_KINDS } from "./format/kinds.ts";
import type {
  basisSchema,
  careerGraphSchema,
  credentialGroupSchema,
  edgeSchema,
  factSchema,
  feeSchema,
  figureSchema,
  issuerSchema,
  levelSchema,
  nodeSchema,
  requirementsSchema,
  timeSchema,
} from "./format/schema.ts";

/** A validated career map: what the rest of the app works with. */
export type CareerGraph = z.output<typeof careerGraphSchema>;
/** A position (a job) or a credential (a certification). */
export type CareerNode = z.output<typeof nodeSchema>;
/** A directed advancement path between two nodes. */
export type CareerEdge = z.output<typeof edgeSchema>;
export type Level = z.output<typeof levelSchema>;
export type Issuer = z.output<typeof issuerSchema>;
export type Fact = z.output<typeof factSchema>;
export type Figure = z.output<typeof figureSchema>;
export type EdgeBasis = z.output<typeof basisSchema>;
/** What it takes to get into a position, or to sit a credential's exam. */
export type Requirements = z.output<typeof requirementsSchema>;
/** "Hold at least one of these credentials." */
export type CredentialGroup = z.output<typeof credentialGroupSchema>;
/** An exam fee with its year and source. */
export type Fee = z.output<typeof feeSchema>;
/** Typical years in the source role before taking an advancement path. */
export type PathTime = z.output<typeof timeSchema>;
export type NodeKind = (typeof NODE_KINDS)[number];
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** Which node kinds each edge kind may join, source first. */
export const EDGE_ENDPOINTS: Record<EdgeKind, readonly [NodeKind, NodeKind]> = {
  "advances-to": ["position", "position"],
  lateral: ["position", "position"],
  "qualifies-for": ["credential", "position"],
  "prepares-for": ["position", "credential"],
};
