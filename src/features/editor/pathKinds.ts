import type { EdgeKind } from "../../domain/careerGraph.ts";

/** The kinds of advancement path in plain words, with the ends each joins. */
export const PATH_KIND_LABELS: Record<EdgeKind, string> = {
  "advances-to": "Advances to (position → position, a promotion)",
  lateral: "Lateral move (position → position)",
  "qualifies-for": "Qualifies for (credential → position)",
  "prepares-for": "Prepares for (position → credential)",
};

export const PATH_KINDS = Object.keys(PATH_KIND_LABELS) as EdgeKind[];
