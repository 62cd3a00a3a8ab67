import { describe, expect, it } from "vitest";
import { atLevel, credentials, graph, nodeById, positions } from "./bundledMap.ts";
import { reachableFrom, requirementItemsOf } from "./mapContents.ts";
import { reachableHonouringRequirements } from "./requirementReach.ts";

/**
 * Credentials for which no source the map uses gives an exam fee with its year. The map leaves the fee out
 * rather than invent it (the route finder then says the cost is unknown); shrink this list as sources turn up.
 */
const NO_DATED_FEE = ["cic", "cdeo", "cppm", "cpco", "ccs-p", "rhit", "rhia", "cdip"];

const entryIds = atLevel("entry").map((node) => node.id);
const masterIds = new Set(atLevel("master").map((node) => node.id));
const reachFromEntry = new Map(entryIds.map((id) => [id, reachableHonouringRequirements(graph, id)]));
const reachableFromSomeEntry = (id: string) => [...reachFromEntry.values()].some((reach) => reach.has(id));

describe("the bundled map's requirements", () => {
  it("says what it takes to get into every position and to sit every credential's exam", () => {
    for (const node of graph.nodes) expect(requirementItemsOf(node).length, node.id).toBeGreaterThan(0);
  });

  it("gives every requirement item a basis: a source, or reasoning a reader can judge", () => {
    for (const node of graph.nodes) {
      for (const { at, basis } of requirementItemsOf(node)) {
        if (basis.kind === "inferred") expect(basis.note.length, at).toBeGreaterThan(40);
        else expect(basis.source, at).toMatch(/^https?:\/\//);
      }
    }
  });

  it("names only credentials of this map in its credential groups, each group once per node", () => {
    for (const node of graph.nodes) {
      const groups = node.requirements?.credentials ?? [];
      for (const group of groups) {
        for (const id of group.oneOf)
          expect(nodeById.get(id)?.kind, `${node.id} names ${id}`).toBe("credential");
        expect(new Set(group.oneOf).size, node.id).toBe(group.oneOf.length);
      }
      const keys = groups.map((group) => [...group.oneOf].sort().join(","));
      expect(new Set(keys).size, node.id).toBe(keys.length);
    }
  });

  it("asks no credential to enter an entry-level position", () => {
    for (const id of entryIds) expect(nodeById.get(id)?.requirements?.credentials ?? [], id).toEqual([]);
  });

  it("asks no credential to sit a credential's exam, so no exam locks another away", () => {
    for (const node of credentials) expect(node.requirements?.credentials ?? [], node.id).toEqual([]);
  });

  it("asks a credential of every advanced- or master-level coding, HIM or compliance leadership role", () => {
    const leadership = ["coding-manager", "him-manager", "coding-director", "him-director", "vp-of-coding"];
    for (const id of [...leadership, "compliance-officer"]) {
      expect(nodeById.get(id)?.requirements?.credentials?.length ?? 0, id).toBeGreaterThan(0);
    }
  });

  it("gives experience in years only with what counts and why", () => {
    for (const node of graph.nodes) {
      const experience = node.requirements?.experience;
      if (experience === undefined) continue;
      expect(experience.years, node.id).toBeGreaterThan(0);
      expect(experience.text ?? "", node.id).not.toBe("");
    }
  });
});

describe("the bundled map's requirements can be met", () => {
  it("lets someone with no credentials reach every position from some entry-level position", () => {
    const unreachable = positions.map((node) => node.id).filter((id) => !reachableFromSomeEntry(id));
    expect(unreachable).toEqual([]);
  });

  it("lets someone with no credentials earn every credential the requirements name", () => {
    const named = new Set(
      graph.nodes.flatMap((node) => (node.requirements?.credentials ?? []).flatMap((group) => group.oneOf)),
    );
    expect([...named].filter((id) => !reachableFromSomeEntry(id))).toEqual([]);
  });

  it("takes a Medical Records Clerk to Coding Director, earning one of RHIA or RHIT and a coding credential", () => {
    const reach = reachFromEntry.get("medical-records-clerk");
    expect(reach?.has("coding-director")).toBe(true);
    const groups = nodeById.get("coding-director")?.requirements?.credentials ?? [];
    expect(groups.map((group) => [...group.oneOf].sort())).toEqual([
      ["rhia", "rhit"],
      ["ccs", "ccs-p", "cic", "cpc"],
    ]);
  });

  it("lets a route to Coding Director go through RHIA", () => {
    expect(reachFromEntry.get("medical-records-clerk")?.has("rhia")).toBe(true);
    expect(reachableFrom("rhia", graph.edges).has("coding-director")).toBe(true);
  });

  it("leads every credential, along the map's paths, to at least one master-level position", () => {
    const deadEnds = credentials
      .filter((node) => ![...reachableFrom(node.id, graph.edges)].some((id) => masterIds.has(id)))
      .map((node) => node.id);
    expect(deadEnds).toEqual([]);
  });

  it("leads the credentials leadership asks for to Coding Director, not only to some master-level role", () => {
    for (const id of ["rhia", "rhit", "ccs", "cpc", "cic"]) {
      expect(reachableFrom(id, graph.edges).has("coding-director"), id).toBe(true);
    }
  });
});

describe("the bundled map's exam fees", () => {
  it("gives every credential a dated, sourced fee unless it is listed as having none", () => {
    for (const node of credentials) {
      expect((node.fees?.length ?? 0) > 0, node.id).toBe(!NO_DATED_FEE.includes(node.id));
    }
    for (const id of NO_DATED_FEE) expect(nodeById.get(id)?.kind, id).toBe("credential");
  });

  it("states fees in US dollars, for a year from 2000 on, at most one per kind of candidate", () => {
    for (const node of credentials) {
      const fees = node.fees ?? [];
      for (const fee of fees) {
        expect(fee.currency, node.id).toBe("USD");
        expect(fee.amount, node.id).toBeGreaterThan(0);
        expect(fee.year, node.id).toBeGreaterThanOrEqual(2000);
      }
      const kinds = fees.map((fee) => String(fee.member));
      expect(new Set(kinds).size, node.id).toBe(kinds.length);
    }
  });

  it("never charges members more than non-members", () => {
    for (const node of credentials) {
      const member = node.fees?.find((fee) => fee.member === true);
      const nonMember = node.fees?.find((fee) => fee.member === false);
      if (member && nonMember) expect(member.amount, node.id).toBeLessThanOrEqual(nonMember.amount);
    }
  });
});

describe("the bundled map's path times", () => {
  const timed = graph.edges.filter((edge) => edge.time !== undefined);

  it("gives times only with a basis, as a range that reads forwards", () => {
    expect(timed.length).toBeGreaterThanOrEqual(8);
    for (const edge of timed) {
      const time = edge.time;
      if (time === undefined) continue;
      expect(time.maxYears ?? time.minYears, edge.id).toBeGreaterThanOrEqual(time.minYears);
      if (time.basis.kind === "inferred") expect(time.basis.note.length, edge.id).toBeGreaterThan(40);
    }
  });

  it("takes the two years that remove the CPC-A and COC-A marks as the time before Coder II", () => {
    for (const from of ["physician-coder", "ancillary-coder"]) {
      const edge = graph.edges.find((e) => e.id === `${from}--advances-to--coder-ii-and-up`);
      expect(edge?.time?.minYears, from).toBe(2);
    }
  });

  it("gives times only on paths that start in a job: the time is spent in the source role", () => {
    for (const edge of timed) expect(nodeById.get(edge.source)?.kind, edge.id).toBe("position");
  });
});
