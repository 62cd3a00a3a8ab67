import { readFileSync } from "node:fs";
import { printBigMap } from "./scripts/bench/printBigMap.ts";
printBigMap(JSON.parse(readFileSync(process.argv[2] as string, "utf8")));
