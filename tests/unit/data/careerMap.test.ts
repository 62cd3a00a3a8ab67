import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import careerMap from "../../../data/career-map.json";
import type { CareerEdge, CareerGraph, CareerNode, Fact, Figure } from "../../../src/domain/careerGraph.ts";
import { validateCareerGraph } from "../../../src/domain/format/validateCareerGraph.ts";

/** The bundled map, checked by the same validator the app uses. */
function loadGraph(): CareerGraph {
  const result = validateCareerGraph(careerMap);
  if (!result.ok)
    throw new Error(`data/career-map.json is invalid: ${JSON.stringify(result.errors, null, 1)}`);
  return result.value;
}

const graph = loadGraph();
const nodeById = new Map(graph.nodes.map((node) => [node.id, node]));
const levelRank = new Map(graph.levels.map((level, i) => [level.id, i]));
const positions = graph.nodes.filter((node) => node.kind === "position");
const credentials = graph.nodes.filter((node) => node.kind === "credential");

function rankOf(id: string): number {
  const node = nodeById.get(id);
  const rank = node === undefined ? undefined : levelRank.get(node.level);
  if (rank === undefined) throw new Error(`no level for node ${id}`);
  return rank;
}

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

/** Every source URL the research notes (domain-facts) cite; the map may link to these and nothing else. */
const ALLOWED_SOURCES = new Set([
  "https://carcodescanner.store/medical-coding-career-ladder",
  "https://www.aapc.com/certification/cpc/",
  "https://aapc.com/certifications/cpc/complete-your-cpc-apprenticeship",
  "https://www.aapc.com/certification/apprentice_status.aspx",
  "https://www.aapc.com/certifications/coc",
  "https://www.aapc.com/certification/coc/",
  "https://www.aapc.com/certifications/crc/taking-the-crc-exam",
  "https://www.aapc.com/certifications/cpb/taking-the-cpb-exam",
  "http://www.aapc.com/certification/medical-billing-certification.aspx",
  "https://aapc.com/certifications/cic/taking-the-cic-exam",
  "https://www.aapc.com/certifications/cdeo/taking-the-cdeo-exam",
  "https://www.aapc.com/certification/cdeo/",
  "https://www.aapc.com/certifications/cpma/taking-the-cpma-exam",
  "https://www.aapc.com/certification/cpma.aspx",
  "https://www.aapc.com/certifications/cppm/taking-the-cppm-exam",
  "https://www.aapc.com/certifications/cpco/taking-the-cpco-exam",
  "https://www.aapc.com:443/certification/cpco.aspx",
  "https://www.aapc.com/certification/faq.aspx",
  "https://www.aapc.com/medical-coding-education/help/",
  "https://www.aapc.com/certifications/maintain-your-certification",
  "https://www.aapc.com/membership/faq.aspx",
  "https://www.aapc.com/recognition/aapc-associate.aspx",
  "https://www.aapc.com/blog/49714-medical-coding-billing-salary-survey-2019/",
  "https://www.aapc.com/resources/research/medical-coding-salary-survey/",
  "https://www.aapc.com/business/resources/medical-coding-and-billing-salary-report",
  "http://www.aapc.com/surveys/medical-coding-salary-survey07.aspx",
  "https://www.aapc.com/blog/45517-2018-salary-survey-credentials-serve-our-members-well/",
  "https://notifications.aapc.com/blog/26067-2013-salary-survey-coder-employment-on-the-rise/",
  "https://www.aapc.com/blog/16324-2011-salary-survey-results/",
  "https://aapc.com/resources/projected-outlook",
  "https://aapc.com/discuss/threads/coder-i-ii-iii.88761",
  "https://huggingface.co/datasets/jilp00/youtoks-aapc-transcripts",
  "https://www.ahima.org/certification/cca.aspx",
  "https://conference-test.ahima.org/certification-careers/certification-exams/cca",
  "https://ahima.org/certification-careers/certifications-overview/ccs",
  "https://mbc-bv6.pages.dev/certifications/ccs",
  "http://www.ahima.org/certification/ccs.aspx",
  "https://cms-qa.ahima.org/certification-careers/certification-exams/rhit",
  "https://nasroo.com/professional-certificates/rhit/",
  "http://www.saswell-cn.com/certification/RHIA?tabid=proviso",
  "https://medicalcodingpro.com/registered-health-information-administrator-rhia/",
  "https://www.ahima.org/certification/Recertification",
  "http://cms-test.ahima.org/contact-us-faqs/faqs-recertification/",
  "https://ahima.org/certification/recertification.aspx",
  "http://health-information.advanceweb.com/Article/Tethering-on-the-Coding-Ladder.aspx",
  "https://www.bls.gov/ooh/healthcare/medical-records-and-health-information-technicians.htm",
  "https://webarchive.library.unt.edu/web/20120921132839/http:/www.bls.gov/oes/current/oes292071.htm",
  "https://www.bls.gov/OOH/management/medical-and-health-services-managers.htm",
  "https://www.bls.gov/ooh/Management/Medical-and-health-services-managers.htm",
  "https://onetonline.org/find/match/2/29-2072.00",
  "https://www.onetonline.org/link/result/11-9111.00",
  "https://www.cool.army.mil/search/CERT_CPC567.htm",
  "https://jobs.jobvite.com/washingtonhospital/job/o1Y1yfwi",
  "https://learn.org/articles/Lead_Coder_Your_Career_and_Salary_Questions_Answered.html",
  "https://torchora.com/job-specification/revenue-cycle-manager",
]);

