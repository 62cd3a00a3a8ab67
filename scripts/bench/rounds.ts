import { median } from "./timing.ts";

export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

interface Timed {
  readonly ms: number;
  readonly longest: number;
}

/** What one round measures on either page; times in milliseconds. */
export interface BareRound {
  readonly openMs: number;
  readonly openLongestTaskMs: number;
  /** The task that drew the first frame, and the longest of the others while opening. */
  readonly openFirstFrameTaskMs: number;
  readonly openOtherLongestTaskMs: number;
  readonly domNodes: number;
  readonly hover: Timed;
  readonly click: { readonly mapMs: number; readonly panelMs: number; readonly longest: number };
  readonly clear: Timed;
  readonly route: Timed & { readonly ids: readonly string[] };
  readonly frameMs: number;
}

export type AppRound = BareRound;

const FIGURES: Record<string, (round: BareRound) => number> = {
  openMs: (r) => r.openMs,
  openLongestTaskMs: (r) => r.openLongestTaskMs,
  openFirstFrameTaskMs: (r) => r.openFirstFrameTaskMs,
  openOtherLongestTaskMs: (r) => r.openOtherLongestTaskMs,
  hoverMs: (r) => r.hover.ms,
  clickPanelMs: (r) => r.click.panelMs,
  clickMapMs: (r) => r.click.mapMs,
  clearMs: (r) => r.clear.ms,
  routeMs: (r) => r.route.ms,
  frameMs: (r) => r.frameMs,
  interactionLongestTaskMs: (r) =>
    Math.max(r.hover.longest, r.click.longest, r.clear.longest, r.route.longest),
  domNodes: (r) => r.domNodes,
};

const round1 = (value: number) => Math.round(value * 10) / 10;

export function spreadOf(values: readonly number[]): Spread {
  const known = values.filter((v) => !Number.isNaN(v));
  if (known.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN };
  return { median: round1(median(known)), min: round1(Math.min(...known)), max: round1(Math.max(...known)) };
}

/** Median, min and max of each figure over the rounds. */
export function spread(rounds: readonly BareRound[]): Record<string, Spread> {
  return Object.fromEntries(
    Object.entries(FIGURES).map(([name, pick]) => [name, spreadOf(rounds.map(pick))]),
  );
}
