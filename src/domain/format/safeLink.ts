/**
 * Whether text is an absolute http, https or mailto link, by the URL parser. Kept apart from the schema so
 * that showing a link does not load the validator (docs/decisions/0014-large-maps.md).
 */
export function isSafeLink(value: string): boolean {
  if (!/^(https?|mailto):/i.test(value.trim())) return false;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" || url.protocol === "mailto:";
  } catch {
    return false;
  }
}
