import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** axe's WCAG 2.1 A/AA findings, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

export interface Placement {
  readonly inside: boolean;
  readonly topmost: boolean;
  readonly width: number;
  readonly box: { x: number; y: number; width: number; height: number };
}

/**
 * Where an opened thing lies: wholly inside the viewport, and the topmost element at its centre
 * (document.elementFromPoint lands on it or something inside it).
 */
export async function placement(locator: Locator): Promise<Placement> {
  return locator.evaluate((element) => {
    const r = element.getBoundingClientRect();
    const inside =
      r.left >= -0.5 && r.top >= -0.5 && r.right <= innerWidth + 0.5 && r.bottom <= innerHeight + 0.5;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return {
      inside,
      topmost: hit !== null && element.contains(hit),
      width: r.width,
      box: { x: r.left, y: r.top, width: r.width, height: r.height },
    };
  });
}

/** Whether the page scrolls sideways. */
export const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

export interface FirstView {
  /** Labels of the nodes on screen whose box meets a control or panel laid over the map. */
  readonly hidden: string[];
  /** Median on-screen label height of the nodes in view, in CSS pixels. */
  readonly medianLabel: number;
  readonly inView: number;
}

/** Reads the first view from Cytoscape through the e2e hook: which nodes are covered, how large the labels are. */
export function firstView(page: Page): Promise<FirstView> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __cy: import("cytoscape").Core }).__cy;
    const box = cy.container()?.getBoundingClientRect();
    if (!box) throw new Error("no map");
    // The controls and panels that could lie over the map, each cut to the part that lies over it.
    const covers = [...document.querySelectorAll(".zoom-controls, .legend, .side-panel, .route-panel")]
      .map((el) => el.getBoundingClientRect())
      .map((r) => {
        const left = Math.max(r.left, box.left);
        const top = Math.max(r.top, box.top);
        const right = Math.min(r.right, box.right);
        const bottom = Math.min(r.bottom, box.bottom);
        return new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
      });
    const meets = (a: DOMRect | { x1: number; y1: number; x2: number; y2: number }, b: DOMRect) =>
      "x1" in a
        ? a.x1 < b.right && a.x2 > b.left && a.y1 < b.bottom && a.y2 > b.top
        : a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
    const hidden: string[] = [];
    const heights: number[] = [];
    cy.nodes()
      .filter((node) => !node.hasClass("band") && node.visible())
      .forEach((node) => {
        const rb = node.renderedBoundingBox({ includeLabels: false });
        const page = { x1: rb.x1 + box.left, y1: rb.y1 + box.top, x2: rb.x2 + box.left, y2: rb.y2 + box.top };
        const onScreen =
          page.x2 > box.left && page.x1 < box.right && page.y2 > box.top && page.y1 < box.bottom;
        if (!onScreen) return;
        heights.push(Number.parseFloat(String(node.style("font-size"))) * cy.zoom());
        if (covers.some((cover) => cover.width > 1 && cover.height > 1 && meets(page, cover)))
          hidden.push(String(node.data("label")));
      });
    heights.sort((a, b) => a - b);
    return { hidden, medianLabel: heights[Math.floor(heights.length / 2)] ?? 0, inView: heights.length };
  });
}
