import type { CareerEdge, CareerGraph } from "../../../src/domain/careerGraph.ts";
import { makeCredential, makeEdge, makeGraph, makePosition } from "../../fixtures/builders.ts";

/**
 * A stand-in with the shape of the default medical-coding map (47 nodes, 94 edges): entry has five
 * credentials and eight positions, mid seven and eight, advanced three and eight, master eight positions.
 * Edges include the awkward cases: positions preparing for credentials of their own level, advances
 * and laterals inside a band, and credentials qualifying for the next level.
 */
const LEVELS = {
  entry: {
    credentials: { cpc: "CPC", coc: "COC", cpb: "CPB", crc: "CRC", cca: "CCA" },
    positions: {
      "medical-records-clerk": "Medical Records Clerk",
      "patient-access-rep": "Patient Access Representative",
      "charge-entry-specialist": "Charge Entry Specialist",
      "medical-biller": "Medical Biller",
      "coding-apprentice": "Apprentice Medical Coder",
      "him-technician": "HIM Technician",
      "roi-specialist": "Release of Information Specialist",
      "medical-coder-1": "Medical Coder I",
    },
  },
  mid: {
    credentials: {
      cic: "CIC",
      cpma: "CPMA",
      cdeo: "CDEO",
      cemc: "CEMC",
      ccs: "CCS",
      "ccs-p": "CCS-P",
      rhit: "RHIT",
    },
    positions: {
      "medical-coder-2": "Medical Coder II",
      "inpatient-coder": "Inpatient Coder",
      "outpatient-coder": "Outpatient Coder",
      "profee-coder": "Professional Fee Coder",
      "risk-adjustment-coder": "Risk Adjustment Coder",
      "revenue-cycle-specialist": "Revenue Cycle Specialist",
      "denials-specialist": "Denials Management Specialist",
      "coding-quality-analyst": "Coding Quality Analyst",
    },
  },
  advanced: {
    credentials: { cpco: "CPCO", rhia: "RHIA", cdip: "CDIP" },
    positions: {
      "coding-auditor": "Coding Auditor",
      "cdi-specialist": "Clinical Documentation Integrity Specialist",
      "coding-supervisor": "Coding Supervisor",
      "coding-educator": "Coding Educator",
      "him-supervisor": "HIM Supervisor",
      "revenue-integrity-analyst": "Revenue Integrity Analyst",
      "compliance-specialist": "Compliance Specialist",
      "coding-lead": "Coding Lead",
    },
  },
  master: {
    credentials: {},
    positions: {
      "coding-manager": "Coding Manager",
      "him-director": "HIM Director",
      "compliance-officer": "Compliance Officer",
      "revenue-cycle-director": "Revenue Cycle Director",
      "cdi-manager": "CDI Program Manager",
      "coding-consultant": "Independent Coding Consultant",
      "audit-manager": "Audit Manager",
      "vp-revenue-cycle": "VP of Revenue Cycle",
    },
  },
} as const;

const AHIMA = new Set(["cca", "ccs", "ccs-p", "rhit", "rhia", "cdip"]);

/** Edges by kind, each as "source>target", separated by white space. */
const EDGES: Record<CareerEdge["kind"], string> = {
  "prepares-for": `
    medical-records-clerk>cca him-technician>cca roi-specialist>cca medical-biller>cpb
    charge-entry-specialist>cpb coding-apprentice>cpc coding-apprentice>coc patient-access-rep>cpb
    medical-coder-1>ccs medical-coder-1>ccs-p medical-coder-1>cemc him-technician>rhit
    medical-records-clerk>rhit medical-coder-2>cic medical-coder-2>cemc profee-coder>cpma
    risk-adjustment-coder>cdeo denials-specialist>cpma coding-quality-analyst>cpco inpatient-coder>cdip
    coding-quality-analyst>rhia coding-auditor>cpco coding-lead>rhia
  `,
  "qualifies-for": `
    cpc>medical-coder-1 coc>medical-coder-1 cca>medical-coder-1 cpb>medical-biller
    crc>risk-adjustment-coder cpc>profee-coder coc>outpatient-coder cpb>revenue-cycle-specialist
    ccs>inpatient-coder cic>inpatient-coder ccs-p>profee-coder cemc>profee-coder ccs-p>outpatient-coder
    rhit>coding-quality-analyst cpma>coding-quality-analyst cpma>coding-auditor cdeo>cdi-specialist
    rhit>him-supervisor ccs>cdi-specialist cpco>compliance-specialist cpco>compliance-officer
    rhia>him-supervisor rhia>him-director cdip>cdi-specialist cdip>cdi-manager
  `,
  "advances-to": `
    coding-apprentice>medical-coder-1 charge-entry-specialist>medical-biller
    medical-records-clerk>him-technician medical-coder-1>medical-coder-2 medical-coder-1>outpatient-coder
    medical-coder-1>profee-coder medical-biller>revenue-cycle-specialist medical-biller>denials-specialist
    patient-access-rep>revenue-cycle-specialist him-technician>inpatient-coder medical-coder-2>coding-lead
    inpatient-coder>cdi-specialist inpatient-coder>coding-auditor outpatient-coder>coding-auditor
    profee-coder>coding-auditor profee-coder>coding-educator
    revenue-cycle-specialist>revenue-integrity-analyst denials-specialist>revenue-integrity-analyst
    coding-quality-analyst>coding-auditor coding-quality-analyst>compliance-specialist
    medical-coder-2>coding-supervisor medical-coder-2>inpatient-coder risk-adjustment-coder>coding-lead
    coding-supervisor>coding-manager coding-lead>coding-supervisor coding-auditor>audit-manager
    coding-auditor>coding-consultant compliance-specialist>compliance-officer cdi-specialist>cdi-manager
    him-supervisor>him-director revenue-integrity-analyst>revenue-cycle-director
    coding-educator>coding-manager coding-educator>coding-consultant coding-supervisor>him-director
    coding-manager>him-director revenue-cycle-director>vp-revenue-cycle audit-manager>compliance-officer
    cdi-manager>him-director
  `,
  lateral: `
    roi-specialist>medical-records-clerk patient-access-rep>charge-entry-specialist
    inpatient-coder>outpatient-coder outpatient-coder>profee-coder
    revenue-cycle-specialist>denials-specialist coding-auditor>coding-educator
    revenue-integrity-analyst>compliance-specialist coding-manager>cdi-manager
  `,
};

/** The stand-in map, built fresh on each call so tests can shuffle it freely. */
export function fixtureMap(): CareerGraph {
  const nodes = Object.entries(LEVELS).flatMap(([level, { credentials, positions }]) => [
    ...Object.entries(credentials).map(([id, label]) =>
      makeCredential(id, level, { label, issuer: AHIMA.has(id) ? "ahima" : "aapc" }),
    ),
    ...Object.entries(positions).map(([id, label]) => makePosition(id, level, { label })),
  ]);
  const edges = Object.entries(EDGES).flatMap(([kind, list]) =>
    list
      .trim()
      .split(/\s+/)
      .map((pair) => {
        const [source = "", target = ""] = pair.split(">");
        return makeEdge(source, target, kind as CareerEdge["kind"]);
      }),
  );
  return makeGraph(nodes, edges);
}
