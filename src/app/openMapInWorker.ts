import type { CareerGraph } from "../domain/careerGraph.ts";
import type { ValidationResult } from "../domain/format/validationError.ts";

/**
 * Opens picked map files in a worker (mapWorker.ts, loaded with the first file opened: the first view opens
 * none). Never throws.
 */
export async function openMapInWorker(files: readonly File[]): Promise<ValidationResult<CareerGraph>> {
  try {
    const { readInWorker } = await import("./mapWorker.ts");
    return readInWorker(files);
  } catch {
    return {
      ok: false,
      errors: [
        { path: "(the app)", message: "the part that reads map files could not be loaded; reload the page." },
      ],
    };
  }
}
