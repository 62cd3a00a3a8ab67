import type { StylesheetJson } from "cytoscape";
import { MAP_COLORS } from "../ui/mapColors.ts";
import { NODE_FONT_FAMILY, NODE_FONT_SIZE, NODE_FONT_WEIGHT } from "./measureLabels.ts";
import { PLAN_MARK_STYLESHEET } from "./planMarkStyles.ts";

/**
 * Every visual of the map in one constant, keyed by classes and data (docs/design.md). Highlight states
 * are classes toggled by the concerns in highlights/; nothing here is computed per element.
 */
export const MAP_STYLESHEET: StylesheetJson = [
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
  {
    selector: "node.position",
    style: {
      shape: "round-rectangle",
      "background-color": MAP_COLORS.position.fill,
      "border-color": MAP_COLORS.position.border,
      color: MAP_COLORS.position.text,
    },
  },
  {
    selector: "node.credential",
    style: { shape: "hexagon", "font-weight": 700 },
  },
  {
    selector: "node.issuer-aapc",
    style: {
      "background-color": MAP_COLORS.aapc.fill,
      "border-color": MAP_COLORS.aapc.border,
      color: MAP_COLORS.aapc.text,
    },
  },
  {
    selector: "node.issuer-ahima",
    style: {
      "background-color": MAP_COLORS.ahima.fill,
      "border-color": MAP_COLORS.ahima.border,
      "border-style": "double",
      "border-width": 5,
      color: MAP_COLORS.ahima.text,
    },
  },
  {
    selector: "node.issuer-other",
    style: {
      "background-color": MAP_COLORS.otherIssuer.fill,
      "border-color": MAP_COLORS.otherIssuer.border,
      color: MAP_COLORS.otherIssuer.text,
    },
  },
  {
    selector: "node.band",
    style: {
      shape: "rectangle",
      "background-color": "data(fill)",
      "background-opacity": 1,
      "border-width": 0,
      label: "data(label)",
      "text-valign": "top",
      "text-halign": "center",
      // Cytoscape maps data() into margins at run time; its typings only admit a number here.
      "text-margin-y": "data(titleOffset)" as unknown as number,
      "font-size": 18,
      "font-weight": 700,
      color: MAP_COLORS.bandText,
      events: "no",
      "z-index": 0,
    },
  },
  {
    selector: "edge",
    style: {
      width: 2,
      "curve-style": "bezier",
      "control-point-step-size": 24,
      "target-arrow-shape": "triangle",
      "arrow-scale": 1.1,
      "line-color": MAP_COLORS.advancesTo,
      "target-arrow-color": MAP_COLORS.advancesTo,
      "z-index-compare": "manual",
      "z-index": 10,
      "transition-property": "opacity",
      "transition-duration": 150,
    },
  },
  { selector: "edge.lateral", style: { width: 1.5, "line-style": "solid", "target-arrow-shape": "vee" } },
  {
    selector: "edge.qualifies-for",
    style: {
      "line-style": "dashed",
      "line-dash-pattern": [8, 5],
      "line-color": MAP_COLORS.qualifiesFor,
      "target-arrow-color": MAP_COLORS.qualifiesFor,
    },
  },
  {
    selector: "edge.prepares-for",
    style: {
      "line-style": "dotted",
      "line-dash-pattern": [2, 5],
      "line-color": MAP_COLORS.preparesFor,
      "target-arrow-color": MAP_COLORS.preparesFor,
      "target-arrow-shape": "triangle-backcurve",
    },
  },
  { selector: ".dimmed", style: { opacity: 0.16 } },
  { selector: ".filtered-out", style: { display: "none" } },
  { selector: "node.hovered", style: { "border-width": 4, "underlay-opacity": 0.12, "underlay-padding": 6 } },
  {
    selector: "node.selected",
    style: {
      "border-width": 4,
      "border-color": MAP_COLORS.selected,
      "underlay-color": MAP_COLORS.selected,
      "underlay-opacity": 0.18,
      "underlay-padding": 8,
      "z-index": 30,
    },
  },
  { selector: "edge.neighbour-edge", style: { width: 3.5, "z-index": 15 } },
  {
    selector: "node.on-route",
    style: { "border-width": 4, "border-color": MAP_COLORS.route, "z-index": 30 },
  },
  {
    selector: "edge.on-route",
    style: {
      width: 5,
      "line-color": MAP_COLORS.route,
      "target-arrow-color": MAP_COLORS.route,
      "line-style": "solid",
      "z-index": 25,
    },
  },
  {
    selector: "node.route-end",
    style: { "underlay-color": MAP_COLORS.route, "underlay-opacity": 0.18, "underlay-padding": 8 },
  },
  ...PLAN_MARK_STYLESHEET,
];
