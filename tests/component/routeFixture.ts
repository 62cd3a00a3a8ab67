import type { CareerGraph } from "../../src/domain/careerGraph.ts";
import { makeCredential, makeEdge, makeGraph, makePosition } from "../fixtures/builders.ts";

const SOURCE = "https://example.org/facts";

/**
 * A small ladder for the route finder: two equally short routes from Records Clerk to Director (through
 * Coder or through CPC), a shorter one for those who hold CPC, and Island, which nothing leads to.
 */
export const routeGraph: CareerGraph = makeGraph(
  [
    makePosition("clerk", "entry", { label: "Records Clerk" }),
    makeCredential("cpc", "entry", {
      name: "Certified Professional Coder",
      exam: { text: "A long open-book exam.", source: SOURCE, questions: 100, minutes: 240 },
      prerequisites: [{ text: "Coding experience is advised.", source: SOURCE }],
    }),
    makePosition("coder", "mid", { label: "Coder" }),
    makePosition("lead", "advanced", { label: "Lead Coder" }),
    makePosition("director", "master", { label: "Director" }),
    makePosition("island", "master", { label: "<img src=x onerror=alert(1)> Island" }),
  ],
  [
    makeEdge("clerk", "coder"),
    makeEdge("clerk", "cpc", "prepares-for"),
    makeEdge("cpc", "lead", "qualifies-for"),
    makeEdge("coder", "lead"),
    makeEdge("lead", "director"),
    makeEdge("island", "director"),
  ],
);
