/** Shown over the map while a large map's elements go in (docs/decisions/0021-opening-big-maps-in-slices.md). */
export function DrawingProgress({ nodes, done }: { readonly nodes: number; readonly done: number }) {
  return (
    <p className="map-drawing" role="status">
      <progress aria-label="Drawing the map" max={100} value={Math.round(done * 100)} /> Drawing{" "}
      {nodes.toLocaleString("en")} positions and credentials…
    </p>
  );
}
