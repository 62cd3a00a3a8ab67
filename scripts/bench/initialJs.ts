import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/**
 * Bytes of JavaScript the first view loads, gzipped at level 9: the entry script and every module
 * index.html preloads. Chunks loaded on first use (export, file reading) are not counted.
 */
export function initialJsGzipBytes(dist: string): number {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const files = new Set<string>();
  for (const match of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g))
    files.add(match[1] ?? "");
  for (const match of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g))
    files.add(match[1] ?? "");
  let total = 0;
  for (const file of files) {
    if (!file.endsWith(".js")) continue;
    total += gzipSync(readFileSync(join(dist, file.replace(/^\//, ""))), { level: 9 }).length;
  }
  return total;
}

/** Bytes as decimal kilobytes (the unit of issue 11's target) with kibibytes beside them. */
export function formatKb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB (${(bytes / 1024).toFixed(1)} KiB)`;
}
