/** A stored ISO timestamp as a date people read, e.g. "29 Nov 2026"; the raw text if it is not a date. */
export function formatPlanDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" });
}
