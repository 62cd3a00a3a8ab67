import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCareerMapText } from "../../../src/domain/format/readCareerMapFile.ts";
import { validateCareerGraph } from "../../../src/domain/format/validateCareerGraph.ts";
import { makeCredential, makeEdge, makeGraph, makePosition } from "../../fixtures/builders.ts";

type Raw = { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] };

/** Valid graphs of a few positions and credentials joined by edges of legal kinds. */
const validGraph = fc
  .record({ positions: fc.integer({ min: 1, max: 6 }), credentials: fc.integer({ min: 0, max: 4 }) })
  .chain(({ positions, credentials }) => {
    const nodes = [
      ...Array.from({ length: positions }, (_, i) => makePosition(`p${i}`)),
      ...Array.from({ length: credentials }, (_, i) => makeCredential(`c${i}`)),
    ];
    const edge = fc.record({ s: fc.nat({ max: positions - 1 }), t: fc.nat({ max: positions - 1 }) });
    return fc.array(edge, { maxLength: 8 }).map((pairs) =>
      makeGraph(
        nodes,
        pairs.map(({ s, t }, i) => makeEdge(`p${s}`, `p${t}`, "advances-to", `e${i}`)),
      ),
    );
  });

function hasPath(error: { path: string; message: string }): boolean {
  return error.path.length > 0 && error.message.length > 0;
}

describe("P1: the validator never throws", () => {
  it("on any string read as a file", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = readCareerMapText(text);
        if (!result.ok) expect(result.errors.every(hasPath)).toBe(true);
      }),
    );
  });

  it("on any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = readCareerMapText(JSON.stringify(value) ?? "");
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.errors.every(hasPath)).toBe(true);
      }),
    );
  });

  it("on a valid graph with any part replaced by any JSON value", () => {
    fc.assert(
      fc.property(validGraph, fc.jsonValue(), fc.nat(), (graph, junk, pick) => {
        const raw = structuredClone(graph) as unknown as Raw;
        const node = raw.nodes[pick % raw.nodes.length] ?? {};
        const keys = Object.keys(node);
        node[keys[pick % keys.length] ?? "id"] = junk;
        const result = validateCareerGraph(raw);
        if (!result.ok) expect(result.errors.every(hasPath)).toBe(true);
      }),
    );
  });
});

type Mutation = (raw: Raw, i: number) => string;

/** Each mutation breaks one spot of a valid graph and returns the path where the error must point. */
const MUTATIONS: Record<string, Mutation> = {
  "duplicate node id": (raw, i) => {
    const j = (i + 1) % raw.nodes.length;
    if (j === i) return "";
    (raw.nodes[Math.max(i, j)] ?? {}).id = raw.nodes[Math.min(i, j)]?.id;
    return `nodes[${Math.max(i, j)}].id`;
  },
  "dangling edge": (raw, i) => {
    raw.edges.push({ ...makeEdge(String(raw.nodes[i]?.id), "nowhere", "advances-to", "dangling") });
    return `edges[${raw.edges.length - 1}].target`;
  },
  "wrong type": (raw, i) => {
    (raw.nodes[i] ?? {}).summary = 12;
    return `nodes[${i}].summary`;
  },
  "blank id": (raw, i) => {
    (raw.nodes[i] ?? {}).id = " \t";
    return `nodes[${i}].id`;
  },
  "oversized label": (raw, i) => {
    (raw.nodes[i] ?? {}).label = "x".repeat(500);
    return `nodes[${i}].label`;
  },
  "unknown level": (raw, i) => {
    (raw.nodes[i] ?? {}).level = "__proto__";
    return `nodes[${i}].level`;
  },
  "unsafe link": (raw, i) => {
    (raw.nodes[i] ?? {}).sources = ["javascript:alert(1)"];
    return `nodes[${i}].sources[0]`;
  },
};

describe("P3: each corruption is reported where it was made", () => {
  it.each(Object.entries(MUTATIONS))("%s", (_name, mutate) => {
    fc.assert(
      fc.property(validGraph, fc.nat(), (graph, pick) => {
        const raw = structuredClone(graph) as unknown as Raw;
        const where = mutate(raw, pick % raw.nodes.length);
        fc.pre(where !== "");
        const result = validateCareerGraph(raw);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.errors.map((e) => e.path)).toContain(where);
      }),
    );
  });

  it("valid graphs are accepted unchanged", () => {
    fc.assert(
      fc.property(validGraph, (graph) => {
        expect(validateCareerGraph(structuredClone(graph))).toStrictEqual({ ok: true, value: graph });
      }),
    );
  });
});
