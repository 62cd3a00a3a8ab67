// First, so that the features' own stylesheets come after the shared controls and win where they differ.
import "./ui/look/tokens.css";
import "./ui/controls.css";
import "./app/app.css";
import { loadBundledMap, readBundledMap } from "./app/bundledMap.ts";
import { drawFirstView, sayStartFailed } from "./app/firstView.ts";
import { startThemeSync } from "./app/themeSync.ts";

// The benchmark reads these marks (scripts/bench/firstDraw.ts): where the time to the first drawn map goes.
performance.mark("career-map:scripts-run");
startThemeSync();

const root = document.getElementById("root");
if (root) {
  // The map comes as data (a block in the built index.html; fetched on the dev server). It is drawn into the
  // prerendered page first; React is loaded after that frame and takes the page over (0028 says why not sooner).
  void readBundledMap().then(() => {
    performance.mark("career-map:map-read");
    drawFirstView(loadBundledMap(), () => {
      import("./app/mountApp.tsx").then(({ mountApp }) => mountApp(root), sayStartFailed);
    });
  });
}
