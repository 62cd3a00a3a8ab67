/** How many edit-distance searches one validation may make, so a hostile file stays cheap to reject. */
const DISTANCE_BUDGET = 50;
const normalise = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/** Edit distance with a ceiling: returns `max + 1` as soon as the distance must exceed `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/**
 * Finds the known value a person most likely meant: same letters in another case or spacing first
 * ("AAPC" → "aapc", "Prepares For" → "prepares-for"), then a close spelling ("credentail").
 */
export class Suggester {
  private readonly byNormal = new Map<string, string>();
  private budget = { left: DISTANCE_BUDGET };

  constructor(candidates: readonly string[], budget?: { left: number }) {
    if (budget) this.budget = budget;
    for (const candidate of candidates) {
      const key = normalise(candidate);
      if (key && !this.byNormal.has(key)) this.byNormal.set(key, candidate);
    }
  }

  /** The closest candidate, or undefined when none is near enough to be a likely typo. */
  closest(value: string): string | undefined {
    const normal = normalise(value);
    const same = this.byNormal.get(normal);
    if (same !== undefined) return same === value ? undefined : same;
    if (this.budget.left <= 0 || normal.length < 3) return undefined;
    this.budget.left--;
    const max = Math.max(1, Math.floor(normal.length / 4));
    let best: string | undefined;
    let bestDistance = max + 1;
    for (const [key, candidate] of this.byNormal) {
      const d = distance(normal, key, bestDistance - 1);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  /** " Did you mean "x"?" or nothing, to end a message with. */
  hint(value: string): string {
    const match = this.closest(value);
    return match === undefined ? "" : ` Did you mean ${JSON.stringify(match)}?`;
  }
}

/** A shared budget for all the suggesters of one validation. */
export const newBudget = (): { left: number } => ({ left: DISTANCE_BUDGET });
