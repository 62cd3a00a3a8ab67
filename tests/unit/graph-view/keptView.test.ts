import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import { describe, expect, it } from "vitest";
import { keptViewOf, markViewSetByPerson, showKeptView } from "../../../src/graph-view/keptView.ts";

/** A row of nodes 100 apart, at y = 0; `shift` moves them all, as a new layout may. */
function row(ids: readonly string[], shift = 0): Core {
  const elements: ElementDefinition[] = ids.map((id, i) => ({
    data: { id: `n:${id}`, careerId: id },
    position: { x: i * 100 + shift, y: 0 },
  }));
  return cytoscape({ headless: true, styleEnabled: true, elements, layout: { name: "preset", fit: false } });
}

describe("the view kept when the map is drawn anew", () => {
  it("is not kept unless the person set it: the new map's first view fits it better", () => {
    const cy = row(["a", "b", "c"]);
    cy.viewport({ zoom: 2, pan: { x: -150, y: 40 } });
    expect(keptViewOf(cy)).toBeNull();
  });

  it("opens at the same zoom, with the node nearest the middle where it stood, though the layout moved", () => {
    const before = row(["a", "b", "c", "d"]);
    before.viewport({ zoom: 2, pan: { x: -380, y: 40 } });
    markViewSetByPerson(before);
    const kept = keptViewOf(before);
    // A headless map has no size, so the middle of the view is where the pan puts the origin: x = 190.
    expect(kept?.anchors.map((anchor) => anchor.id)).toEqual(["n:c", "n:b", "n:d", "n:a"]);

    const after = row(["a", "b", "c", "d"], 37);
    expect(kept && showKeptView(after, kept)).toBe(true);
    expect(after.zoom()).toBe(2);
    expect(after.getElementById("n:c").renderedPosition()).toEqual(
      before.getElementById("n:c").renderedPosition(),
    );
  });

  it("finds the place by the next nearest node when the nearest one was deleted", () => {
    const before = row(["a", "b", "c", "d"]);
    before.viewport({ zoom: 1, pan: { x: -200, y: 0 } });
    markViewSetByPerson(before);
    const kept = keptViewOf(before);
    const after = row(["a", "b", "d"]);
    expect(kept && showKeptView(after, kept)).toBe(true);
    const anchor = kept?.anchors[1]?.id ?? "";
    expect(after.getElementById(anchor).renderedPosition()).toEqual(kept?.anchors[1]?.at);
  });

  it("is not used on another map, which shares no node with it", () => {
    const before = row(["a", "b"]);
    markViewSetByPerson(before);
    const kept = keptViewOf(before);
    const other = row(["x", "y"]);
    expect(kept && showKeptView(other, kept)).toBe(false);
  });
});
