import type { CareerGraph, EdgeKind } from "../../domain/careerGraph.ts";
import { EDGE_KINDS } from "../../domain/format/kinds.ts";
import { isLargeGraph } from "../../domain/mapScale.ts";
import { PLAN_MARK_WORDS, PLAN_MARKS, type PlanMark } from "../../domain/plan/plan.ts";
import type { Swatch } from "./swatches.ts";
import { borderWords, type NodeLook, type VisualModel } from "./visualModel.ts";

export type LegendGroup = "Nodes" | "Paths" | "Highlights" | "My plan";

/** One legend line: its group, its mark (none for a note) and its words. */
export interface LegendEntry {
  readonly key: string;
  readonly group: LegendGroup | "Note";
  readonly swatch: Swatch | null;
  readonly label: string;
}

/** What a legend explains: the marks a map or a picture of it holds. */
export interface LegendContent {
  readonly positions: boolean;
  /** Ids of the issuers whose credentials are shown. */
  readonly issuers: ReadonlySet<string>;
  /** Credentials whose issuer the map does not list. */
  readonly unknownIssuer: boolean;
  readonly edges: ReadonlySet<EdgeKind>;
  readonly route: boolean;
  readonly selected: boolean;
  readonly dimmed: boolean;
  readonly levels: boolean;
  /** The plan marks in use: the legend explains only the rings someone can see. */
  readonly marks: ReadonlySet<PlanMark>;
}

const EDGE_WORDS: Record<EdgeKind, string> = {
  "advances-to": "Advances to (promotion)",
  lateral: "Lateral move, same level",
  "qualifies-for": "Credential qualifies you for",
  "prepares-for": "Work prepares you for",
};

const NO_MARKS: ReadonlySet<PlanMark> = new Set();

/**
 * Everything a map can show: the on-screen legend explains every mark of the map, highlights included,
 * and the plan marks in use.
 */
export function mapLegendContent(graph: CareerGraph, marks: ReadonlySet<PlanMark> = NO_MARKS): LegendContent {
  const listed = new Set(graph.issuers.map((issuer) => issuer.id));
  const issuers = new Set<string>();
  let unknownIssuer = false;
  for (const node of graph.nodes) {
    if (node.kind !== "credential") continue;
    if (node.issuer !== undefined && listed.has(node.issuer)) issuers.add(node.issuer);
    else unknownIssuer = true;
  }
  return {
    positions: graph.nodes.some((node) => node.kind === "position"),
    issuers,
    unknownIssuer,
    edges: new Set(EDGE_KINDS),
    route: true,
    selected: true,
    // Large maps never dim (docs/decisions/0014-large-maps.md), so there is nothing dimmed to explain.
    dimmed: !isLargeGraph(graph),
    levels: true,
    marks,
  };
}

/** The legend's lines for what is shown, each issuer named in its own look. */
export function legendEntries(model: VisualModel, content: LegendContent): LegendEntry[] {
  const entries: LegendEntry[] = [];
  const add = (
    shown: boolean,
    key: string,
    group: LegendEntry["group"],
    swatch: Swatch | null,
    label: string,
  ) => {
    if (shown) entries.push({ key, group, swatch, label });
  };
  const node = (look: NodeLook, state?: "selected" | "dimmed"): Swatch =>
    state ? { type: "node", look, state } : { type: "node", look };
  add(content.positions, "position", "Nodes", node(model.position), "Position (a job)");
  for (const issuer of model.issuers) {
    const label = `${issuer.label} credential, ${borderWords(issuer.borderStyle)}`;
    add(content.issuers.has(issuer.id), `issuer:${issuer.id}`, "Nodes", node(issuer), label);
  }
  add(
    content.unknownIssuer,
    "issuer:unknown",
    "Nodes",
    node(model.unknownIssuer),
    "Credential from an issuer the map does not list",
  );
  for (const kind of EDGE_KINDS) {
    add(content.edges.has(kind), kind, "Paths", { type: "edge", look: model.edges[kind] }, EDGE_WORDS[kind]);
  }
  add(content.selected, "selected", "Highlights", node(model.position, "selected"), "Selected");
  add(content.route, "route", "Highlights", { type: "edge", look: model.route }, "On the route");
  const dimmedWhy =
    content.route && !content.selected ? "not on the route" : "not linked to the selection or route";
  add(content.dimmed, "dimmed", "Highlights", node(model.position, "dimmed"), `Dimmed: ${dimmedWhy}`);
  for (const mark of PLAN_MARKS) {
    const swatch: Swatch = { type: "mark", look: model.marks[mark], node: model.position };
    add(
      content.marks.has(mark),
      `mark:${mark}`,
      "My plan",
      swatch,
      `My plan: ${PLAN_MARK_WORDS[mark].toLowerCase()}`,
    );
  }
  add(content.levels, "levels", "Note", null, "Columns are levels, lowest on the left.");
  return entries;
}
