import type { CareerGraph } from "../domain/careerGraph.ts";
import type { CareerLayout } from "../domain/layout/types.ts";
import { offscreenMeasureContext } from "./offscreenMeasure.ts";
import { layoutWithLabels } from "./placeCareerMap.ts";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CareerGraph>) => void) | null;
  postMessage(message: CareerLayout | null): void;
};

/** Lays an edited big map out off the main thread (layOutElsewhere.ts); null where labels cannot be measured. */
scope.onmessage = (event) => {
  const context = offscreenMeasureContext();
  scope.postMessage(context ? layoutWithLabels(event.data, context) : null);
};
