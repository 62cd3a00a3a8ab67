import type { CareerGraph } from "../domain/careerGraph.ts";
import type { ValidationResult } from "../domain/format/validationError.ts";
import { rememberLayout } from "../graph-view/placeCareerMap.ts";
import { trustedWorkerUrl } from "../ui/trustedWorkerUrl.ts";
import type { OpenedMap } from "./openMap.worker.ts";
import workerUrl from "./openMap.worker.ts?worker&url";
import { prepareToShow } from "./prepareToShow.ts";

function inWorker(files: readonly File[]): Promise<OpenedMap> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(trustedWorkerUrl(workerUrl), { type: "module", name: "open-map" });
    worker.onmessage = (event: MessageEvent<OpenedMap>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage(files);
  });
}

/**
 * Reads and checks a picked career map file, and lays it out, in a worker; the page only draws it. If the
 * worker cannot start, the same reading runs on the page. Never throws.
 */
export async function readInWorker(files: readonly File[]): Promise<ValidationResult<CareerGraph>> {
  const opened = await inWorker(files).catch(() => null);
  if (opened === null) {
    const { readMapFiles } = await import("../features/map-file/readMapFile.ts");
    return readMapFiles(files);
  }
  if (opened.result.ok && opened.layout) rememberLayout(opened.result.value, opened.layout);
  // The map goes into the store in a task of its own, apart from reading the worker's message.
  if (opened.result.ok) await prepareToShow(opened.result.value);
  return opened.result;
}
