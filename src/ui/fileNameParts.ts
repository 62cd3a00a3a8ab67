/** The local calendar date as YYYY-MM-DD: a file saved late in the evening carries that evening's date. */
export function localDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A label as a file-name part: lower-case ASCII letters and digits joined by hyphens, accents dropped, at
 * most `max` characters cut at a hyphen. Text with nothing usable (emoji, scripts without Latin letters)
 * gives `fallback`, so a name never ends up empty or hidden (a leading dot).
 */
export function slugify(text: string, fallback: string, max = 40): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug === "") return fallback;
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, max)).replace(/-+$/g, "");
}
