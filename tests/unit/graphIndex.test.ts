import { describe, expect, it } from "vitest";
import { buildGraphIndex, incomingEdges, outgoingEdges } from "../../src/domain/graphIndex.ts";
import { makeCredential, makeEdge, makeGraph, makePosition } from "../fixtures/builders.ts";

describe("buildGraphIndex", () => {
  const graph = makeGraph(
    [makePosition("__proto__"), makeCredential("constructor"), makePosition("coder", "mid")],
    [
      makeEdge("__proto__", "coder"),
      makeEdge("constructor", "coder", "qualifies-for"),
      makeEdge("__proto__", "constructor", "prepares-for"),
    ],
  );
  const index = buildGraphIndex(graph);

  it("finds nodes, edges and levels by id, even ids named like prototype members", () => {
    expect(index.nodeById.get("__proto__")?.kind).toBe("position");
    expect(index.nodeById.get("constructor")?.kind).toBe("credential");
    expect(index.edgeById.get("__proto__->coder")?.target).toBe("coder");
    expect(index.levelRank.get("mid")).toBe(1);
  });

  it("lists edges in and out, by kind", () => {
    expect(outgoingEdges(index, "__proto__").map((e) => e.target)).toEqual(["coder", "constructor"]);
    expect(outgoingEdges(index, "__proto__", ["prepares-for"]).map((e) => e.target)).toEqual(["constructor"]);
    expect(incomingEdges(index, "coder").map((e) => e.source)).toEqual(["__proto__", "constructor"]);
    expect(incomingEdges(index, "coder", ["qualifies-for"]).map((e) => e.source)).toEqual(["constructor"]);
    expect(outgoingEdges(index, "missing")).toEqual([]);
  });
});
