/** A position the edit tests add to a map. */
export const AUDITOR = {
  id: "auditor",
  kind: "position",
  label: "Auditor",
  level: "advanced",
  summary: "Audits.",
  source: "https://example.org/a",
} as const;
