import { z } from "zod";
import { EDGE_KINDS, NODE_KINDS } from "./kinds.ts";
import { FORMAT_VERSION, LIMITS } from "./limits.ts";
import { isSafeLink } from "./safeLink.ts";

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

/** Why something is on the map: a source, or an editorial inference with its reasoning. */
export const basisSchema = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("sourced"), source: linkSchema, note: text(LIMITS.factLength).optional() }),
    z.object({ kind: z.literal("inferred"), note: text(LIMITS.factLength) }),
  ])
  .describe("Why it is on the map: a source, or an editorial inference with its reasoning.");

/**
 * The map's author vouching for facts from their own knowledge (a team's own ladder) instead of a link.
 * Shown as the author's statement, never as a link.
 */
export const internalSchema = z
  .object({
    note: text(LIMITS.factLength).describe(
      'Who says so and on what ground, e.g. "Our ladder as agreed by the coding leads, March 2026."',
    ),
  })
  .describe("The author's own statement, for facts that have no public source.");

/** An amount of time as a range of years; `maxYears` absent means the range is the single value `minYears`. */
const yearsRangeShape = {
  minYears: z.number().min(0).max(60).describe("The fewest years, e.g. 2 (0.5 is six months)."),
  maxYears: z.number().min(0).max(60).optional().describe("The most years, when the source gives a range."),
};

/**
 * A group of credentials of which the person must hold at least one, e.g. "one of RHIA, RHIT".
 * Ids name credential nodes of the map.
 */
export const credentialGroupSchema = z
  .object({
    oneOf: z
      .array(idSchema)
      .min(1)
      .max(LIMITS.listItems)
      .describe("Credential ids; holding any one of them is enough."),
    basis: basisSchema,
  })
  .describe("Hold at least one of these credentials.");

/** Years of experience in the field the map is about, counted up to the moment of the step. */
export const experienceSchema = z
  .object({
    years: z.number().min(0).max(60).describe("Years of experience asked for, e.g. 5."),
    text: text(LIMITS.factLength)
      .optional()
      .describe('What counts, e.g. "in coding or HIM, 2 of them supervising".'),
    basis: basisSchema,
  })
  .describe("Years of experience asked for before taking the role or sitting the exam.");

export const educationSchema = z
  .object({
    text: text(LIMITS.factLength).describe('e.g. "Bachelor\'s degree in health information management".'),
    basis: basisSchema,
  })
  .describe("Schooling asked for. Shown to people; routes do not plan schooling.");

/**
 * What it takes to get in: to a position (to be hired) or to a credential (to sit the exam, its eligibility).
 * Every item carries its own basis, so a reader sees which requirements are sourced and which are editorial.
 */
export const requirementsSchema = z
  .object({
    credentials: z.array(credentialGroupSchema).max(LIMITS.listItems).optional(),
    experience: experienceSchema.optional(),
    education: z.array(educationSchema).max(LIMITS.listItems).optional(),
  })
  .describe("What it takes to get in. Every item says why (its basis).");

/** What an exam costs, for one kind of candidate. */
export const feeSchema = z
  .object({
    amount: z.number().min(0).max(1_000_000),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, { message: 'must be a three-letter currency code such as "USD"' }),
    year: yearSchema,
    member: z
      .boolean()
      .optional()
      .describe("true: the price for members; false: for non-members; absent: for everyone."),
    source: linkSchema,
    note: text(LIMITS.factLength).optional(),
  })
  .describe("An exam fee, with the year it was charged and its source.");

export const nodeSchema = z
  .object({
    id: idSchema,
    kind: z.enum(NODE_KINDS),
    level: idSchema.describe("The id of one of the map's levels."),
    label: text(LIMITS.labelLength).describe('The short name drawn on the map, e.g. "CPC".'),
    name: text(LIMITS.nameLength).optional().describe('The full name, e.g. "Certified Professional Coder".'),
    issuer: idSchema.optional().describe("The id of one of the map's issuers (credentials)."),
    summary: text(LIMITS.summaryLength),
    sources: z
      .array(linkSchema)
      .max(LIMITS.listItems)
      .default(() => [])
      .describe(
        "Links to where the summary's facts come from; may be left out when \"internal\" says they are the author's own.",
      ),
    internal: internalSchema.optional(),
    settings: z.array(factSchema).max(LIMITS.listItems).optional(),
    exam: examSchema.optional(),
    prerequisites: z.array(factSchema).max(LIMITS.listItems).optional(),
    apprentice: apprenticeSchema.optional(),
    upkeep: z.array(factSchema).max(LIMITS.listItems).optional(),
    figures: z.array(figureSchema).max(LIMITS.listItems).optional(),
    requirements: requirementsSchema.optional(),
    fees: z.array(feeSchema).max(LIMITS.listItems).optional().describe("Exam fees (credentials)."),
  })
  .describe("A position (a job) or a credential (a certification).");

/** The typical time spent in the source role before the move (for `prepares-for`: before sitting the exam). */
export const timeSchema = z
  .object({ ...yearsRangeShape, basis: basisSchema })
  .describe("Typical years in the source role before taking this path.");

export const edgeSchema = z
  .object({
    id: idSchema,
    source: idSchema.describe("The id of the node the path starts from."),
    target: idSchema.describe("The id of the node the path leads to."),
    kind: z.enum(EDGE_KINDS),
    basis: basisSchema,
    time: timeSchema.optional(),
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
    version: z
      .union([z.literal(1), z.literal(FORMAT_VERSION)])
      .transform(() => FORMAT_VERSION)
      .describe("2; files of version 1 are read as version 2 without requirements, fees or times."),
    title: text(LIMITS.titleLength),
    description: text(LIMITS.summaryLength).optional(),
    internal: internalSchema
      .optional()
      .describe("The author's statement for every node of the map that has no source link of its own."),
    levels: z.array(levelSchema).min(1).max(LIMITS.levels).describe("Levels in order, lowest first."),
    issuers: z.array(issuerSchema).max(LIMITS.issuers),
    nodes: z.array(nodeSchema).max(LIMITS.nodes),
    edges: z.array(edgeSchema).max(LIMITS.edges),
  })
  .describe("A career map: levels, positions and credentials, and the advancement paths between them.");
