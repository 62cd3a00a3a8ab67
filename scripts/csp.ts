import type { Plugin } from "vite";
import { THEME_SCRIPT_HASH } from "./themeBeforePaint.ts";

/**
 * The strict policy from docs/reliability.md, added to index.html only in the production build:
 * the dev server injects inline styles and scripts that the policy would block.
 * The style hash allows the one rule Cytoscape injects into the page; the script hash, the theme script
 * that runs before the first paint (themeBeforePaint.ts).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${THEME_SCRIPT_HASH}`,
  "style-src 'self' 'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='",
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

export function contentSecurityPolicy(): Plugin {
  return {
    name: "career-map-csp",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: () => [
        {
          tag: "meta",
          attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
          injectTo: "head-prepend",
        },
      ],
    },
  };
}
