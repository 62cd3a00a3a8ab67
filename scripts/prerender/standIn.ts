/**
 * The page React rendered on the server, made the stand-in until React runs (prerenderFirstView.ts): inert,
 * without inline styles (the policy allows none; the ones the first view has hold no layout), with a
 * loading line in the empty map box and a status line outside the inert part. Throws when the page no
 * longer has the shape the early map is drawn into (src/app/firstView.ts).
 */
export function asStandIn(rendered: string): string {
  const page = rendered.replace(/ style="[^"]*"/g, "");
  if (!page.startsWith('<div class="app">')) throw new Error("The prerendered page does not start with .app");
  const hint = '<p class="app-starting first-view-hint" aria-hidden="true">Loading the career map…</p>';
  const box = '<div class="map-canvas"></div>';
  if (!page.includes(box)) throw new Error("The prerendered page has no empty map box");
  return (
    '<p class="visually-hidden first-view-status" role="status">Loading the career map…</p>' +
    '<noscript><p class="app-starting">Career Map needs JavaScript to draw the map and answer questions about it.</p></noscript>' +
    page
      .replace('<div class="app">', '<div class="app" inert="" data-first-view="">')
      .replace(box, `<div class="map-canvas">${hint}</div>`)
  );
}
