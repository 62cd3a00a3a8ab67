import { describe, expect, it } from "vitest";
import type { CareerNode } from "../../../src/domain/careerGraph.ts";
import { validateCareerGraph } from "../../../src/domain/format/validateCareerGraph.ts";
import { makeCredential, makeEdge, makeGraph, makePosition } from "../../fixtures/builders.ts";

const sourced = { kind: "sourced", source: "https://example.org/posting" } as const;
const fee = { amount: 399, currency: "USD", year: 2025, source: "https://example.org/fees" };

/** A map with two credentials and a position that asks for one of them, as loose JSON to break. */
function rawWith(director: Partial<CareerNode>, edgeTime?: unknown): Record<string, unknown> {
  const graph = makeGraph(
    [
      makeCredential("rhia", "advanced", { fees: [fee] }),
      makeCredential("rhit", "mid"),
      makePosition("clerk"),
      makePosition("director", "master", director),
    ],
    [makeEdge("clerk", "director"), makeEdge("rhia", "director", "qualifies-for")],
  );
  const raw = structuredClone(graph) as unknown as { edges: Record<string, unknown>[] };
  if (edgeTime !== undefined) raw.edges[0] = { ...raw.edges[0], time: edgeTime };
  return raw as unknown as Record<string, unknown>;
}

function errorsOf(raw: unknown) {
  const result = validateCareerGraph(raw);
  if (result.ok) throw new Error("expected the graph to be rejected");
  return result.errors;
}

const group = (...oneOf: string[]) => ({ credentials: [{ oneOf, basis: sourced }] });

describe("format version 2: requirements, fees and times", () => {
  it("accepts requirements on positions and credentials, fees on credentials and times on paths", () => {
    const raw = rawWith(
      {
        requirements: {
          ...group("rhia", "rhit"),
          experience: { years: 5, text: "in HIM", basis: sourced },
          education: [{ text: "Bachelor's degree", basis: { kind: "inferred", note: "Most postings." } }],
        },
      },
      { minYears: 2, maxYears: 4, basis: sourced },
    );
    const nodes = raw.nodes as Record<string, unknown>[];
    nodes[0] = { ...nodes[0], requirements: { experience: { years: 2, basis: sourced } } };
    expect(validateCareerGraph(raw).ok).toBe(true);
  });

  it("a group naming an id that is not on the map, with a did-you-mean", () => {
    const [error] = errorsOf(rawWith({ requirements: group("RHIA-X") }));
    expect(error).toMatchObject({
      path: "nodes[3].requirements.credentials[0].oneOf[0]",
      subject: 'position "director"',
    });
    expect(error?.message).toBe(
      '"RHIA-X" is not a node on this map. Use the id of one of the map\'s credentials. Did you mean "rhia"?',
    );
  });

  it("a group naming a position", () => {
    const [error] = errorsOf(rawWith({ requirements: group("rhia", "clerk") }));
    expect(error?.path).toBe("nodes[3].requirements.credentials[0].oneOf[1]");
    expect(error?.message).toMatch(/^"clerk" is a position; a requirement group lists credentials\./);
  });

  it("a group naming the node itself", () => {
    const raw = rawWith({});
    const nodes = raw.nodes as Record<string, unknown>[];
    nodes[0] = { ...nodes[0], requirements: group("rhit", "rhia") };
    const [error] = errorsOf(raw);
    expect(error?.path).toBe("nodes[0].requirements.credentials[0].oneOf[1]");
    expect(error?.message).toMatch(/is this node itself; a node cannot require itself/);
  });

  it("the same id twice in a group", () => {
    const [error] = errorsOf(rawWith({ requirements: group("rhia", "rhit", "rhia") }));
    expect(error).toMatchObject({
      path: "nodes[3].requirements.credentials[0].oneOf[2]",
      message: '"rhia" is already in this group (oneOf[0]). Remove the repeat.',
    });
  });

  it("an empty group", () => {
    const [error] = errorsOf(rawWith({ requirements: group() }));
    expect(error?.path).toBe("nodes[3].requirements.credentials[0].oneOf");
    expect(error?.message).toMatch(/^needs at least 1 entry\. Write a list of credential ids/);
  });

  it("negative years, said plainly", () => {
    const errors = errorsOf(
      rawWith(
        { requirements: { experience: { years: -2, basis: sourced } } },
        { minYears: -1, basis: sourced },
      ),
    );
    expect(errors.map(({ path, message }) => ({ path, message }))).toStrictEqual([
      {
        path: "nodes[3].requirements.experience.years",
        message: "is -2, but years cannot be negative. Write 0 or more (0.5 is six months).",
      },
      {
        path: "edges[0].time.minYears",
        message: "is -1, but years cannot be negative. Write 0 or more (0.5 is six months).",
      },
    ]);
  });

  it("maxYears below minYears", () => {
    const [error] = errorsOf(rawWith({}, { minYears: 3, maxYears: 1, basis: sourced }));
    expect(error).toMatchObject({
      path: "edges[0].time.maxYears",
      subject: 'path "clerk->director" (clerk → director)',
    });
    expect(error?.message).toMatch(/^is 1, less than minYears \(3\)\./);
  });

  it("a fee without a year, with a lower-case currency and a negative amount", () => {
    const raw = rawWith({});
    const nodes = raw.nodes as Record<string, unknown>[];
    nodes[0] = { ...nodes[0], fees: [{ amount: -5, currency: "usd", source: fee.source }] };
    const errors = errorsOf(raw).map(({ path, message }) => ({ path, message }));
    expect(errors).toStrictEqual([
      { path: "nodes[0].fees[0].amount", message: "is -5, but it cannot be negative. Write 0 or more." },
      {
        path: "nodes[0].fees[0].currency",
        message: '"usd" must be a three-letter currency code such as "USD". Did you mean "USD"?',
      },
      {
        path: "nodes[0].fees[0].year",
        message: "is missing. Write the year it applies to, such as 2025.",
      },
    ]);
  });

  it("a currency that is not three letters", () => {
    const raw = rawWith({});
    const nodes = raw.nodes as Record<string, unknown>[];
    nodes[0] = { ...nodes[0], fees: [{ ...fee, currency: "dollars" }] };
    expect(errorsOf(raw)[0]?.message).toBe('"dollars" must be a three-letter currency code such as "USD".');
  });

  it("fees on a position, which has no exam", () => {
    const [error] = errorsOf(rawWith({ fees: [fee] }));
    expect(error?.path).toBe("nodes[3].fees");
    expect(error?.message).toMatch(/^are exam fees, and a position has no exam\./);
  });

  it("a basis of an unknown kind, with a did-you-mean", () => {
    const basis = { kind: "Sourced" } as unknown as typeof sourced;
    const [error] = errorsOf(rawWith({ requirements: { experience: { years: 1, basis } } }));
    expect(error).toMatchObject({
      path: "nodes[3].requirements.experience.basis.kind",
      message: 'is "Sourced"; expected "sourced" or "inferred". Did you mean "sourced"?',
    });
  });
});
