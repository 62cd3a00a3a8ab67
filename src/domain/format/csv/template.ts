import type { CareerGraph } from "../../careerGraph.ts";
import { FORMAT_VERSION } from "../limits.ts";
import { writeCareerMapCsv } from "./writeCareerMapCsv.ts";

const LADDER = "https://example.org/our-ladder";
const CPC = "https://www.aapc.com/certification/cpc/";

/** A small team ladder that shows every kind of row, for people to copy and fill in. */
export const TEMPLATE_GRAPH: CareerGraph = {
  version: FORMAT_VERSION,
  title: "Our coding team's ladder",
  description: "Replace these rows with your own. Empty cells are fine where a field is optional.",
  internal: { note: "Our own ladder, as agreed by the coding leads in 2026." },
  levels: [
    { id: "entry", label: "Entry level" },
    { id: "mid", label: "Mid level" },
    { id: "lead", label: "Leadership" },
  ],
  issuers: [
    {
      id: "aapc",
      label: "AAPC",
      name: "American Academy of Professional Coders",
      url: "https://www.aapc.com/",
    },
  ],
  nodes: [
    {
      id: "coder-i",
      kind: "position",
      level: "entry",
      label: "Coder I",
      summary: "Codes outpatient visits under a senior coder's review.",
      sources: [LADDER],
    },
    {
      id: "cpc",
      kind: "credential",
      level: "entry",
      label: "CPC",
      name: "Certified Professional Coder",
      issuer: "aapc",
      summary: "AAPC's credential for physician-based coding.",
      sources: [CPC],
      fees: [{ amount: 399, currency: "USD", year: 2025, member: true, source: CPC }],
    },
    {
      id: "coder-ii",
      kind: "position",
      level: "mid",
      label: "Coder II",
      summary: "Codes complex cases and checks others' work.",
      sources: [LADDER],
      requirements: {
        credentials: [{ oneOf: ["cpc"], basis: { kind: "sourced", source: LADDER } }],
        experience: { years: 2, basis: { kind: "inferred", note: "What our last hires had." } },
      },
    },
    {
      id: "coding-lead",
      kind: "position",
      level: "lead",
      label: "Coding Lead",
      summary: "Leads the coding team, sets its priorities and trains new coders.",
      sources: [],
    },
  ],
  edges: [
    {
      id: "coder-i-to-coder-ii",
      source: "coder-i",
      target: "coder-ii",
      kind: "advances-to",
      basis: { kind: "sourced", source: LADDER },
      time: { minYears: 1, maxYears: 3, basis: { kind: "inferred", note: "Typical on our team." } },
    },
    {
      id: "coder-i-to-cpc",
      source: "coder-i",
      target: "cpc",
      kind: "prepares-for",
      basis: { kind: "inferred", note: "Coding work prepares for the exam." },
    },
    {
      id: "cpc-to-coder-ii",
      source: "cpc",
      target: "coder-ii",
      kind: "qualifies-for",
      basis: { kind: "sourced", source: LADDER },
    },
    {
      id: "coder-ii-to-lead",
      source: "coder-ii",
      target: "coding-lead",
      kind: "advances-to",
      basis: { kind: "inferred", note: "Our promotion policy." },
    },
  ],
};

/** The template as one CSV sheet (public/career-map-template.csv, written by `npm run schema`). */
export const csvTemplate = (): string => writeCareerMapCsv(TEMPLATE_GRAPH);
