/**
 * Where the person's theme choice is kept and how the system's is asked: read by the app (themeSync.ts)
 * and, before the first paint, by the small script the build puts in index.html (scripts/themeBeforePaint.ts).
 */
export const THEME_STORAGE_KEY = "career-map:theme";
export const DARK_QUERY = "(prefers-color-scheme: dark)";
