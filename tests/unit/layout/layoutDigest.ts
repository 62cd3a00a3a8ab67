import type { CareerLayout } from "../../../src/domain/layout/types.ts";

/** FNV-1a over bytes: a short, stable fingerprint; collisions do not matter for a regression pin. */
function fnv1a(bytes: Uint8Array, hash = 0x811c9dc5): number {
  let h = hash;
  for (const byte of bytes) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return h;
}

/**
 * A fingerprint of everything a layout gives the view, every number by its exact bits (so a change in the
 * last bit of one position changes it): ids, positions, sizes, bands, width, height and title strip.
 */
export function layoutDigest(layout: CareerLayout): string {
  const numbers: number[] = [layout.width, layout.height, layout.titleHeight];
  const text: string[] = [];
  for (const [id, point] of layout.positions) {
    const size = layout.sizes.get(id);
    text.push(id);
    numbers.push(point.x, point.y, size?.width ?? Number.NaN, size?.height ?? Number.NaN);
  }
  for (const band of layout.bands) {
    text.push(band.levelId, band.label);
    numbers.push(band.x, band.width);
  }
  const hash = fnv1a(new Uint8Array(Float64Array.from(numbers).buffer));
  return fnv1a(new TextEncoder().encode(text.join("\u0000")), hash)
    .toString(16)
    .padStart(8, "0");
}
