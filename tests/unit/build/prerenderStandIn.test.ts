import { describe, expect, it } from "vitest";
import { asStandIn } from "../../../scripts/prerender/standIn.ts";

const RENDERED =
  '<div class="app"><header class="app-header"><h1 class="app-title">Map</h1></header>' +
  '<main class="app-main"><section class="map-area"><div class="map-canvas-wrap"><div class="map-canvas"></div></div></section>' +
  '<aside class="side-panel" style="--layer:0">Panel</aside></main></div>';

describe("the prerendered first view", () => {
  it("is inert, keeps no inline style (the policy allows none) and says it is loading outside the inert part", () => {
    const page = asStandIn(RENDERED);
    expect(page).not.toContain("style=");
    expect(page).toContain('<div class="app" inert="" data-first-view="">');
    expect(page.indexOf('role="status"')).toBeLessThan(page.indexOf("inert"));
    expect(page).toContain(
      '<div class="map-canvas"><p class="app-starting first-view-hint" aria-hidden="true">',
    );
    expect(page).toContain("<noscript>");
  });

  it("fails the build when the page no longer has the shape the early map is drawn into", () => {
    expect(() => asStandIn(RENDERED.replace('<div class="map-canvas"></div>', ""))).toThrow(/map box/);
    expect(() => asStandIn(`<main>${RENDERED}</main>`)).toThrow(/\.app/);
  });
});
