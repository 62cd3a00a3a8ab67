import type { CareerGraph } from "../domain/careerGraph.ts";
import type { CareerLayout } from "../domain/layout/types.ts";
import { trustedWorkerUrl } from "../ui/trustedWorkerUrl.ts";
import workerUrl from "./layout.worker.ts?worker&url";

/**
 * The ladder layout of a graph, computed in a worker of its own; null when no worker can do it (none in
 * this browser, no OffscreenCanvas to measure labels, or it failed), and the page then lays the map out.
 */
export function layOutElsewhere(graph: CareerGraph): Promise<CareerLayout | null> {
  if (typeof Worker !== "function") return Promise.resolve(null);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(trustedWorkerUrl(workerUrl), { type: "module", name: "lay-out-map" });
    } catch {
      resolve(null);
      return;
    }
    worker.onmessage = (event: MessageEvent<CareerLayout | null>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = () => {
      worker.terminate();
      resolve(null);
    };
    worker.postMessage(graph);
  });
}
