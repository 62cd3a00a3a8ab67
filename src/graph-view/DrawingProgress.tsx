/**
 * Shown over the map while a large map is laid out (`done` null: no measure of progress) or while its
 * elements go in (`done` from 0 to 1; docs/decisions/0021-opening-big-maps-in-slices.md).
 */
export function DrawingProgress({ nodes, done }: { readonly nodes: number; readonly done: number | null }) {
  const count = nodes.toLocaleString("en");
  return (
    <p className="map-drawing" role="status">
      {done === null ? (
        <progress aria-label="Laying out the map" />
      ) : (
        <progress aria-label="Drawing the map" max={100} value={Math.round(done * 100)} />
      )}{" "}
      {done === null ? "Laying out" : "Drawing"} {count} positions and credentials…
    </p>
  );
}
