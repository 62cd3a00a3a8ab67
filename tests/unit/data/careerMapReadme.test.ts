import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { credentials, graph, positions } from "./bundledMap.ts";
import { basisMixOf } from "./requirementReach.ts";

const readme = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), "../../../README.md"),
  "utf8",
).replace(/\s+/g, " ");

const count = <T>(list: readonly T[], test: (item: T) => boolean) => list.filter(test).length;

describe("README's figures for the bundled map", () => {
  it("gives the numbers of positions whose requirements are sourced, inferred or both", () => {
    const mix = (kind: string) => count(positions, (node) => basisMixOf(node) === kind);
    expect(readme).toContain(
      `Of the ${positions.length} positions, ${mix("sourced")} have requirements resting only on sources, ${mix("inferred")} only on inference and ${mix("mixed")} on both`,
    );
  });

  it("gives the numbers of credentials with fees, positions with pay and paths with times", () => {
    const fees = count(credentials, (node) => (node.fees?.length ?? 0) > 0);
    const pay = count(positions, (node) => (node.figures ?? []).some((f) => f.unit === "usd-per-year"));
    const times = count(graph.edges, (edge) => edge.time !== undefined);
    expect(readme).toContain(`Exam fees** on ${fees} of the ${credentials.length} credentials`);
    expect(readme).toContain(`Pay** on ${pay} of the ${positions.length} positions`);
    expect(readme).toContain(`Times** on ${times} of the paths`);
  });
});
