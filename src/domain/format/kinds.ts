/**
 * The kinds of node and path the format knows, apart from the schema so that the first view (legend,
 * map) has them without loading the validator (docs/decisions/0018-first-view-bundle.md).
 */
export const NODE_KINDS = ["position", "credential"] as const;

export const EDGE_KINDS = ["advances-to", "qualifies-for", "prepares-for", "lateral"] as const;
