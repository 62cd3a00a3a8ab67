import { writeFileSync } from "node:fs";
import { csvTemplate } from "../src/domain/format/csv/template.ts";
import { jsonSchemaText } from "../src/domain/format/jsonSchema.ts";

/**
 * Writes public/career-map.schema.json from the validator's definition and public/career-map-template.csv
 * from the spreadsheet template (npm run schema).
 */
for (const [file, text] of [
  ["career-map.schema.json", jsonSchemaText()],
  ["career-map-template.csv", csvTemplate()],
] as const) {
  const target = new URL(`../public/${file}`, import.meta.url);
  writeFileSync(target, text);
  console.log(`wrote ${target.pathname}`);
}
