import { describe, expect, it } from "vitest";
import type { CareerGraph } from "../../../src/domain/careerGraph.ts";
import { LIMITS } from "../../../src/domain/format/limits.ts";
import { validateCareerGraph } from "../../../src/domain/format/validateCareerGraph.ts";
import { makeCredential, makeEdge, makeGraph, makePosition } from "../../fixtures/builders.ts";

type Raw = Record<string, unknown> & { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] };

/** A valid graph as loose JSON, so a test can break any part of it. */
function rawGraph(): Raw {
  return structuredClone(makeGraph()) as unknown as Raw;
}

/** The errors by place and message; the subject (id and label) is checked in its own tests. */
function errorsOf(raw: unknown) {
  const result = validateCareerGraph(raw);
  if (result.ok) throw new Error("expected the graph to be rejected");
  return result.errors.map(({ path, message }) => ({ path, message }));
}

function paths(raw: unknown): string[] {
  return errorsOf(raw).map((error) => error.path);
}

describe("validateCareerGraph accepts", () => {
  it("a valid graph and returns it typed", () => {
    const graph = makeGraph();
    const result = validateCareerGraph(structuredClone(graph));
    expect(result).toStrictEqual({ ok: true, value: graph });
  });

  it("ids named like Object.prototype members", () => {
    const ids = ["constructor", "__proto__", "toString", "hasOwnProperty", 'a"]#b', "مسار 🚀"];
    const graph = makeGraph(
      ids.map((id) => makePosition(id)),
      ids.slice(1).map((id, i) => makeEdge(ids[i] ?? "", id)),
    );
    const raw = JSON.parse(JSON.stringify(graph));
    const result = validateCareerGraph(raw);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.nodes.map((node) => node.id)).toStrictEqual(ids);
  });

  it("self-loops and cycles", () => {
    const graph = makeGraph(
      [makePosition("a"), makePosition("b")],
      [makeEdge("a", "a"), makeEdge("a", "b"), makeEdge("b", "a")],
    );
    expect(validateCareerGraph(graph).ok).toBe(true);
  });

  it("drops unknown keys, including __proto__ and deeply nested junk", () => {
    let deep: unknown = [];
    for (let i = 0; i < 10_000; i++) deep = [deep];
    const raw = JSON.parse(
      `{"__proto__":{"polluted":true},${JSON.stringify(rawGraph()).slice(1)}`.replace(
        '"version":1',
        '"version":1,"junk":"x"',
      ),
    ) as Raw;
    raw.extra = deep;
    raw.nodes[0] = { ...raw.nodes[0], constructor: { prototype: { bad: 1 } } };
    const result = validateCareerGraph(raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.value)).not.toContain("junk");
    expect(Object.keys(result.value)).not.toContain("extra");
    expect(Object.hasOwn(result.value.nodes[0] ?? {}, "constructor")).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("validateCareerGraph rejects, naming the place", () => {
  it.each([
    ["null", null, "Expected an object"],
    ["a list", [], "found a list"],
    ["text", "x", "found string"],
  ])("a file that is %s", (_name, raw, text) => {
    expect(errorsOf(raw)[0]?.message).toContain(text);
  });

  it("an empty object, listing the missing fields", () => {
    const result = errorsOf({ version: 1 });
    expect(result.map((e) => e.path)).toStrictEqual(["title", "levels", "issuers", "nodes", "edges"]);
    expect(result[0]?.message).toMatch(/is missing/);
  });

  it("a Cytoscape.js export, saying what it is", () => {
    expect(errorsOf({ elements: { nodes: [], edges: [] } })[0]?.message).toMatch(/Cytoscape\.js export/);
  });

  it("reads a version 1 file as version 2", () => {
    const result = validateCareerGraph({ ...rawGraph(), version: 1 });
    expect(result.ok && result.value.version).toBe(2);
  });

  it("a missing, future or string version", () => {
    const { version: _, ...noVersion } = rawGraph();
    expect(errorsOf(noVersion)[0]).toStrictEqual({
      path: "version",
      message: 'is missing. Add "version": 2 at the top of the file.',
    });
    expect(errorsOf({ ...rawGraph(), version: 3 })[0]?.message).toBe(
      "This file uses format version 3; this app reads versions 1 and 2.",
    );
    expect(paths({ ...rawGraph(), version: "1" })).toStrictEqual(["version"]);
  });

  it("missing and wrongly typed node fields", () => {
    const raw = rawGraph();
    const { label: _, ...noLabel } = raw.nodes[0] ?? {};
    raw.nodes[0] = noLabel;
    raw.nodes[1] = { ...raw.nodes[1], summary: 42 };
    const errors = errorsOf(raw);
    expect(errors.map((e) => e.path)).toStrictEqual(["nodes[0].label", "nodes[1].summary"]);
    expect(errors[0]?.message).toMatch(/is missing\. Write the short name/);
    expect(errors[1]?.message).toMatch(/expected text, found a number/);
  });

  it("an unknown node kind and edge kind", () => {
    const raw = rawGraph();
    raw.nodes[0] = { ...raw.nodes[0], kind: "job" };
    raw.edges[0] = { ...raw.edges[0], kind: "jumps-to" };
    const errors = errorsOf(raw);
    expect(errors.map((e) => e.path)).toStrictEqual(["nodes[0].kind", "edges[0].kind"]);
    expect(errors[0]?.message).toBe('expected one of "position", "credential", found "job".');
  });

  it("an unknown level and issuer, listing the known levels", () => {
    const raw = rawGraph();
    raw.nodes[0] = { ...raw.nodes[0], level: "senior" };
    raw.nodes[1] = { ...raw.nodes[1], issuer: "nobody" };
    const errors = errorsOf(raw);
    expect(errors.map((e) => e.path)).toStrictEqual(["nodes[0].level", "nodes[1].issuer"]);
    expect(errors[0]?.message).toBe(
      '"senior" is not one of the map\'s levels (entry, mid, advanced, master).',
    );
  });

  it("a credential without an issuer", () => {
    const raw = rawGraph();
    const { issuer: _, ...noIssuer } = raw.nodes[1] ?? {};
    raw.nodes[1] = noIssuer;
    expect(paths(raw)).toStrictEqual(["nodes[1].issuer"]);
  });

  it("duplicate ids across nodes and edges, naming both places", () => {
    const raw = rawGraph();
    raw.nodes[2] = { ...raw.nodes[2], id: "clerk" };
    raw.edges[1] = { ...raw.edges[1], id: "cpc" };
    const errors = errorsOf(raw);
    expect(errors.map((e) => e.path)).toContain("nodes[2].id");
    expect(errors.find((e) => e.path === "nodes[2].id")?.message).toMatch(/already the id of nodes\[0\]/);
    expect(errors.find((e) => e.path === "edges[1].id")?.message).toMatch(/already the id of nodes\[1\]/);
  });

  it("edges whose ends are missing or of the wrong kind", () => {
    const raw = rawGraph();
    raw.edges[0] = { ...raw.edges[0], target: "CPC-X" };
    raw.edges[1] = { ...raw.edges[1], source: "clerk" };
    const errors = errorsOf(raw);
    expect(errors).toContainEqual({
      path: "edges[0].target",
      message: '"CPC-X" is not a node in this file. Use the id of one of the nodes. Did you mean "cpc"?',
    });
    expect(errors).toContainEqual({
      path: "edges[1].source",
      message: 'a "qualifies-for" path starts at a credential, but "clerk" is a position.',
    });
  });

  it("an edge with a target but no source", () => {
    const raw = rawGraph();
    const { source: _, ...noSource } = raw.edges[0] ?? {};
    raw.edges[0] = noSource;
    expect(paths(raw)).toStrictEqual(["edges[0].source"]);
  });

  it.each([
    ["empty", ""],
    ["spaces", "   "],
    ["a no-break space", "\u00A0"],
    ["a number", 7],
    ["an object", { id: "x" }],
    ["over 200 characters", "x".repeat(LIMITS.idLength + 1)],
  ])("an id that is %s", (_name, id) => {
    const raw = rawGraph();
    raw.nodes[0] = { ...raw.nodes[0], id };
    expect(paths(raw)).toContain("nodes[0].id");
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "//evil.example",
    "relative/page.html",
    "https://",
  ])("an unsafe or unusable link %j", (link) => {
    const raw = rawGraph();
    raw.nodes[0] = { ...raw.nodes[0], sources: ["https://ok.example", link] };
    expect(errorsOf(raw)).toStrictEqual([
      { path: "nodes[0].sources[1]", message: "must be an absolute http, https or mailto link." },
    ]);
  });

  it("accepts http, https and mailto links", () => {
    const raw = rawGraph();
    raw.nodes[0] = {
      ...raw.nodes[0],
      sources: ["http://a.example", "https://b.example/x?y=1", "mailto:x@y.org"],
    };
    expect(validateCareerGraph(raw).ok).toBe(true);
  });

  it("text over its length limit and lists over their count limit", () => {
    const raw = rawGraph();
    raw.nodes[0] = { ...raw.nodes[0], label: "x".repeat(LIMITS.labelLength + 1) };
    raw.nodes[1] = { ...raw.nodes[1], sources: Array(LIMITS.listItems + 1).fill("https://a.example") };
    const errors = errorsOf(raw);
    expect(errors).toContainEqual({
      path: "nodes[0].label",
      message: "is longer than 120 characters; shorten it.",
    });
    expect(errors).toContainEqual({
      path: "nodes[1].sources",
      message: "has more than 30 entries, the most this app reads.",
    });
  });

  it("too many nodes before looking at any of them", () => {
    const raw = { ...rawGraph(), nodes: Array(LIMITS.nodes + 1).fill(0) };
    expect(errorsOf(raw)).toStrictEqual([
      { path: "nodes", message: "has 5,001 entries; this app reads at most 5,000." },
    ]);
  });

  it("at most 100 errors plus a count of the rest", () => {
    const raw = rawGraph();
    raw.nodes = Array.from({ length: 150 }, (_, i) => ({ id: `n${i}` }));
    const errors = errorsOf(raw);
    expect(errors).toHaveLength(101);
    expect(errors.at(-1)?.message).toMatch(/^and \d+ more problems not listed\.$/);
  });

  it("a blank label and a blank basis note", () => {
    const raw = rawGraph();
    raw.nodes[0] = { ...raw.nodes[0], label: " \n " };
    raw.edges[0] = { ...raw.edges[0], basis: { kind: "inferred", note: "" } };
    expect(paths(raw)).toStrictEqual(["nodes[0].label", "edges[0].basis.note"]);
  });

  it("a figure without a year", () => {
    const graph: CareerGraph = makeGraph([
      makeCredential("cpc", "entry", {
        figures: [{ label: "Pay", value: 1, unit: "usd-per-year", year: 2022, source: "https://a.example" }],
      }),
    ]);
    graph.edges = [];
    const raw = structuredClone(graph) as unknown as Raw;
    const figures = raw.nodes[0]?.figures as Record<string, unknown>[];
    delete figures[0]?.year;
    expect(paths(raw)).toStrictEqual(["nodes[0].figures[0].year"]);
  });
});

describe("validateCareerGraph reports everything in one pass", () => {
  it("shape and meaning problems together, in file order, each naming its node or path", () => {
    const raw = rawGraph();
    raw.nodes[0] = { ...raw.nodes[0], summary: 42 };
    raw.nodes[1] = { ...raw.nodes[1], issuer: "AAPC" };
    raw.edges[0] = { ...raw.edges[0], target: "codr" };
    const result = validateCareerGraph(raw);
    expect(result.ok ? [] : result.errors).toStrictEqual([
      {
        path: "nodes[0].summary",
        subject: 'position "clerk"',
        message: "expected text, found a number. Write a few sentences on what the role or credential is.",
      },
      {
        path: "nodes[1].issuer",
        subject: 'credential "cpc" (CPC)',
        message:
          '"AAPC" is not one of the map\'s issuers; add it under `issuers` or fix the id. Did you mean "aapc"?',
      },
      {
        path: "edges[0].target",
        subject: 'path "clerk->coder" (clerk → codr)',
        message: '"codr" is not a node in this file. Use the id of one of the nodes. Did you mean "coder"?',
      },
    ]);
  });

  it("a missing version beside the other problems", () => {
    const { version: _, ...raw } = rawGraph();
    raw.nodes[0] = { ...raw.nodes[0], level: "Entry" };
    expect(paths(raw)).toStrictEqual(["version", "nodes[0].level"]);
  });

  it("asks for a node id, not a link, when an edge end is missing", () => {
    const raw = rawGraph();
    const { source: _, ...noSource } = raw.edges[0] ?? {};
    raw.edges[0] = noSource;
    expect(errorsOf(raw)[0]?.message).toBe("is missing. Write the id of the node the path starts from.");
  });

  it('says "an object", not "a object"', () => {
    const raw = rawGraph();
    raw.nodes[0] = { ...raw.nodes[0], label: {} };
    expect(errorsOf(raw)[0]?.message).toMatch(/^expected text, found an object\./);
  });
});

describe("internal sources", () => {
  const noSources = () => {
    const raw = rawGraph();
    raw.nodes[0] = { ...raw.nodes[0], sources: [] };
    const { sources: _, ...rest } = raw.nodes[2] ?? {};
    raw.nodes[2] = rest;
    return raw;
  };

  it("a node needs a link or the author's statement", () => {
    const errors = errorsOf(noSources());
    expect(errors.map((e) => e.path)).toStrictEqual(["nodes[0].sources", "nodes[2].sources"]);
    expect(errors[0]?.message).toMatch(
      /^has no source\. Add a link under "sources", or say the facts are your own/,
    );
  });

  it("accepts a statement on the node or on the map, read as an empty list of links", () => {
    const onNodes = noSources();
    onNodes.nodes[0] = { ...onNodes.nodes[0], internal: { note: "Our own ladder." } };
    onNodes.nodes[2] = { ...onNodes.nodes[2], internal: { note: "Our own ladder." } };
    const result = validateCareerGraph(onNodes);
    expect(result.ok && result.value.nodes[2]?.sources).toStrictEqual([]);
    expect(validateCareerGraph({ ...noSources(), internal: { note: "Our own ladder." } }).ok).toBe(true);
  });

  it("a blank statement", () => {
    expect(paths({ ...noSources(), internal: { note: " " } })).toStrictEqual(["internal.note"]);
  });
});
