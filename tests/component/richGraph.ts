import type { CareerGraph } from "../../src/domain/careerGraph.ts";
import { makeCredential, makeEdge, makeGraph, makePosition } from "../fixtures/builders.ts";

const AAPC_CPC = "https://www.aapc.com/certification/cpc/";
const SALARY = "https://www.aapc.com/resources/research/medical-coding-salary-survey/";

/** A small map whose CPC node carries every optional field, for the panel, search and filter tests. */
export function richGraph(): CareerGraph {
  const base = makeGraph(
    [
      makePosition("billing-clerk", "entry", { label: "Billing Clerk" }),
      makePosition("physician-coder", "entry", {
        label: "Physician Coder",
        summary: "Codes office visits and procedures.",
        settings: [{ text: "Physician offices and clinics", source: AAPC_CPC }],
        figures: [
          {
            label: "Average salary",
            value: 58055,
            unit: "usd-per-year",
            year: 2022,
            source: SALARY,
            note: "AAPC survey",
          },
        ],
      }),
      makeCredential("cpc", "entry", {
        label: "CPC",
        name: "Certified Professional Coder",
        summary: "The standard credential for physician-based coding.",
        exam: {
          text: "Multiple choice, open code book.",
          source: AAPC_CPC,
          year: 2024,
          questions: 100,
          minutes: 240,
        },
        prerequisites: [{ text: "No experience needed to sit the exam.", source: AAPC_CPC }],
        apprentice: {
          designation: "CPC-A",
          text: "Until two years of experience are shown.",
          source: AAPC_CPC,
        },
        upkeep: [{ text: "36 CEUs every two years.", source: AAPC_CPC, year: 2024 }],
        figures: [{ label: "Share of coders", value: 62.5, unit: "percent", year: 2019, source: SALARY }],
        sources: [AAPC_CPC, "javascript:alert(1)", "mailto:info@example.org"],
      }),
      makeCredential("cca", "entry", { label: "CCA", name: "Certified Coding Associate", issuer: "ahima" }),
      makePosition("coding-auditor", "mid", { label: "Coding Auditor" }),
      makeCredential("cpma", "advanced", { label: "CPMA", name: "Certified Professional Medical Auditor" }),
      makePosition("compliance-auditor", "advanced", { label: "Compliance Auditor" }),
    ],
    [
      {
        ...makeEdge("cpc", "physician-coder", "qualifies-for"),
        basis: {
          kind: "sourced",
          source: AAPC_CPC,
          note: "AAPC calls CPC the standard for physician coding",
        },
      },
      {
        ...makeEdge("physician-coder", "coding-auditor"),
        basis: { kind: "inferred", note: "Audits need coding years" },
      },
      makeEdge("billing-clerk", "physician-coder", "lateral"),
      makeEdge("physician-coder", "cpc", "prepares-for"),
      makeEdge("coding-auditor", "cpma", "prepares-for"),
      makeEdge("cpma", "compliance-auditor", "qualifies-for"),
    ],
  );
  return {
    ...base,
    levels: [
      { id: "entry", label: "Entry level" },
      { id: "mid", label: "Mid level" },
      { id: "advanced", label: "Advanced" },
      { id: "master", label: "Master" },
    ],
    issuers: [
      {
        id: "aapc",
        label: "AAPC",
        name: "American Academy of Professional Coders",
        url: "https://www.aapc.com/",
      },
      { id: "ahima", label: "AHIMA", name: "American Health Information Management Association" },
    ],
  };
}
