/**
 * Limits on a career map file. They keep a hand-written or hostile file from freezing the page
 * (docs/reliability.md R6) while leaving ample room for real maps.
 */
export const LIMITS = {
  fileBytes: 10 * 1024 * 1024,
  nodes: 5_000,
  edges: 20_000,
  levels: 12,
  issuers: 50,
  idLength: 200,
  labelLength: 120,
  nameLength: 200,
  titleLength: 200,
  summaryLength: 2_000,
  factLength: 500,
  urlLength: 2_000,
  listItems: 30,
} as const;

/** The file format version this app reads and writes. */
export const FORMAT_VERSION = 2;
