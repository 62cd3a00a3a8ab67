/**
 * The one breakpoint: at or below this width the page is a phone layout (header in rows, details as a
 * bottom sheet, route finder as a sheet over the map). CSS cannot read a constant, so every stylesheet
 * writes the same number in its media query; tests/unit/ui/breakpoint.test.ts fails if one differs.
 */
export const NARROW_SCREEN_MAX = 760;

export const NARROW_SCREEN_QUERY = `(max-width: ${NARROW_SCREEN_MAX}px)`;

/** Whether the window is a phone layout now; false where there is no matchMedia (jsdom). */
export const isNarrowScreen = (): boolean =>
  typeof window !== "undefined" &&
  typeof window.matchMedia === "function" &&
  window.matchMedia(NARROW_SCREEN_QUERY).matches;

/**
 * Above this width the header is one row and the legend starts open: there is room for both beside the
 * map. Between the two breakpoints the search takes a row of its own and the legend starts folded.
 */
export const ROOMY_SCREEN_MIN = 1181;

/** Whether the window has room for the open legend under the map; false without matchMedia (jsdom). */
export const isRoomyScreen = (): boolean =>
  !(typeof window !== "undefined" && typeof window.matchMedia === "function") ||
  window.matchMedia(`(min-width: ${ROOMY_SCREEN_MIN}px)`).matches;
