import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { tokensCss } from "../../../src/ui/look/cssTokens.ts";
import { PALETTES, THEMES } from "../../../src/ui/look/palettes.ts";
import { buildVisualModel, issuerLooks } from "../../../src/ui/look/visualModel.ts";
import { contrast } from "./contrast.ts";

it("measures contrast as WCAG does", () => {
  expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
  expect(contrast("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
});

const TEXT = 4.5;
const MARK = 3;

describe.each(THEMES)("the %s palette meets WCAG AA", (theme) => {
  const { ui, map } = PALETTES[theme];
  const model = buildVisualModel(
    Array.from({ length: 30 }, (_, i) => ({ id: `issuer-${i}`, label: `Issuer ${i}` })),
    theme,
  );

  it("for text on the page's surfaces", () => {
    const pairs: [string, string, string][] = [
      ["ink", ui.ink, ui.surface],
      ["ink on canvas", ui.ink, ui.canvas],
      ["soft ink", ui.inkSoft, ui.surface],
      ["soft ink on canvas", ui.inkSoft, ui.canvas],
      ["links", ui.accent, ui.surface],
      ["accent ink", ui.accentInk, ui.accentSoft],
      ["accent on its soft tint", ui.accent, ui.accentSoft],
      ["on accent", ui.onAccent, ui.accent],
      ["danger", ui.danger, ui.surface],
      ["success", ui.success, ui.surface],
      ["success ink", ui.successInk, ui.successSoft],
      ["warning ink", ui.warningInk, ui.warningSoft],
      ["ink on a warning", ui.ink, ui.warningSoft],
      ...Object.entries(map.marks).map(([mark, color]): [string, string, string] => [
        `${mark} mark's words in lists`,
        color,
        ui.surface,
      ]),
    ];
    for (const [what, fore, back] of pairs) expect(contrast(fore, back), what).toBeGreaterThanOrEqual(TEXT);
  });

  it("for focus rings and marks on every surface", () => {
    for (const back of [ui.surface, ui.canvas, ui.accentSoft]) {
      expect(contrast(ui.focus, back), `focus on ${back}`).toBeGreaterThanOrEqual(MARK);
    }
    for (const back of map.bandFills) {
      for (const [what, mark] of Object.entries({
        advancesTo: map.advancesTo,
        qualifiesFor: map.qualifiesFor,
        preparesFor: map.preparesFor,
        route: map.route,
        selected: map.selected,
        ...map.marks,
      })) {
        expect(contrast(mark, back), `${what} on a band`).toBeGreaterThanOrEqual(MARK);
      }
      expect(contrast(map.bandText, back), "level titles").toBeGreaterThanOrEqual(TEXT);
    }
  });

  it("for every node's label on its fill and its border on the map, thirty issuers included", () => {
    for (const look of [model.position, model.unknownIssuer, ...model.issuers]) {
      expect(contrast(look.text, look.fill), `label of ${look.fill}`).toBeGreaterThanOrEqual(TEXT);
      for (const back of map.bandFills) {
        expect(contrast(look.border, back), `border ${look.border} on a band`).toBeGreaterThanOrEqual(MARK);
      }
    }
  });
});

describe("issuer looks", () => {
  it("differ for every issuer of a map, however many", () => {
    const looks = issuerLooks(
      Array.from({ length: 60 }, (_, i) => ({ id: `i${i}`, label: `I${i}` })),
      "light",
    );
    const keys = looks.map((look) => `${look.fill} ${look.border} ${look.borderStyle}`);
    expect(new Set(keys).size).toBe(60);
    expect(new Set(looks.map((look) => look.className)).size).toBe(60);
  });

  it("take the map's order, not its ids: a renamed issuer keeps its look", () => {
    const [a] = issuerLooks([{ id: "aapc", label: "AAPC" }], "light");
    const [b] = issuerLooks([{ id: "anything else", label: "X" }], "light");
    expect({ ...a, id: "", label: "" }).toStrictEqual({ ...b, id: "", label: "" });
  });
});

describe("CSS tokens", () => {
  it("are the palette, as generated (npm run tokens)", () => {
    expect(readFileSync("src/ui/look/tokens.css", "utf8")).toBe(tokensCss());
  });
});
