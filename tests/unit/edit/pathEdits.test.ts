import { describe, expect, it } from "vitest";
import { addPath, deletePath, type NewPath, newPathId } from "../../../src/domain/edit/pathEdits.ts";
import { makeGraph } from "../../fixtures/builders.ts";

const SOURCED: NewPath["basis"] = { kind: "sourced", source: "https://example.org/ladder" };

describe("addPath", () => {
  it("adds a sourced path with an id made of its ends", () => {
    const result = addPath(makeGraph(), {
      source: "clerk",
      target: "coder",
      kind: "lateral",
      basis: SOURCED,
    });
    expect(result.ok && result.value.edges.at(-1)).toEqual({
      id: "clerk-to-coder",
      source: "clerk",
      target: "coder",
      kind: "lateral",
      basis: SOURCED,
    });
  });

  it("adds an inferred path with its note", () => {
    const basis = { kind: "inferred", note: " Most coders start as clerks. " } as const;
    const result = addPath(makeGraph(), { source: "coder", target: "clerk", kind: "lateral", basis });
    expect(result.ok && result.value.edges.at(-1)?.basis).toEqual({
      kind: "inferred",
      note: "Most coders start as clerks.",
    });
  });

  it("asks for both ends at once when neither was chosen", () => {
    const result = addPath(makeGraph(), { source: "", target: "", kind: "lateral", basis: SOURCED });
    expect(result.ok || result.errors).toEqual([
      { path: "source", message: "choose the node the path starts from." },
      { path: "target", message: "choose the node the path leads to." },
    ]);
  });

  it("refuses a path of the wrong kind for its ends, naming the end", () => {
    const result = addPath(makeGraph(), {
      source: "clerk",
      target: "cpc",
      kind: "advances-to",
      basis: SOURCED,
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]?.message).toContain('"cpc" is a credential');
  });

  it("refuses an inferred path without a note and a sourced one without a link", () => {
    const noNote = addPath(makeGraph(), {
      source: "coder",
      target: "clerk",
      kind: "lateral",
      basis: { kind: "inferred", note: "" },
    });
    expect(!noNote.ok && noNote.errors[0]?.path).toContain("basis.note");
    const noLink = addPath(makeGraph(), {
      source: "coder",
      target: "clerk",
      kind: "lateral",
      basis: { kind: "sourced", source: "example.org" },
    });
    expect(!noLink.ok && noLink.errors[0]?.path).toContain("basis.source");
  });

  it("refuses a path from a node to itself and a second identical path", () => {
    const loop = addPath(makeGraph(), { source: "clerk", target: "clerk", kind: "lateral", basis: SOURCED });
    expect(!loop.ok && loop.errors[0]?.message).toBe("a path joins two different nodes.");
    const twin = addPath(makeGraph(), {
      source: "clerk",
      target: "coder",
      kind: "advances-to",
      basis: SOURCED,
    });
    expect(!twin.ok && twin.errors[0]?.message).toContain("already on the map");
  });

  it("numbers the id when a path between the same ends already has it", () => {
    const graph = makeGraph(undefined, []);
    const first = addPath(graph, { source: "clerk", target: "coder", kind: "advances-to", basis: SOURCED });
    if (!first.ok) throw new Error("refused");
    expect(newPathId(first.value, "clerk", "coder")).toBe("clerk-to-coder-2");
  });
});

describe("deletePath", () => {
  it("removes one path and keeps its ends", () => {
    const result = deletePath(makeGraph(), "clerk->coder");
    expect(result.ok && result.value.edges.map((edge) => edge.id)).toEqual(["cpc->coder"]);
    expect(result.ok && result.value.nodes).toHaveLength(3);
  });

  it("refuses a path that is not there", () => {
    expect(deletePath(makeGraph(), "nope").ok).toBe(false);
  });
});
