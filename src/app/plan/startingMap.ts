import type { CareerGraph } from "../../domain/careerGraph.ts";
import { useAppStore } from "../../store/appStore.ts";
import type { KeyValueStore } from "../storage/browserStorage.ts";
import { readKeptMap } from "../storage/keptMap.ts";

/** The map to show first: the person's own map kept from last time, else the bundled one. */
export function startingMap(storage: KeyValueStore | null, bundled: CareerGraph | null): CareerGraph | null {
  const kept = readKeptMap(storage, new Date().toISOString());
  if (kept.kind === "map") return kept.graph;
  if (kept.kind === "unreadable") {
    const where =
      kept.backedUpTo === null
        ? ""
        : ` The saved copy is kept in this browser’s storage under “${kept.backedUpTo}”.`;
    useAppStore
      .getState()
      .showMapNotice(
        `The map you opened last time couldn’t be reopened (${kept.reason}), so the bundled map is shown. Open your file again.${where}`,
      );
  }
  return bundled;
}
