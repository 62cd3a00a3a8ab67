import { z } from "zod";
import { FORMAT_VERSION, LIMITS } from "./limits.ts";

// zod compiles object parsers with `new Function` unless told not to; the production CSP forbids eval.
z.config({ jitless: true });

const NOT_BLANK = /\S/;
const BLANK_MESSAGE = "must not be empty or only spaces";

const text = (max: number) => z.string().max(max).regex(NOT_BLANK, { message: BLANK_MESSAGE });

/** Ids are free text so that any spreadsheet key works, but never blank (Cytoscape rejects blank ids). */
export const idSchema = z
  .string()
  .max(LIMITS.idLength)
  .regex(NOT_BLANK, { message: BLANK_MESSAGE })
  .describe('A unique identifier, any text that is not blank, e.g. "physician-coder".');

/** A link a person may follow: http, https or mailto only, checked with the URL parser. */
export const linkSchema = z
  .string()
  .max(LIMITS.urlLength)
  .regex(/^\s*(https?|mailto):/i, { message: "must be an absolute http, https or mailto link" })
  .refine(isSafeLink, { message: "must be an absolute http, https or mailto link" })
  .describe("An absolute http(s) or mailto link.");

export function isSafeLink(value: string): boolean {
  if (!/^(https?|mailto):/i.test(value.trim())) return false;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" || url.protocol === "mailto:";
  } catch {
    return false;
  }
}

const yearSchema = z.int().min(1900).max(2100).describe("The year the figure or fact refers to.");

/** One statement taken from a source, in the project's own words. */
export const factSchema = z
  .object({
    text: text(LIMITS.factLength),
    source: linkSchema,
    year: yearSchema.optional(),
  })
  .describe("A fact in the map author's words, with the link it comes from.");

export const examSchema = factSchema
  .extend({
    questions: z.int().min(1).max(1_000).optional(),
    minutes: z.int().min(1).max(1_000).optional(),
  })
  .describe("The exam: a description, and where known the number of questions and the time allowed.");

export const apprenticeSchema = factSchema
  .extend({ designation: text(LIMITS.labelLength) })
  .describe("The apprentice designation given to those who pass without the required experience.");

export const figureSchema = z
  .object({
    label: text(LIMITS.labelLength),
    value: z.number().finite(),
    unit: z.enum(["usd-per-year", "percent", "count"]),
    year: yearSchema,
    source: linkSchema,
    note: text(LIMITS.factLength).optional(),
  })
  .describe("A number with its unit, the year it belongs to and its source.");

export const NODE_KINDS = ["position", "credential"] as const;

export const nodeSchema = z
  .object({
    id: idSchema,
    kind: z.enum(NODE_KINDS),
    level: idSchema.describe("The id of one of the map's levels."),
    label: text(LIMITS.labelLength).describe('The short name drawn on the map, e.g. "CPC".'),
    name: text(LIMITS.nameLength).optional().describe('The full name, e.g. "Certified Professional Coder".'),
    issuer: idSchema.optional().describe("The id of one of the map's issuers (credentials)."),
    summary: text(LIMITS.summaryLength),
    sources: z.array(linkSchema).min(1).max(LIMITS.listItems),
    settings: z.array(factSchema).max(LIMITS.listItems).optional(),
    exam: examSchema.optional(),
    prerequisites: z.array(factSchema).max(LIMITS.listItems).optional(),
    apprentice: apprenticeSchema.optional(),
    upkeep: z.array(factSchema).max(LIMITS.listItems).optional(),
    figures: z.array(figureSchema).max(LIMITS.listItems).optional(),
  })
  .describe("A position (a job) or a credential (a certification).");

export const EDGE_KINDS = ["advances-to", "qualifies-for", "prepares-for", "lateral"] as const;

export const basisSchema = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("sourced"), source: linkSchema, note: text(LIMITS.factLength).optional() }),
    z.object({ kind: z.literal("inferred"), note: text(LIMITS.factLength) }),
  ])
  .describe("Why the path exists: a source, or an editorial inference with its reasoning.");

export const edgeSchema = z
  .object({
    id: idSchema,
    source: idSchema.describe("The id of the node the path starts from."),
    target: idSchema.describe("The id of the node the path leads to."),
    kind: z.enum(EDGE_KINDS),
    basis: basisSchema,
  })
  .describe("An advancement path from one node to another.");

export const levelSchema = z.object({ id: idSchema, label: text(LIMITS.labelLength) });

export const issuerSchema = z.object({
  id: idSchema,
  label: text(LIMITS.labelLength),
  name: text(LIMITS.nameLength).optional(),
  url: linkSchema.optional(),
});

export const careerGraphSchema = z
  .object({
    $schema: z.string().max(LIMITS.urlLength).optional(),
    version: z.literal(FORMAT_VERSION),
    title: text(LIMITS.titleLength),
    description: text(LIMITS.summaryLength).optional(),
    levels: z.array(levelSchema).min(1).max(LIMITS.levels).describe("Levels in order, lowest first."),
    issuers: z.array(issuerSchema).max(LIMITS.issuers),
    nodes: z.array(nodeSchema).max(LIMITS.nodes),
    edges: z.array(edgeSchema).max(LIMITS.edges),
  })
  .describe("A career map: levels, positions and credentials, and the advancement paths between them.");
