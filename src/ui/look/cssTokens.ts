import { PALETTES, type Palette, THEMES, type Theme } from "./palettes.ts";

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** The CSS custom properties of a theme: the page's colours, and the map colours the page repeats. */
export function cssTokens(palette: Palette): [string, string][] {
  const { map } = palette;
  return [
    ...Object.entries(palette.ui).map(([name, value]): [string, string] => [`--${kebab(name)}`, value]),
    ["--path-advances-to", map.advancesTo],
    ["--path-qualifies-for", map.qualifiesFor],
    ["--path-prepares-for", map.preparesFor],
    ["--path-advances-to-tint", map.advancesToTint],
    ["--path-qualifies-for-tint", map.qualifiesForTint],
    ["--path-prepares-for-tint", map.preparesForTint],
    ["--route", map.route],
    ...Object.entries(map.marks).map(([mark, value]): [string, string] => [`--mark-${mark}`, value]),
  ];
}

const SELECTORS: Record<Theme, string> = { light: ":root", dark: ':root[data-theme="dark"]' };

/** Paper is light: the dark theme applies on screens only, so a printed route plan is dark ink on white. */
const MEDIA: Record<Theme, string | null> = { light: null, dark: "screen" };

/** The text of src/ui/look/tokens.css, written by `npm run tokens`; a unit test keeps the file equal to it. */
export function tokensCss(): string {
  const blocks = THEMES.map((theme) => {
    const media = MEDIA[theme];
    const indent = media ? "    " : "  ";
    const lines = cssTokens(PALETTES[theme]).map(([name, value]) => `${indent}${name}: ${value};`);
    const block = `${SELECTORS[theme]} {\n${indent}color-scheme: ${theme};\n${lines.join("\n")}\n}`;
    const wrapped = media ? `@media ${media} {\n  ${block.replace(/\n\}$/, "\n  }")}\n}` : block;
    return `${wrapped}\n`;
  });
  return `/* Generated from src/ui/look/palettes.ts by \`npm run tokens\`: edit the palette, not this file. */\n${blocks.join("\n")}`;
}
