import type { CareerGraph } from "../../domain/careerGraph.ts";
import { mapKey } from "../../domain/plan/mapIdentity.ts";
import { useAppStore } from "../../store/appStore.ts";
import type { KeyValueStore } from "../storage/browserStorage.ts";
import { KEPT_MAP_KEY, readKeptMap } from "../storage/keptMap.ts";
import { planKey } from "../storage/planStorage.ts";
import { storedReadersLoaded } from "../storage/storedReaders.ts";

/** Whether the start has something stored to read first: a map kept from last time, or the bundled map's plan. */
export function startNeedsReaders(storage: KeyValueStore | null, bundled: CareerGraph | null): boolean {
  if (storage === null || storedReadersLoaded()) return false;
  const has = (key: string) => {
    try {
      return storage.getItem(key) !== null;
    } catch {
      return false;
    }
  };
  return has(KEPT_MAP_KEY) || (bundled !== null && has(planKey(mapKey(bundled, bundled))));
}

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
