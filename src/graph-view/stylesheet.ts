import type { StylesheetJson } from "cytoscape";
import type { EdgeKind } from "../domain/careerGraph.ts";
import type { EdgeLook, NodeLook, VisualModel } from "../ui/look/visualModel.ts";
import { NODE_FONT_FAMILY, NODE_FONT_SIZE, NODE_FONT_WEIGHT } from "./measureLabels.ts";
import { planMarkStyles } from "./planMarkStyles.ts";

type Style = Record<string, unknown>;

const nodeStyle = (look: NodeLook): Style => ({
  shape: look.shape,
  "background-color": look.fill,
  "border-color": look.border,
  "border-style": look.borderStyle,
  "border-width": look.borderWidth,
  color: look.text,
});

const edgeStyle = (look: EdgeLook): Style => ({
  width: look.width,
  "line-style": look.lineStyle,
  ...(look.dash ? { "line-dash-pattern": [...look.dash] } : {}),
  "line-color": look.color,
  "target-arrow-color": look.color,
  "target-arrow-shape": look.arrow,
});

/**
 * Every visual of the map, keyed by classes and data (docs/design.md), built from the visual model: the
 * look of each kind, issuer and path, in the theme shown. Highlight states are classes toggled by the
 * concerns in highlights/; nothing here is computed per element.
 */
export function mapStylesheet(model: VisualModel): StylesheetJson {
  const { palette } = model;
  const edgeKinds = Object.entries(model.edges) as [EdgeKind, EdgeLook][];
  const sheet: { selector: string; style: Style }[] = [
    {
      selector: "node",
      style: {
        label: "data(label)",
        width: "data(width)",
        height: "data(height)",
        "font-family": NODE_FONT_FAMILY,
        "font-size": NODE_FONT_SIZE,
        "font-weight": NODE_FONT_WEIGHT,
        "text-valign": "center",
        "text-halign": "center",
        "text-wrap": "wrap",
        "text-max-width": "data(textWidth)",
        "border-width": 2,
        "z-index-compare": "manual",
        "z-index": 20,
        "transition-property": "opacity",
        "transition-duration": 150,
      },
    },
    { selector: "node.position", style: nodeStyle(model.position) },
    { selector: "node.credential", style: { ...nodeStyle(model.unknownIssuer), "font-weight": 700 } },
    ...model.issuers.map((issuer) => ({ selector: `node.${issuer.className}`, style: nodeStyle(issuer) })),
    {
      selector: "node.band",
      style: {
        shape: "rectangle",
        "background-color": palette.map.bandFills[0],
        "background-opacity": 1,
        "border-width": 0,
        label: "data(label)",
        "text-valign": "top",
        "text-halign": "center",
        // Cytoscape maps data() into margins at run time; its typings only admit a number here.
        "text-margin-y": "data(titleOffset)" as unknown as number,
        "font-size": 18,
        "font-weight": 700,
        color: palette.map.bandText,
        events: "no",
        "z-index": 0,
      },
    },
    {
      selector: "edge",
      style: {
        ...edgeStyle(model.edges["advances-to"]),
        "curve-style": "bezier",
        "control-point-step-size": 24,
        "arrow-scale": 1.1,
        "z-index-compare": "manual",
        "z-index": 10,
        "transition-property": "opacity",
        "transition-duration": 150,
      },
    },
    ...edgeKinds.map(([kind, look]) => ({ selector: `edge.${kind}`, style: edgeStyle(look) })),
    // A path from a role to itself: with the shared step size its control points fell inside the wide box
    // and Cytoscape refused it ("invalid endpoints"); a loop needs them clear of the node, above it.
    // Two paths between boxes too close to bend them apart (closePairs.ts): one straight line, two heads.
    { selector: "edge.close-pair", style: { "curve-style": "straight" } },
    {
      selector: "edge:loop",
      style: { "control-point-step-size": 64, "loop-direction": "0deg", "loop-sweep": "-60deg" },
    },
    { selector: "node.band-odd", style: { "background-color": palette.map.bandFills[1] } },
    { selector: ".dimmed", style: { opacity: model.dimmedOpacity } },
    { selector: ".filtered-out", style: { visibility: "hidden" } },
    {
      selector: "node.hovered",
      style: { "border-width": 4, "underlay-opacity": 0.12, "underlay-padding": 6 },
    },
    {
      selector: "node.selected",
      style: {
        "border-width": 4,
        "border-color": model.selected,
        "underlay-color": model.selected,
        "underlay-opacity": 0.18,
        "underlay-padding": 8,
        "z-index": 30,
      },
    },
    { selector: "edge.neighbour-edge", style: { width: 3.5, "z-index": 15 } },
    {
      selector: "node.on-route",
      style: { "border-width": 4, "border-color": model.route.color, "z-index": 30 },
    },
    {
      selector: "edge.on-route",
      style: {
        ...edgeStyle(model.route),
        "z-index": 25,
      },
    },
    {
      selector: "node.route-end",
      style: { "underlay-color": model.route.color, "underlay-opacity": 0.18, "underlay-padding": 8 },
    },
    ...planMarkStyles(model),
  ];
  return sheet as StylesheetJson;
}
