/**
 * Reading parsed JSON of unknown shape without trusting it. The meaning checks run on the file as it is,
 * beside the shape checks, so one pass reports every problem; a field of the wrong shape reads as
 * absent here (the shape check has already named it).
 */
export type Loose = Readonly<Record<string, unknown>>;

export function asRecord(value: unknown): Loose | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Loose) : undefined;
}

export function asList(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asText(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export function asNumber(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** The records of a top-level list such as `nodes`, each with its index; non-records are skipped. */
export function records(raw: Loose, key: string): { item: Loose; index: number }[] {
  const out: { item: Loose; index: number }[] = [];
  asList(raw[key]).forEach((value, index) => {
    const item = asRecord(value);
    if (item) out.push({ item, index });
  });
  return out;
}

/** Text from the data, quoted for a message and cut to a readable length. */
export const quote = (value: string): string =>
  JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
