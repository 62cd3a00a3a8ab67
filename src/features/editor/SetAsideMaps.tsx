import { useState } from "react";
import type { CareerGraph } from "../../domain/careerGraph.ts";
import { useAppStore } from "../../store/appStore.ts";
import { saveMapAs } from "./saveMapAs.ts";
import "./editor.css";

/** Each map object keeps one key: titles repeat, and a map may be set aside, reopened and set aside again. */
const keys = new WeakMap<CareerGraph, number>();
let nextKey = 0;
function keyOf(graph: CareerGraph): number {
  let key = keys.get(graph);
  if (key === undefined) {
    key = nextKey++;
    keys.set(graph, key);
  }
  return key;
}

/**
 * Edited maps that another map replaced before they were saved (the store sets them aside): each can be
 * reopened, saved as a file, or let go. Nothing edited is lost by opening a map.
 */
export function SetAsideMaps() {
  const maps = useAppStore((state) => state.setAsideMaps);
  const reopen = useAppStore((state) => state.reopenSetAsideMap);
  const dismiss = useAppStore((state) => state.dismissSetAsideMap);
  const [failure, setFailure] = useState<string | null>(null);
  if (maps.length === 0) return null;
  const save = (graph: CareerGraph) =>
    saveMapAs(graph, "json").then(
      () => {
        setFailure(null);
        dismiss(graph);
      },
      () => setFailure(`${graph.title} could not be saved. Try again, or reopen it and use Save as….`),
    );
  return (
    <section className="notice-banner" aria-label="Edited maps set aside">
      {maps.map((graph) => (
        // Each button names its map: with two maps set aside, a screen reader's list of buttons tells them apart.
        <p key={keyOf(graph)} role="status">
          Your edits to “{graph.title}” were not saved, so the edited map was set aside when another map
          opened.{" "}
          <span className="set-aside-actions">
            <button
              type="button"
              className="link-button"
              aria-label={`Reopen the edited map “${graph.title}”`}
              onClick={() => reopen(graph)}
            >
              Reopen the edited map
            </button>
            <button
              type="button"
              className="link-button"
              aria-label={`Save it as a file: “${graph.title}”`}
              onClick={() => void save(graph)}
            >
              Save it as a file
            </button>
            <button
              type="button"
              className="link-button"
              aria-label={`Discard the edits to “${graph.title}”`}
              onClick={() => dismiss(graph)}
            >
              Discard the edits
            </button>
          </span>
        </p>
      ))}
      {failure === null ? null : <p role="alert">{failure}</p>}
    </section>
  );
}
