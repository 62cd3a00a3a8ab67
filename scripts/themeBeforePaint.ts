import { createHash } from "node:crypto";
import type { HtmlTagDescriptor, Plugin } from "vite";
import { DARK_QUERY, THEME_STORAGE_KEY } from "../src/app/themeKeys.ts";

/**
 * Marks the page with the theme before its first paint, as the app does once its scripts run
 * (src/app/themeSync.ts): the remembered choice, else the system's. Without it a dark-mode visitor sees a
 * white page until then. Inline, as a script file would hold the first paint back by a request; the
 * policy allows exactly this text by its hash (scripts/csp.ts).
 */
export const THEME_SCRIPT = `(function(){var t=null;try{t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)})}catch(e){}if(t!=="light"&&t!=="dark")t=window.matchMedia&&matchMedia(${JSON.stringify(DARK_QUERY)}).matches?"dark":"light";document.documentElement.dataset.theme=t})()`;

/** The script's hash for the policy's script-src. */
export const THEME_SCRIPT_HASH = `'sha256-${createHash("sha256").update(THEME_SCRIPT).digest("base64")}'`;

export function themeBeforePaint(): Plugin {
  const tag: HtmlTagDescriptor = { tag: "script", children: THEME_SCRIPT, injectTo: "head" };
  return { name: "career-map-theme-before-paint", transformIndexHtml: () => [tag] };
}
