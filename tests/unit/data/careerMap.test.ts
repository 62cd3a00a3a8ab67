import { describe, expect, it } from "vitest";
import careerMap from "../../../data/career-map.json";
import type { CareerNode } from "../../../src/domain/careerGraph.ts";
import { validateCareerGraph } from "../../../src/domain/format/validateCareerGraph.ts";
import { credentials, graph, nodeById, positions, rankOf } from "./bundledMap.ts";
import { reachableFrom } from "./mapContents.ts";

const titleOf = (node: CareerNode) => node.name ?? node.label;

/** Position titles exactly as the career map article gives them, per level. */
const ARTICLE_POSITIONS: Record<string, readonly string[]> = {
  entry: [
    "Physician Coder",
    "Risk Adjustment Coder",
    "Ancillary Coder",
    "Claims Edit Specialist",
    "Collection Specialist",
    "Insurance Claims Specialist",
    "Medical Records Clerk",
    "Payment Poster",
  ],
  mid: [
    "Coder II and up",
    "Inpatient Coder",
    "Specialty Coder",
    "Coding Educator",
    "Coding Auditor",
    "Validation Specialist",
    "Coding Supervisor",
    "Practice Manager",
  ],
  advanced: [
    "Coding Manager",
    "Consultant",
    "Revenue Cycle Manager",
    "Performance Improvement",
    "HIM Manager (Health Information Management Manager)",
    "Compliance Auditor",
    "Fraud/Waste Investigator",
    "Regional Manager",
  ],
  master: [
    "Coding Director",
    "Compliance Officer",
    "HIM Director (Health Information Management Director)",
    "Project Management",
    "College Professor",
    "VP of Coding (Vice President of Coding)",
    "Operations Director",
    "Consultant (CEO – Consulting Firm Owner)",
  ],
};

/** AAPC credentials the article lists, per level: [abbreviation, full name]. */
const ARTICLE_CREDENTIALS: Record<string, readonly (readonly [string, string])[]> = {
  entry: [
    ["CPC", "Certified Professional Coder"],
    ["COC", "Certified Outpatient Coder"],
    ["CRC", "Certified Risk Adjustment Coder"],
    ["CPB", "Certified Professional Biller"],
  ],
  mid: [
    ["CIC", "Certified Inpatient Coder"],
    ["CDEO", "Certified Documentation Expert Outpatient"],
    ["CPMA", "Certified Professional Medical Auditor"],
    ["CPPM", "Certified Physician Practice Manager"],
  ],
  advanced: [["CPCO", "Certified Professional Compliance Officer"]],
  master: [],
};

/** AHIMA counterparts the map adds beside the article's AAPC credentials, with the level chosen for each. */
const AHIMA_CREDENTIALS: Record<string, string> = {
  CCA: "entry",
  CCS: "mid",
  "CCS-P": "mid",
  RHIT: "mid",
  RHIA: "advanced",
  CDIP: "advanced",
};

/**
 * Credential details no source in docs/domain-facts describes, so the map leaves them out rather than invent
 * them: the current CCS-P exam and eligibility, and the CDIP exam and eligibility.
 */
const UNSOURCED_DETAILS: Record<string, readonly ("exam" | "prerequisites")[]> = {
  "ccs-p": ["exam", "prerequisites"],
  cdip: ["exam", "prerequisites"],
};

