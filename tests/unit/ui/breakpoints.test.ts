import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { NARROW_SCREEN_MAX, ROOMY_SCREEN_MIN } from "../../../src/ui/breakpoints.ts";

function cssFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return cssFiles(path);
    return path.endsWith(".css") ? [path] : [];
  });
}

describe("breakpoints", () => {
  it("every media query by width uses the constants of src/ui/breakpoints.ts", () => {
    const allowed = new Set([
      NARROW_SCREEN_MAX,
      NARROW_SCREEN_MAX + 1,
      ROOMY_SCREEN_MIN - 1,
      ROOMY_SCREEN_MIN,
    ]);
    const found: string[] = [];
    for (const file of cssFiles("src")) {
      for (const match of readFileSync(file, "utf8").matchAll(/\((?:max|min)-width:\s*(\d+)px\)/g)) {
        if (!allowed.has(Number(match[1]))) found.push(`${file}: ${match[0]}`);
      }
    }
    expect(found).toEqual([]);
  });

  it("no script repeats the phone width", () => {
    const scripts = listScripts("src");
    const repeats = scripts.filter(
      (file) => !file.endsWith("breakpoints.ts") && /\b76[01]\b/.test(readFileSync(file, "utf8")),
    );
    expect(repeats).toEqual([]);
  });
});

function listScripts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listScripts(path);
    return /\.tsx?$/.test(path) ? [path] : [];
  });
}
