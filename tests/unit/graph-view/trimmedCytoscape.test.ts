import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import cytoscape from "cytoscape";
import { afterAll, describe, expect, it } from "vitest";
import { TRIMMED_MODULES, TRIMMED_RELEASE, trimProblem } from "../../../scripts/trimCytoscape.ts";

const elements = [
  { data: { id: "coder" }, position: { x: 0, y: 0 } },
  { data: { id: "auditor" }, position: { x: 100, y: 0 } },
  { data: { id: "cpc" }, position: { x: 0, y: 100 } },
  { data: { id: "coder-auditor", source: "coder", target: "auditor" } },
];

const fakes: string[] = [];
afterAll(() => {
  for (const root of fakes) rmSync(root, { recursive: true });
});

function fakeCytoscape(version: string, files: readonly string[]): string {
  const root = mkdtempSync(join(tmpdir(), "cytoscape-"));
  fakes.push(root);
  writeFileSync(join(root, "package.json"), JSON.stringify({ version }));
  for (const file of files) {
    const path = join(root, "src", file);
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, "");
  }
  return join(root, "src");
}

describe("the trimmed Cytoscape (docs/decisions/0022-trimmed-cytoscape.md)", () => {
  it("fits the installed Cytoscape", () => {
    expect(trimProblem()).toBeNull();
  });

  it("stops on another release, or when a replaced module has moved", () => {
    const all = Object.keys(TRIMMED_MODULES);
    expect(trimProblem(fakeCytoscape("3.36.0", all))).toMatch(/3\.36\.0 is installed.*3\.35\.x/);
    expect(trimProblem(fakeCytoscape(`${TRIMMED_RELEASE}.9`, all.slice(1)))).toBe(
      `Cytoscape no longer has ${all[0]}`,
    );
  });

  it("is what the tests run: built from the sources, with preset positions and components kept", () => {
    const cy = cytoscape({ headless: true, elements, layout: { name: "preset", fit: false } });
    // Only the trim puts the version in; the sources loaded as they are would leave it undefined.
    expect(Reflect.get(cytoscape, "version")).toMatch(new RegExp(`^${TRIMMED_RELEASE}\\.`));
    expect(cy.$id("auditor").position()).toEqual({ x: 100, y: 0 });
    expect(
      cy
        .elements()
        .components()
        .map((part) => part.nodes().length),
    ).toEqual([2, 1]);
    cy.layout({ name: "null" }).run();
    expect(cy.$id("auditor").position()).toEqual({ x: 0, y: 0 });
  });

  it("has no other layouts and no graph algorithms but the searches", () => {
    const cy = cytoscape({ headless: true, elements });
    expect(() => cy.layout({ name: "grid" })).toThrow(/No such layout `grid`/);
    expect(typeof cy.elements().bfs).toBe("function");
    expect("dijkstra" in cy.elements()).toBe(false);
    expect("pageRank" in cy.elements()).toBe(false);
  });
});

/** Every script of the app and of the benchmarks that drive it (scripts/bench/inPage.js runs on `__cy`). */
function appScripts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return appScripts(path);
    return /\.(ts|tsx|js|mjs)$/.test(name) ? [path] : [];
  });
}

describe("what the trim removed", () => {
  // Cytoscape's types still describe the whole library, so a call to a removed part typechecks; it is
  // found here instead, by name, against the published full build.
  const full = createRequire(import.meta.url)("cytoscape/dist/cytoscape.cjs.js") as typeof cytoscape;
  const methods = (lib: typeof cytoscape) =>
    new Set(
      Object.keys(
        Object.getPrototypeOf(
          lib({ headless: true, elements: structuredClone(elements) }).elements(),
        ) as object,
      ),
    );
  const kept = methods(cytoscape);
  const removedAlgorithms = [...methods(full)].filter((name) => !kept.has(name));
  const layoutNames = (file: string) =>
    [...readFileSync(file, "utf8").matchAll(/name: ["'](\w+)["']/g)].map((m) => m[1]);
  const keptLayouts = new Set(layoutNames("src/graph-view/cytoscape-trim/layouts.js"));
  const removedLayouts = layoutNames("node_modules/cytoscape/src/extensions/layout/index.mjs").filter(
    (name) => name !== undefined && !keptLayouts.has(name),
  );

  it("is found: the graph algorithms and the layouts the app does not ship", () => {
    expect(removedAlgorithms).toEqual(expect.arrayContaining(["dijkstra", "aStar", "pageRank", "kMeans"]));
    expect(removedAlgorithms).not.toContain("bfs");
    expect(removedLayouts).toEqual(["breadthfirst", "circle", "concentric", "cose", "grid", "random"]);
  });

  it("is called nowhere in the app or the benchmarks", () => {
    const calls = new RegExp(`\\.(${removedAlgorithms.join("|")})\\(`);
    const layouts = new RegExp(`name:\\s*["'](${removedLayouts.join("|")})["']`);
    const offending = [...appScripts("src"), ...appScripts("scripts/bench")].filter((file) => {
      const text = readFileSync(file, "utf8");
      return calls.test(text) || layouts.test(text) || /webgl:\s*true/.test(text);
    });
    expect(offending).toEqual([]);
  });
});
