import type { Plugin } from "vite";
import { inlineStyleHashes } from "./inlinePageStyles.ts";
import { THEME_SCRIPT_HASH } from "./themeBeforePaint.ts";

/** The one rule Cytoscape injects into the page. */
const CYTOSCAPE_STYLE_HASH = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='";

/**
 * The strict policy from docs/reliability.md, added to index.html only in the production build:
 * the dev server injects inline styles and scripts that the policy would block.
 * Inline styles are allowed by their hashes: the page's own stylesheet, written into the page
 * (inlinePageStyles.ts), and Cytoscape's rule. Inline scripts too: the theme script that runs before the
 * first paint (themeBeforePaint.ts).
 */
export function policyFor(pageStyleHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${THEME_SCRIPT_HASH}`,
    ["style-src 'self'", ...pageStyleHashes, CYTOSCAPE_STYLE_HASH].join(" "),
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "worker-src 'self' blob:",
    // `?map=` links fetch a career map from any https host that allows it (CORS); never plain http elsewhere.
    "connect-src 'self' https:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    // One policy, for the app's own worker script URLs (src/ui/trustedWorkerUrl.ts).
    "trusted-types career-map-worker",
  ].join("; ");
}

/** Runs after every other change to index.html, so it sees each inline style the page ends up with. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: "career-map-csp",
    apply: "build",
    enforce: "post",
    transformIndexHtml: {
      order: "post",
      handler: (html) => [
        {
          tag: "meta",
          attrs: { "http-equiv": "Content-Security-Policy", content: policyFor(inlineStyleHashes(html)) },
          injectTo: "head-prepend",
        },
      ],
    },
  };
}
