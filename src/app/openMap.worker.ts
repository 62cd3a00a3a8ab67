import type { CareerGraph } from "../domain/careerGraph.ts";
import type { ValidationResult } from "../domain/format/validationError.ts";
import type { CareerLayout } from "../domain/layout/types.ts";
import { readMapFiles } from "../features/map-file/readMapFile.ts";
import { offscreenMeasureContext } from "../graph-view/offscreenMeasure.ts";
import { layoutWithLabels } from "../graph-view/placeCareerMap.ts";

/** What the worker sends back: the checked map and, when it could measure labels here, its layout. */
export interface OpenedMap {
  readonly result: ValidationResult<CareerGraph>;
  readonly layout: CareerLayout | null;
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<readonly File[]>) => void) | null;
  postMessage(message: OpenedMap): void;
};

/**
 * Reads, checks and lays out the picked map file off the main thread, so the page stays responsive while a
 * map of thousands of nodes opens (docs/decisions/0014-large-maps.md). Labels are measured on an
 * OffscreenCanvas; where there is none, the page lays the map out itself.
 */
scope.onmessage = async (event) => {
  const result = await readMapFiles(event.data);
  const context = result.ok ? offscreenMeasureContext() : null;
  const layout = result.ok && context ? layoutWithLabels(result.value, context) : null;
  scope.postMessage({ result, layout });
};
