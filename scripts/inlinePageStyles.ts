import { createHash } from "node:crypto";
import type { Plugin } from "vite";

/** A stylesheet link as Vite writes it into the built index.html. */
const STYLESHEET_LINK = /<link rel="stylesheet" crossorigin href="\/(assets\/[^"]+\.css)">/g;
const STYLE_ELEMENT = /<style>([\s\S]*?)<\/style>/g;

/** The policy's source expression for an inline style element with this text (scripts/csp.ts). */
function styleHash(css: string): string {
  return `'sha256-${createHash("sha256").update(css).digest("base64")}'`;
}

/** The hashes of every `<style>` element in a page, for the policy's style-src. */
export function inlineStyleHashes(html: string): string[] {
  return [...html.matchAll(STYLE_ELEMENT)].map((match) => styleHash(match[1] ?? ""));
}

/**
 * Writes the page's stylesheet into index.html as a `<style>` element instead of linking it. A linked
 * stylesheet holds the first paint and the entry script back until it has arrived, and the entry script
 * draws the map (docs/decisions/0028-inline-page-styles.md). The build makes one stylesheet for the whole
 * app (`cssCodeSplit: false`), so no chunk loads a stylesheet of its own later. The file is not written.
 */
export function inlinePageStyles(): Plugin {
  const inlined = new Set<string>();
  return {
    name: "career-map-inline-page-styles",
    apply: "build",
    enforce: "post",
    transformIndexHtml: {
      order: "post",
      handler: (html, context) =>
        html.replaceAll(STYLESHEET_LINK, (_link, file: string) => {
          const asset = context.bundle?.[file];
          if (asset?.type !== "asset")
            throw new Error(`index.html links ${file}, which the build did not make`);
          const css =
            typeof asset.source === "string" ? asset.source : new TextDecoder().decode(asset.source);
          // The element's text ends at the first "</style"; a stylesheet holding one cannot be inlined.
          if (/<\/style/i.test(css)) throw new Error(`${file} holds "</style" and cannot be written inline`);
          inlined.add(file);
          return `<style>${css}</style>`;
        }),
    },
    generateBundle(_options, bundle) {
      for (const file of inlined) delete bundle[file];
    },
  };
}
