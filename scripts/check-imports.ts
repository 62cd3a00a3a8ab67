import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { checkImportRules } from "./importRules.ts";

/** Run by `npm run lint`: builds the import graph of src/ and fails on a broken import rule. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(path) ? [path] : [];
  });
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s*["'](\.[^"']+)["']|import\(\s*["'](\.[^"']+)["']\s*\)/g;

const graph = new Map<string, string[]>();
for (const file of sources("src")) {
  const text = readFileSync(file, "utf8");
  const targets = [...text.matchAll(IMPORT)]
    .map((match) => match[1] ?? match[2] ?? "")
    .filter((target) => /\.tsx?$/.test(target))
    .map((target) => normalize(join(dirname(file), target)));
  graph.set(file, targets);
}
const problems = checkImportRules(graph);
for (const problem of problems) console.error(problem);
if (problems.length > 0) process.exit(1);
console.log(`import rules: ${graph.size} files, no cycle, no import against the rules`);