describe("the bundled career map (data/career-map.json)", () => {
  it("passes the app's validator and has no keys the validator would silently drop", () => {
    expect(validateCareerGraph(careerMap).ok).toBe(true);
    expect(graph).toEqual(careerMap);
  });

  it("has the four levels in order and the AAPC and AHIMA issuers", () => {
    expect(graph.levels.map((level) => level.id)).toEqual(["entry", "mid", "advanced", "master"]);
    expect(graph.issuers.map((issuer) => issuer.id).sort()).toEqual(["aapc", "ahima"]);
  });

  describe("covers the article", () => {
    it.each(Object.entries(ARTICLE_POSITIONS))(
      "has exactly the article's eight %s-level positions",
      (level, titles) => {
        const atLevel = positions.filter((node) => node.level === level).map(titleOf);
        expect(titles).toHaveLength(8);
        expect([...atLevel].sort()).toEqual([...titles].sort());
      },
    );

    it.each(
      Object.entries(ARTICLE_CREDENTIALS).flatMap(([level, list]) =>
        list.map(([label, name]) => ({ level, label, name })),
      ),
    )("has the $label credential ($name) at $level level", ({ level, label, name }) => {
      const node = credentials.find((candidate) => candidate.label === label);
      expect(node?.name).toBe(name);
      expect(node?.level).toBe(level);
      expect(node?.issuer).toBe("aapc");
    });

    it("keeps the advanced Consultant and the master Consulting Firm Owner as two different nodes", () => {
      expect(nodeById.get("consultant")).toMatchObject({ level: "advanced", label: "Consultant" });
      expect(nodeById.get("consulting-firm-owner")).toMatchObject({
        level: "master",
        name: "Consultant (CEO – Consulting Firm Owner)",
      });
    });
  });

  it("adds the AHIMA counterparts at the chosen levels, issued by AHIMA", () => {
    for (const [label, level] of Object.entries(AHIMA_CREDENTIALS)) {
      const node = credentials.find((candidate) => candidate.label === label);
      expect(node, label).toBeDefined();
      expect(node?.level, label).toBe(level);
      expect(node?.issuer, label).toBe("ahima");
    }
    const ahimaLabels = credentials.filter((node) => node.issuer === "ahima").map((node) => node.label);
    expect(ahimaLabels.sort()).toEqual(Object.keys(AHIMA_CREDENTIALS).sort());
  });

  it("uses ids that are unique across nodes and edges, kebab-case for nodes", () => {
    const ids = [...graph.nodes.map((node) => node.id), ...graph.edges.map((edge) => edge.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const node of graph.nodes) expect(node.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const edge of graph.edges) expect(edge.id).toBe(`${edge.source}--${edge.kind}--${edge.target}`);
  });

  describe("is one connected ladder", () => {
    it("is a single component when edges are read in both directions", () => {
      const both = graph.edges.flatMap((edge) => [
        edge,
        { ...edge, source: edge.target, target: edge.source },
      ]);
      const first = graph.nodes[0]?.id ?? "";
      expect([...reachableFrom(first, both)].sort()).toEqual(graph.nodes.map((node) => node.id).sort());
    });

    it("gives every entry-level position a route to at least one master-level position", () => {
      const masters = positions.filter((node) => node.level === "master").map((node) => node.id);
      for (const start of positions.filter((node) => node.level === "entry")) {
        const reached = reachableFrom(start.id, graph.edges);
        expect(
          masters.some((id) => reached.has(id)),
          `${start.id} reaches no master-level position`,
        ).toBe(true);
      }
    });

    it("makes every master-level position reachable from some entry-level position", () => {
      const reached = new Set(
        positions
          .filter((node) => node.level === "entry")
          .flatMap((node) => [...reachableFrom(node.id, graph.edges)]),
      );
      for (const master of positions.filter((node) => node.level === "master")) {
        expect(reached.has(master.id), `${master.id} is unreachable from entry level`).toBe(true);
      }
    });

    it("gives every master-level position a path in from an advanced- or mid-level position", () => {
      for (const master of positions.filter((node) => node.level === "master")) {
        const from = graph.edges
          .filter((edge) => edge.target === master.id && edge.kind === "advances-to")
          .map((edge) => nodeById.get(edge.source)?.level);
        expect(
          from.some((level) => level === "advanced" || level === "mid"),
          master.id,
        ).toBe(true);
      }
    });

    it("links every credential both ways: some position prepares for it and it qualifies for some position", () => {
      for (const credential of credentials) {
        const kinds = graph.edges
          .filter((edge) => edge.source === credential.id || edge.target === credential.id)
          .map((edge) => edge.kind);
        expect(kinds, credential.id).toContain("prepares-for");
        expect(kinds, credential.id).toContain("qualifies-for");
      }
    });

    it("keeps the drawing readable with a moderate number of edges", () => {
      expect(graph.edges.length).toBeGreaterThanOrEqual(70);
      expect(graph.edges.length).toBeLessThanOrEqual(110);
    });
  });

  describe("points paths the right way", () => {
    it("never advances to a lower level, and keeps lateral moves within one level", () => {
      for (const edge of graph.edges) {
        if (edge.kind === "advances-to")
          expect(rankOf(edge.target), edge.id).toBeGreaterThanOrEqual(rankOf(edge.source));
        if (edge.kind === "lateral") expect(rankOf(edge.target), edge.id).toBe(rankOf(edge.source));
      }
    });

    it("never lets a credential path go back more than one level", () => {
      for (const edge of graph.edges.filter((e) => e.kind === "qualifies-for" || e.kind === "prepares-for")) {
        expect(rankOf(edge.target), edge.id).toBeGreaterThanOrEqual(rankOf(edge.source) - 1);
      }
    });

    it("gives every inferred edge its reasoning (sourced edges are checked with the other links)", () => {
      for (const edge of graph.edges) {
        if (edge.basis.kind === "inferred")
          expect(edge.basis.note.trim().length, edge.id).toBeGreaterThan(10);
      }
    });
  });

  describe("describes every node", () => {
    it("gives every node a summary of two or three sentences and at least one source", () => {
      for (const node of graph.nodes) {
        const sentences = node.summary.split(/[.!?](?:\s|$)/).filter((part) => part.trim().length > 0);
        expect(sentences.length, node.id).toBeGreaterThanOrEqual(2);
        expect(sentences.length, node.id).toBeLessThanOrEqual(3);
        expect(node.sources.length, node.id).toBeGreaterThan(0);
      }
    });

    it("gives every credential its name, issuer, upkeep, and an exam and prerequisites wherever a source has them", () => {
      for (const node of credentials) {
        expect(node.name, node.id).toBeTruthy();
        expect(node.issuer, node.id).toBeTruthy();
        expect(node.upkeep?.length ?? 0, node.id).toBeGreaterThan(0);
        const unsourced = UNSOURCED_DETAILS[node.id] ?? [];
        expect(node.exam === undefined, `${node.id}.exam`).toBe(unsourced.includes("exam"));
        expect((node.prerequisites?.length ?? 0) === 0, `${node.id}.prerequisites`).toBe(
          unsourced.includes("prerequisites"),
        );
      }
    });

    it("gives the CPC-A and COC-A apprentice designations to CPC and COC only", () => {
      const apprentices = Object.fromEntries(
        credentials
          .filter((node) => node.apprentice)
          .map((node) => [node.label, node.apprentice?.designation]),
      );
      expect(apprentices).toEqual({ CPC: "CPC-A", COC: "COC-A" });
    });

    it("gives details only to the node kinds they belong to", () => {
      for (const node of positions) {
        expect(node.issuer ?? node.exam ?? node.apprentice ?? node.upkeep, node.id).toBeUndefined();
      }
    });
  });
});
