import { readFileSync } from "node:fs";
import buildArrangement from "virtual:bundled-map-arrangement";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadBundledMap, readBundledMap } from "../../../src/app/bundledMap.ts";
import { asDataBlockText, BUNDLED_MAP_ELEMENT } from "../../../src/app/bundledMapElement.ts";
import type { CareerGraph } from "../../../src/domain/careerGraph.ts";
import { layoutWithLabels, placeCareerMap } from "../../../src/graph-view/placeCareerMap.ts";
import { useAppStore } from "../../../src/store/appStore.ts";

const SHIPPED = readFileSync("data/career-map.json", "utf8");

/** A page as the build writes it: the map's JSON in a data block, parsed by the browser's HTML parser. */
function builtPage(json: string): Document {
  const text = asDataBlockText(json);
  return new DOMParser().parseFromString(
    `<!doctype html><body><script type="application/json" id="${BUNDLED_MAP_ELEMENT}">${text}</script><p id="after">after</p></body>`,
    "text/html",
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  useAppStore.getState().dismissMapNotice();
});

describe("the bundled map as a data block in the built page", () => {
  it("reads back as the shipped map, without a request", async () => {
    const fetch = vi.fn();
    vi.stubGlobal("fetch", fetch);
    await readBundledMap(builtPage(SHIPPED));
    expect(loadBundledMap()).toEqual(JSON.parse(SHIPPED));
    expect(fetch).not.toHaveBeenCalled();
  });

  it("is laid out in the arrangement the build chose, read from the page or fetched; an edited copy is searched anew", async () => {
    expect(buildArrangement.flat()).toHaveLength((JSON.parse(SHIPPED) as { nodes: unknown[] }).nodes.length);
    await readBundledMap(builtPage(SHIPPED));
    const read = loadBundledMap();
    expect(read && placeCareerMap(read).arrangement).toEqual(buildArrangement);
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(SHIPPED, { status: 200 })),
    );
    await readBundledMap(new DOMParser().parseFromString("<p>dev</p>", "text/html"));
    const fetched = loadBundledMap();
    expect(fetched && placeCareerMap(fetched).arrangement).toEqual(buildArrangement);
    // A copy (as an edit makes) is laid out by the layout's own search, here on estimated label sizes.
    const copy = structuredClone(JSON.parse(SHIPPED) as CareerGraph);
    expect(placeCareerMap(copy)).toEqual(layoutWithLabels(copy, null));
  });

  it("keeps text that looks like markup as text: it cannot end the block or open a comment", async () => {
    const map = JSON.parse(SHIPPED) as { title: string };
    map.title = 'Ladder </script><p id="injected">x</p> <!-- and </SCRIPT >';
    const page = builtPage(JSON.stringify(map));
    expect(asDataBlockText(JSON.stringify(map))).not.toContain("<");
    expect(page.getElementById("injected")).toBeNull();
    expect(page.getElementById("after")?.textContent).toBe("after");
    await readBundledMap(page);
    expect(loadBundledMap()?.title).toBe(map.title);
  });

  it("is fetched when the page has no data block (the dev server's page)", async () => {
    const fetch = vi.fn(async () => new Response(SHIPPED, { status: 200 }));
    vi.stubGlobal("fetch", fetch);
    await readBundledMap(new DOMParser().parseFromString("<p>dev</p>", "text/html"));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(loadBundledMap()?.title).toBe((JSON.parse(SHIPPED) as { title: string }).title);
  });

  it("when it cannot be read, the app starts without it and says so", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("gone", { status: 404 })),
    );
    await readBundledMap(new DOMParser().parseFromString("<p>dev</p>", "text/html"));
    expect(loadBundledMap()).toBeNull();
    expect(useAppStore.getState().mapNotice).toMatch(/could not be loaded/);
  });
});
