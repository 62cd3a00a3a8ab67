import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
// First, so that the features' own stylesheets come after the shared controls and win where they differ.
import "./ui/look/tokens.css";
import "./ui/controls.css";
import { App } from "./app/App.tsx";
import "./app/app.css";
import { startThemeSync } from "./app/themeSync.ts";

startThemeSync();

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
