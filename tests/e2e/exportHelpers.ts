import { readFileSync } from "node:fs";
import type { Browser, Page } from "@playwright/test";
import type { CareerGraph } from "../../src/domain/careerGraph.ts";
import { makeEdge, makeGraph, makePosition } from "../fixtures/builders.ts";

export const HOSTILE_LABELS = ["<img src=x onerror=alert(1)>", "</text><script>alert(1)</script>"] as const;

/** A small valid career map whose labels and title are markup, to prove it stays text everywhere (T14). */
export function hostileMap(): CareerGraph {
  const [first, second] = HOSTILE_LABELS;
  return {
    ...makeGraph(
      [makePosition("img", "entry", { label: first }), makePosition("script", "mid", { label: second })],
      [makeEdge("img", "script")],
    ),
    title: '<svg onload=alert(1)> & "map"',
  };
}

export const jsonFile = (name: string, value: unknown) => ({
  name,
  mimeType: "application/json",
  buffer: Buffer.from(typeof value === "string" ? value : JSON.stringify(value, null, 2)),
});

/** Picks a file in "Open map…", as a person would through the file dialog. */
export async function openMapFile(
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  await page.getByLabel("Open map…").setInputFiles(file);
}

/** Opens the export menu, unless it is open already (it stays open after a download). */
export async function openExportMenu(page: Page): Promise<void> {
  const button = page.getByRole("button", { name: "Export", exact: true });
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
  await page.getByRole("dialog", { name: "Export the map" }).waitFor();
}

/** Clicks Download and returns the saved file's name and bytes. */
export async function download(page: Page): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download" }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** The size the menu says the image will have (its data attributes), in output pixels. */
export async function plannedSize(page: Page) {
  const data = await page
    .locator(".export-size")
    .evaluate((element) => ({ ...(element as HTMLElement).dataset }));
  const n = (key: string) => Number(data[key]);
  return {
    width: n("width"),
    height: n("height"),
    mapWidth: n("mapWidth"),
    mapHeight: n("mapHeight"),
    headerHeight: n("headerHeight"),
    legendHeight: n("legendHeight"),
  };
}

/** What a PNG of the whole map with title and legend measures: the map's extent × scale between the strips. */
export function wholeMapPng(
  extent: { fullWidth: number; fullHeight: number },
  planned: { headerHeight: number; legendHeight: number },
  scale = 1,
) {
  return {
    kind: "png",
    width: extent.fullWidth * scale,
    height: planned.headerHeight + extent.fullHeight * scale + planned.legendHeight,
  };
}

/** The map's extent as Cytoscape's own full export frames it, and the view's size, read from the e2e hook. */
export async function mapExtent(page: Page) {
  return page.evaluate(() => {
    const cy = (window as unknown as { __cy: import("cytoscape").Core }).__cy;
    const bb = cy.elements().boundingBox();
    return {
      fullWidth: Math.ceil(bb.w),
      fullHeight: Math.ceil(bb.h),
      viewWidth: cy.width(),
      viewHeight: cy.height(),
    };
  });
}

/** Parses SVG text with DOMParser in a blank page of its own (the app's Trusted Types policy forbids parsing). */
export async function inspectSvg(browser: Browser, text: string) {
  const page = await browser.newPage();
  try {
    return await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, "image/svg+xml");
      const all = [...doc.getElementsByTagName("*")];
      return {
        parseError: doc.getElementsByTagName("parsererror").length > 0,
        root: doc.documentElement.localName,
        scripts: all.filter((element) => element.localName.toLowerCase() === "script").length,
        eventAttributes: all
          .flatMap((element) => [...element.attributes].map((a) => a.name))
          .filter((name) => /^on/i.test(name)),
        foreign: all.filter((element) => element.namespaceURI !== "http://www.w3.org/2000/svg").length,
        texts: [...doc.getElementsByTagName("text")].map((element) => element.textContent ?? ""),
      };
    }, text);
  } finally {
    await page.close();
  }
}
