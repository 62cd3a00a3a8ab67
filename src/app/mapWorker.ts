import type { CareerGraph } from "../domain/careerGraph.ts";
import type { ValidationResult } from "../domain/format/validationError.ts";
import { rememberLayout } from "../graph-view/placeCareerMap.ts";
import type { OpenedMap } from "./openMap.worker.ts";
import workerUrl from "./openMap.worker.ts?worker&url";

interface TrustedTypesWindow {
  trustedTypes?: {
    createPolicy(
      name: string,
      rules: { createScriptURL(url: string): string },
    ): {
      createScriptURL(url: string): unknown;
    };
  };
}

/**
 * The page's Trusted Types policy allows one script URL sink: this app's own worker script, same origin
 * (scripts/csp.ts). Without Trusted Types in the browser the URL goes as it is.
 */
let policy: { createScriptURL(url: string): unknown } | null = null;
function trustedWorkerUrl(url: string): string | URL {
  const tt = (window as unknown as TrustedTypesWindow).trustedTypes;
  if (!tt) return url;
  policy ??= tt.createPolicy("career-map-worker", {
    createScriptURL: (value) => {
      const resolved = new URL(value, window.location.href);
      if (resolved.origin !== window.location.origin) throw new Error("worker script from elsewhere");
      return resolved.href;
    },
  });
  return policy.createScriptURL(url) as string;
}

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
  return opened.result;
}
