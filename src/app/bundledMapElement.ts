/** The id of the data block in the built index.html that holds the bundled map (scripts/checkBundledMap.ts). */
export const BUNDLED_MAP_ELEMENT = "career-map-data";

/**
 * The map's JSON as the text of that block. Every "<" is escaped, so no text in the map can end the
 * element or open a comment there; JSON.parse reads the escape back as "<".
 */
export function asDataBlockText(json: string): string {
  return JSON.stringify(JSON.parse(json)).replaceAll("<", "\\u003c");
}
