import type { TextMeasureContext } from "../../src/graph-view/measureLabels.ts";

/**
 * Advance widths, in font units (2,048 to the em), of Arial Bold and of Liberation Sans Bold, which is made
 * to match it. Read from Chromium's canvas on Debian (`measureText` of each character at 13 px, times
 * 2048 / 13; every one came out a whole number). Node labels are drawn semi-bold, and both 600 and 700
 * use the bold face. Arial has no kerning there, so a label's width is the sum of its characters'.
 */
const CHARACTERS =
  " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~’–—éèáíóúñüöäç";
const ADVANCES = [
  569, 682, 971, 1139, 1139, 1821, 1479, 487, 682, 682, 797, 1196, 569, 682, 569, 569, 1139, 1139, 1139, 1139,
  1139, 1139, 1139, 1139, 1139, 1139, 682, 682, 1196, 1196, 1196, 1251, 1997, 1479, 1479, 1479, 1479, 1366,
  1251, 1593, 1479, 569, 1139, 1479, 1251, 1706, 1479, 1593, 1366, 1593, 1479, 1366, 1251, 1479, 1366, 1933,
  1366, 1366, 1251, 682, 569, 682, 1196, 1139, 682, 1139, 1251, 1139, 1251, 1139, 682, 1251, 1251, 569, 569,
  1139, 569, 1821, 1251, 1251, 1251, 1251, 797, 1139, 682, 1251, 1139, 1593, 1139, 1139, 1024, 797, 573, 797,
  1196, 569, 1139, 2048, 1139, 1139, 1139, 569, 1251, 1251, 1251, 1251, 1251, 1139, 1139,
];
const UNITS_PER_EM = 2048;
/** A character outside the table counts as a lowercase letter of middling width. */
const OTHER = 1139;
const FONT_PX = /(\d+(?:\.\d+)?)px/;

const advanceOf = new Map([...CHARACTERS].map((character, i) => [character, ADVANCES[i] ?? OTHER]));

/**
 * A stand-in for a canvas's text measuring, for the build, which has no browser: label widths in the
 * reference font, times `widthFactor` to stand for wider or narrower fonts.
 */
export function referenceMeasure(widthFactor: number): TextMeasureContext {
  const context = {
    font: "13px sans-serif",
    measureText(text: string) {
      const px = Number(FONT_PX.exec(context.font)?.[1] ?? 13);
      let units = 0;
      for (const character of text) units += advanceOf.get(character) ?? OTHER;
      return { width: ((units * px) / UNITS_PER_EM) * widthFactor };
    },
  };
  return context as TextMeasureContext;
}
