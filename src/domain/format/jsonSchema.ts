import { z } from "zod";
import { careerGraphSchema } from "./schema.ts";

/** The JSON Schema shipped as public/career-map.schema.json, generated from the validator's own definition. */
export function buildJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(careerGraphSchema, { target: "draft-2020-12", io: "input" });
  return { ...schema, title: "Career map" };
}

export function jsonSchemaText(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}
