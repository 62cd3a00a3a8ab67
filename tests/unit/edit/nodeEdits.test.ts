import { describe, expect, it } from "vitest";
import type { CareerGraph } from "../../../src/domain/careerGraph.ts";
import type { EditResult } from "../../../src/domain/edit/editResult.ts";
import {
  addNode,
  countNodePaths,
  deleteNode,
  editSummary,
  moveNode,
  type NewNode,
  renameNode,
  setFacts,
} from "../../../src/domain/edit/nodeEdits.ts";
import { makeCredential, makeEdge, makeGraph, makePosition } from "../../fixtures/builders.ts";

const NEW_ROLE: NewNode = {
  id: "auditor",
  kind: "position",
  label: "Coding auditor",
  level: "advanced",
  summary: "Reviews coded charts.",
  source: "https://example.org/auditor",
};

function edited(result: EditResult): CareerGraph {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  return result.value;
}

function refusal(result: EditResult): string {
  if (result.ok) throw new Error("the edit was accepted");
  return result.errors.map((error) => `${error.path}: ${error.message}`).join("\n");
}

describe("addNode", () => {
  it("adds a position at the end, leaving the original map as it was", () => {
    const graph = makeGraph();
    const before = structuredClone(graph);
    const next = edited(addNode(graph, NEW_ROLE));
    expect(next.nodes.at(-1)).toEqual({
      id: "auditor",
      kind: "position",
      level: "advanced",
      label: "Coding auditor",
      summary: "Reviews coded charts.",
      sources: ["https://example.org/auditor"],
    });
    expect(next.nodes).toHaveLength(graph.nodes.length + 1);
    expect(graph).toEqual(before);
  });

  it("gives a credential its issuer and a position none", () => {
    const graph = makeGraph();
    const credential = edited(
      addNode(graph, { ...NEW_ROLE, id: "cca", kind: "credential", issuer: "ahima" }),
    );
    expect(credential.nodes.at(-1)?.issuer).toBe("ahima");
    const position = edited(addNode(graph, { ...NEW_ROLE, issuer: "ahima" }));
    expect(position.nodes.at(-1)).not.toHaveProperty("issuer");
  });

  it("adds a node vouched for by the author's own statement instead of a link", () => {
    const next = edited(
      addNode(makeGraph(), { ...NEW_ROLE, source: " ", internalNote: "Our team's ladder." }),
    );
    expect(next.nodes.at(-1)).toMatchObject({ sources: [], internal: { note: "Our team's ladder." } });
  });

  it("refuses a node with neither a link nor a statement, saying how to fix it", () => {
    expect(refusal(addNode(makeGraph(), { ...NEW_ROLE, source: "" }))).toContain("has no source");
  });

  it("refuses an id already used by a node, naming the node that has it", () => {
    const message = refusal(addNode(makeGraph(), { ...NEW_ROLE, id: "coder" }));
    expect(message).toContain('"coder" is already the id of the position "coder"');
    expect(message).toContain("must be unique");
  });

  it("refuses an empty label and a blank id, saying which field", () => {
    expect(refusal(addNode(makeGraph(), { ...NEW_ROLE, label: "  " }))).toMatch(
      /label of the position "auditor": .*must not be empty/,
    );
    expect(refusal(addNode(makeGraph(), { ...NEW_ROLE, id: "" }))).toMatch(
      /^id of the position "Coding auditor": must not be empty/,
    );
  });

  it("refuses a credential without an issuer and a source that is not a link", () => {
    expect(refusal(addNode(makeGraph(), { ...NEW_ROLE, kind: "credential" }))).toContain("issuer");
    expect(refusal(addNode(makeGraph(), { ...NEW_ROLE, source: "javascript:alert(1)" }))).toContain(
      "http, https or mailto",
    );
  });
});

describe("renameNode, moveNode, editSummary", () => {
  it("renames the label and full name but keeps the id, so paths still join", () => {
    const next = edited(renameNode(makeGraph(), "coder", { label: "Coder II", name: "Medical coder II" }));
    const coder = next.nodes.find((node) => node.id === "coder");
    expect(coder).toMatchObject({ label: "Coder II", name: "Medical coder II" });
    expect(next.edges).toEqual(makeGraph().edges);
  });

  it("drops the full name when it is cleared", () => {
    const graph = makeGraph([makePosition("clerk", "entry", { name: "Records clerk" })], []);
    expect(edited(renameNode(graph, "clerk", { label: "Clerk", name: " " })).nodes[0]).not.toHaveProperty(
      "name",
    );
  });

  it("moves a node to another level and refuses a level the map does not have", () => {
    expect(edited(moveNode(makeGraph(), "clerk", "master")).nodes[0]?.level).toBe("master");
    expect(refusal(moveNode(makeGraph(), "clerk", "nowhere"))).toContain("is not one of the map's levels");
  });

  it("edits the summary and refuses an empty one", () => {
    expect(edited(editSummary(makeGraph(), "clerk", "Files records.")).nodes[0]?.summary).toBe(
      "Files records.",
    );
    expect(refusal(editSummary(makeGraph(), "clerk", ""))).toContain("summary");
  });

  it("refuses to change a node that is not on the map", () => {
    expect(refusal(moveNode(makeGraph(), "ghost", "mid"))).toContain('"ghost" is not a node of this map');
  });
});

describe("setFacts", () => {
  const fact = { text: "Hospitals and clinics.", source: "https://example.org/where", year: 2024 };

  it("sets a list of facts and removes the section when it is emptied", () => {
    const withFacts = edited(setFacts(makeGraph(), "clerk", "settings", [fact]));
    expect(withFacts.nodes[0]?.settings).toEqual([fact]);
    expect(edited(setFacts(withFacts, "clerk", "settings", [])).nodes[0]).not.toHaveProperty("settings");
  });

  it("refuses a fact without a link", () => {
    expect(refusal(setFacts(makeGraph(), "clerk", "upkeep", [{ ...fact, source: "" }]))).toContain("source");
  });
});

describe("deleteNode", () => {
  it("removes the node and every path that starts or ends at it", () => {
    const graph = makeGraph();
    expect(countNodePaths(graph, "coder")).toBe(2);
    const next = edited(deleteNode(graph, "coder"));
    expect(next.nodes.map((node) => node.id)).toEqual(["clerk", "cpc"]);
    expect(next.edges).toEqual([]);
  });

  it("removes a deleted credential from requirements, and a group it leaves empty", () => {
    const basis = { kind: "inferred", note: "test" } as const;
    const coder = makePosition("coder", "mid", {
      requirements: {
        credentials: [
          { oneOf: ["cpc", "cca"], basis },
          { oneOf: ["cpc"], basis },
        ],
      },
    });
    const graph = makeGraph(
      [makeCredential("cpc"), makeCredential("cca"), coder],
      [makeEdge("cpc", "coder", "qualifies-for")],
    );
    const next = edited(deleteNode(graph, "cpc"));
    expect(next.nodes.find((node) => node.id === "coder")?.requirements).toEqual({
      credentials: [{ oneOf: ["cca"], basis }],
    });
  });
});
