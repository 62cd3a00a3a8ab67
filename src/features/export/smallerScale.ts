import { type ExportPlan, LARGE_FILE_BYTES } from "../../ui/mapExporter.ts";
import type { SmallerScale } from "./ExportSize.tsx";

/**
 * The scale to offer instead of `scale` when its file is large: the largest smaller scale whose file is
 * not large, or else the smallest that fits. Null when there is no smaller scale that fits.
 */
export function smallerScale(
  plans: ReadonlyMap<number, ExportPlan>,
  offered: readonly number[],
  scale: number,
): SmallerScale | null {
  const below = offered
    .filter((value) => value < scale)
    .map((value) => ({ scale: value, plan: plans.get(value) }))
    .filter((entry): entry is SmallerScale => entry.plan?.fits === true)
    .sort((a, b) => b.scale - a.scale);
  return below.find((entry) => entry.plan.estimatedBytes <= LARGE_FILE_BYTES) ?? below.at(-1) ?? null;
}