/** Every fact stated on a node, with where it sits, for the sourcing checks. */
function factsOf(node: CareerNode): { at: string; fact: Fact | Figure }[] {
  return [
    ...(node.settings ?? []).map((fact, i) => ({ at: `${node.id}.settings[${i}]`, fact })),
    ...(node.exam ? [{ at: `${node.id}.exam`, fact: node.exam }] : []),
    ...(node.prerequisites ?? []).map((fact, i) => ({ at: `${node.id}.prerequisites[${i}]`, fact })),
    ...(node.apprentice ? [{ at: `${node.id}.apprentice`, fact: node.apprentice }] : []),
    ...(node.upkeep ?? []).map((fact, i) => ({ at: `${node.id}.upkeep[${i}]`, fact })),
    ...(node.figures ?? []).map((fact, i) => ({ at: `${node.id}.figures[${i}]`, fact })),
  ];
}

/** Ids of the nodes reachable from `start` following edge directions. */
function reachableFrom(start: string, edges: readonly CareerEdge[]): Set<string> {
  const out = new Map<string, string[]>();
  for (const edge of edges) out.set(edge.source, [...(out.get(edge.source) ?? []), edge.target]);
  const seen = new Set([start]);
  const queue = [start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const next of out.get(id) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

function runsOf(text: string, length: number): string[] {
  const list = words(text);
  const runs: string[] = [];
  for (let i = 0; i + length <= list.length; i++) runs.push(list.slice(i, i + length).join(" "));
  return runs;
}

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

    it("gives every edge a basis: a source link, or an inference with its reasoning", () => {
      for (const edge of graph.edges) {
        if (edge.basis.kind === "sourced") expect(ALLOWED_SOURCES.has(edge.basis.source), edge.id).toBe(true);
        else expect(edge.basis.note.trim().length, edge.id).toBeGreaterThan(10);
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

  describe("sources every fact", () => {
    it("links every stated fact (settings, exam, prerequisites, apprentice, upkeep, figures) to an https page", () => {
      for (const node of graph.nodes) {
        for (const { at, fact } of factsOf(node)) expect(fact.source, at).toMatch(/^https:\/\/[^\s]+$/);
      }
    });

    it("uses only source links taken from the research notes", () => {
      const used = [
        ...graph.nodes.flatMap((node) => [...node.sources, ...factsOf(node).map(({ fact }) => fact.source)]),
        ...graph.edges.flatMap((edge) => (edge.basis.kind === "sourced" ? [edge.basis.source] : [])),
      ];
      expect(used.filter((url) => !ALLOWED_SOURCES.has(url))).toEqual([]);
      for (const url of used) expect(url).not.toMatch(/utm_|[?&]$/);
    });

    it("dates every figure and gives it a plausible value", () => {
      for (const node of graph.nodes) {
        for (const figure of node.figures ?? []) {
          expect(figure.year, node.id).toBeGreaterThanOrEqual(2000);
          if (figure.unit === "usd-per-year") expect(figure.value, node.id).toBeGreaterThan(20_000);
          if (figure.unit === "percent") expect(Math.abs(figure.value), node.id).toBeLessThan(100);
        }
      }
    });
  });

  it("writes its own text: no summary, fact or note shares a run of 8 words with the article", () => {
    const article = readFileSync(
      join(dirname(fileURLToPath(import.meta.url)), "../../fixtures/career-map-article.txt"),
      "utf8",
    );
    const articleRuns = new Set(runsOf(article, 8));
    expect(articleRuns.size).toBeGreaterThan(1000);
    const texts = [
      { at: "description", text: graph.description ?? "" },
      ...graph.nodes.flatMap((node) => [
        { at: `${node.id}.summary`, text: node.summary },
        ...factsOf(node).map(({ at, fact }) => ({ at, text: "text" in fact ? fact.text : fact.label })),
      ]),
      ...graph.edges.map((edge) => ({ at: edge.id, text: edge.basis.note ?? "" })),
    ];
    const copied = texts.flatMap(({ at, text }) =>
      runsOf(text, 8)
        .filter((run) => articleRuns.has(run))
        .map((run) => `${at}: "${run}"`),
    );
    expect(copied).toEqual([]);
  });
});
