import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { CareerNode } from "../../src/domain/careerGraph.ts";
import { foldForSearch, searchNodes } from "../../src/domain/search.ts";
import type { VisibilityFilters } from "../../src/domain/visibility.ts";
import { makeCredential, makeGraph, makePosition } from "../fixtures/builders.ts";

const graph = makeGraph([
  makePosition("compliance-auditor", "advanced", { label: "Compliance Auditor" }),
  makePosition("coding-auditor", "mid", { label: "Coding Auditor" }),
  makePosition("physician-coder", "entry", { label: "Physician Coder", summary: "Codes office visits." }),
  makeCredential("cpma", "advanced", { label: "CPMA", name: "Certified Professional Medical Auditor" }),
  makeCredential("cpc", "entry", { label: "CPC", name: "Certified Professional Coder" }),
  makeCredential("cpc-a", "entry", { label: "CPC-A", name: "Certified Professional Coder Apprentice" }),
  makeCredential("cpb", "entry", { label: "CPB", name: "Certified Professional Biller" }),
  makeCredential("ccs-p", "mid", {
    label: "CCS-P",
    name: "Certified Coding Specialist – Physician-based",
    issuer: "ahima",
  }),
  makePosition("cafe", "entry", { label: "Café Liaison", summary: "Talks to auditors over coffee." }),
]);

const ids = (nodes: readonly CareerNode[]) => nodes.map((node) => node.id);
const NONE_HIDDEN: VisibilityFilters = {
  hiddenKinds: new Set(),
  hiddenLevels: new Set(),
  hiddenIssuers: new Set(),
};

describe("searchNodes", () => {
  it("finds a credential by its abbreviation, exact label first, then labels that start with it", () => {
    expect(ids(searchNodes(graph, "cpc"))).toStrictEqual(["cpc", "cpc-a"]);
    expect(ids(searchNodes(graph, "  CPC  "))).toStrictEqual(["cpc", "cpc-a"]);
  });

  it("finds by the start of the full name, lower levels first", () => {
    expect(ids(searchNodes(graph, "certified professional"))).toStrictEqual(["cpb", "cpc", "cpc-a", "cpma"]);
  });

  it("finds every node with a word starting with the query, then summary matches last", () => {
    expect(ids(searchNodes(graph, "audit"))).toStrictEqual([
      "coding-auditor",
      "compliance-auditor",
      "cpma",
      "cafe",
    ]);
  });

  it("ranks label prefix above word prefix above substring", () => {
    expect(ids(searchNodes(graph, "co"))).toStrictEqual([
      "coding-auditor",
      "compliance-auditor",
      "cpc",
      "cpc-a",
      "physician-coder",
      "ccs-p",
      "cafe",
    ]);
    expect(ids(searchNodes(graph, "uditor"))).toStrictEqual(["coding-auditor", "compliance-auditor", "cpma"]);
  });

  it("lists equally good matches with numbers by value", () => {
    const numbered = makeGraph(
      ["Coder 10", "Coder 9", "Coder 100"].map((label, i) => makePosition(`coder-${i}`, "entry", { label })),
    );
    expect(searchNodes(numbered, "coder").map((node) => node.label)).toStrictEqual([
      "Coder 9",
      "Coder 10",
      "Coder 100",
    ]);
  });

  it("treats a full name typed in full as an exact match", () => {
    expect(ids(searchNodes(graph, "certified professional coder"))).toStrictEqual(["cpc", "cpc-a"]);
  });

  it("ignores case, accents and punctuation", () => {
    expect(ids(searchNodes(graph, "CAFE"))).toStrictEqual(["cafe"]);
    expect(ids(searchNodes(graph, "ccsp"))).toStrictEqual(["ccs-p"]);
    expect(ids(searchNodes(graph, "ccs p"))).toStrictEqual(["ccs-p"]);
    expect(ids(searchNodes(graph, "physician based"))).toStrictEqual(["ccs-p"]);
  });

  it("matches words of a query in any order, and the issuer's label", () => {
    expect(ids(searchNodes(graph, "auditor medical"))).toStrictEqual(["cpma"]);
    expect(ids(searchNodes(graph, "ahima"))).toStrictEqual(["ccs-p"]);
  });

  it("leaves out nodes the filters hide", () => {
    const noCredentials = { ...NONE_HIDDEN, hiddenKinds: new Set(["credential"] as const) };
    expect(ids(searchNodes(graph, "audit", noCredentials))).toStrictEqual([
      "coding-auditor",
      "compliance-auditor",
      "cafe",
    ]);
    const noAdvanced = { ...NONE_HIDDEN, hiddenLevels: new Set(["advanced"]) };
    expect(ids(searchNodes(graph, "audit", noAdvanced))).toStrictEqual(["coding-auditor", "cafe"]);
    const noAapc = { ...NONE_HIDDEN, hiddenIssuers: new Set(["aapc"]) };
    expect(ids(searchNodes(graph, "certified", noAapc))).toStrictEqual(["ccs-p"]);
  });

  it("returns nothing for blank or punctuation-only queries, and honours the limit", () => {
    expect(searchNodes(graph, "")).toStrictEqual([]);
    expect(searchNodes(graph, " -–. ")).toStrictEqual([]);
    expect(searchNodes(graph, "zzz")).toStrictEqual([]);
    expect(ids(searchNodes(graph, "certified", undefined, 2))).toStrictEqual(["cpb", "cpc"]);
    expect(searchNodes(graph, "certified", undefined, 0)).toStrictEqual([]);
  });

  it("works with ids named like prototype members", () => {
    const odd = makeGraph([
      makePosition("__proto__", "entry", { label: "Proto" }),
      makeCredential("constructor"),
    ]);
    expect(ids(searchNodes(odd, "proto"))).toStrictEqual(["__proto__"]);
    expect(ids(searchNodes(odd, "constructor"))).toStrictEqual(["constructor"]);
  });

  test.prop([fc.string(), fc.shuffledSubarray(graph.nodes, { minLength: graph.nodes.length })])(
    "never throws, and the order does not depend on the order of nodes in the file",
    (query, shuffled) => {
      const results = ids(searchNodes(graph, query));
      expect(ids(searchNodes({ ...graph, nodes: shuffled }, query))).toStrictEqual(results);
      expect(new Set(results).size).toBe(results.length);
    },
  );

  test.prop([fc.constantFrom(...graph.nodes)])("finds every node by its own label, first", (node) => {
    expect(searchNodes(graph, node.label)[0]?.id).toBe(node.id);
  });
});

describe("foldForSearch", () => {
  it("drops accents and case and collapses punctuation", () => {
    expect(foldForSearch("  Crédit–Card  CODER ")).toBe("credit card coder");
  });
});
