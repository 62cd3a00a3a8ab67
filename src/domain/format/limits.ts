/**
 * True only in the benchmark's build (scripts/bench/bigMap.ts sets BENCH_BIG_MAPS, vite.config.ts defines
 * it), so that maps past the limits can be measured (docs/decisions/0021-opening-big-maps-in-slices.md).
 */
declare const __BENCH_BIG_MAPS__: boolean | undefined;
const SCALE = typeof __BENCH_BIG_MAPS__ === "boolean" && __BENCH_BIG_MAPS__ ? 4 : 1;

/**
 * Limits on a career map file. They keep a hand-written or hostile file from freezing the page
 * (docs/reliability.md R6) while leaving ample room for real maps.
 */
export const LIMITS = {
  fileBytes: SCALE * 10 * 1024 * 1024,
  nodes: SCALE * 5_000,
  edges: SCALE * 20_000,
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
