import { writeFileSync } from "node:fs";
import { jsonSchemaText } from "../src/domain/format/jsonSchema.ts";

/** Writes public/career-map.schema.json from the validator's definition (npm run schema). */
const target = new URL("../public/career-map.schema.json", import.meta.url);
writeFileSync(target, jsonSchemaText());
console.log(`wrote ${target.pathname}`);
