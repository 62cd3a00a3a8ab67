import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
// First, so that the features' own stylesheets come after the shared controls and win where they differ.
import "./ui/look/tokens.css";
import "./ui/controls.css";
import { App } from "./app/App.tsx";
import "./app/app.css";
import { fetchBundledMap } from "./app/bundledMap.ts";
import { startThemeSync } from "./app/themeSync.ts";

// The benchmark reads these marks (scripts/bench/firstDraw.ts): where the time to the first drawn map goes.
performance.mark("career-map:scripts-run");
startThemeSync();

const root = document.getElementById("root");
if (root) {
  // The map comes as data (preloaded by index.html while the scripts load); the page starts with it.
  void fetchBundledMap().then(() => {
    performance.mark("career-map:map-fetched");
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}
