import type { ElementDefinition } from "cytoscape";
import type { CareerGraph, CareerNode } from "../domain/careerGraph.ts";
import type { CareerLayout } from "../domain/layout/types.ts";
import { issuerClassName } from "../ui/look/visualModel.ts";
import { closePairPaths } from "./closePairs.ts";
import { bandElementId, edgeElementId, nodeElementId } from "./elementIds.ts";

/** What a node element carries: primitives only, since Cytoscape copies and mutates element data. */
export interface NodeElementData {
  readonly id: string;
  readonly careerId: string;
  readonly label: string;
  readonly kind: CareerNode["kind"];
  readonly level: string;
  readonly issuer?: string;
  readonly width: number;
  readonly height: number;
  readonly textWidth: number;
}

/** A credential's issuer class comes from the issuer's place in the map's list, never from its id. */
function nodeClasses(node: CareerNode, issuerIndex: ReadonlyMap<string, number>): string {
  if (node.kind === "position") return "position";
  const index = node.issuer === undefined ? undefined : issuerIndex.get(node.issuer);
  return index === undefined ? "credential" : `credential ${issuerClassName(index)}`;
}

/**
 * Turns a career graph and its layout into Cytoscape elements: one background band per level, then nodes
 * at their preset positions, then edges. Built once per loaded graph; highlights are classes added later.
 */
export function toElements(graph: CareerGraph, placed: CareerLayout): ElementDefinition[] {
  const bands: ElementDefinition[] = placed.bands.map((band, i) => ({
    group: "nodes",
    data: {
      id: bandElementId(band.levelId),
      label: band.label,
      width: band.width,
      height: placed.height,
      titleOffset: placed.titleHeight / 2 + 10,
      textWidth: band.width,
    },
    position: { x: band.x + band.width / 2, y: placed.height / 2 },
    classes: i % 2 === 1 ? "band band-odd" : "band",
    selectable: false,
    grabbable: false,
  }));
  const issuerIndex = new Map(graph.issuers.map((issuer, i) => [issuer.id, i]));
  const nodes: ElementDefinition[] = graph.nodes.map((node) => {
    const size = placed.sizes.get(node.id) ?? { width: 120, height: 44 };
    const data: NodeElementData = {
      id: nodeElementId(node.id),
      careerId: node.id,
      label: node.label,
      kind: node.kind,
      level: node.level,
      ...(node.issuer !== undefined ? { issuer: node.issuer } : {}),
      width: size.width,
      height: size.height,
      textWidth: Math.max(40, size.width - 24),
    };
    const position = placed.positions.get(node.id) ?? { x: 0, y: 0 };
    return {
      group: "nodes",
      data: { ...data },
      position: { ...position },
      classes: nodeClasses(node, issuerIndex),
      grabbable: false,
    };
  });
  const straight = closePairPaths(graph, placed);
  const edges: ElementDefinition[] = graph.edges.map((edge) => ({
    group: "edges",
    data: {
      id: edgeElementId(edge.id),
      careerId: edge.id,
      source: nodeElementId(edge.source),
      target: nodeElementId(edge.target),
      kind: edge.kind,
    },
    classes: straight.has(edge.id) ? `${edge.kind} close-pair` : edge.kind,
    selectable: false,
  }));
  return [...bands, ...nodes, ...edges];
}
