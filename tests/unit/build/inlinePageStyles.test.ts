import { createHash } from "node:crypto";
import type { IndexHtmlTransformContext, IndexHtmlTransformHook, Plugin } from "vite";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, policyFor } from "../../../scripts/csp.ts";
import { inlinePageStyles, inlineStyleHashes } from "../../../scripts/inlinePageStyles.ts";

const CSS = ".app-header{display:flex}";
const PAGE = '<head><link rel="stylesheet" crossorigin href="/assets/style-abc.css"></head><body></body>';

type Bundle = NonNullable<IndexHtmlTransformContext["bundle"]>;
const bundleWith = (source: string | Uint8Array): Bundle =>
  ({
    "assets/style-abc.css": { type: "asset", fileName: "assets/style-abc.css", source },
  }) as unknown as Bundle;

/** Calls a plugin's index.html handler as Vite's build does. */
function transform(plugin: Plugin, html: string, bundle: Bundle) {
  const hook = plugin.transformIndexHtml as { handler: IndexHtmlTransformHook };
  return hook.handler.call({} as never, html, { path: "/index.html", filename: "index.html", bundle });
}

describe("the page's stylesheet written into index.html", () => {
  it("replaces the link by a style element with the file's text, and the file is not written", async () => {
    const plugin = inlinePageStyles();
    const bundle = bundleWith(new TextEncoder().encode(CSS));
    expect(await transform(plugin, PAGE, bundle)).toBe(`<head><style>${CSS}</style></head><body></body>`);
    (plugin.generateBundle as (options: unknown, bundle: Bundle) => void).call({}, {}, bundle);
    expect(Object.keys(bundle)).toEqual([]);
  });

  it("fails the build rather than write a stylesheet that would end its element early", async () => {
    const plugin = inlinePageStyles();
    await expect(async () =>
      transform(plugin, PAGE, bundleWith('.a::after{content:"</style>"}')),
    ).rejects.toThrow(/<\/style/);
    await expect(async () => transform(plugin, PAGE, {} as Bundle)).rejects.toThrow(/did not make/);
  });
});

describe("the content security policy", () => {
  it("allows each inline style of the page by its hash, and no inline style else", async () => {
    const html = `<head><style>${CSS}</style></head>`;
    const hash = `'sha256-${createHash("sha256").update(CSS).digest("base64")}'`;
    expect(inlineStyleHashes(html)).toEqual([hash]);
    const tags = await transform(contentSecurityPolicy(), html, {} as Bundle);
    const policy = JSON.stringify(tags);
    expect(policy).toContain(`style-src 'self' ${hash} 'sha256-`);
    expect(policy).not.toContain("unsafe-inline");
    expect(policyFor([])).toMatch(/style-src 'self' 'sha256-[^ ;]+'; /);
  });
});
