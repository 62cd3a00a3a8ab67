/**
 * How large an image this app will try to draw. Browsers cap canvas size and, past the cap, hand back an
 * empty image without an error (Chromium: 65,535 px a side and 16,384² px in all; Firefox: 32,767 a side;
 * Safari on macOS 16,384 a side; iOS Safari 4,096² in all). The limits below stay under every desktop cap
 * with room to spare, and keep one RGBA buffer at or under 512 MiB: an export holds up to three buffers of
 * this size at once (Cytoscape's, the decoded bitmap and the composed image). A phone may still refuse a
 * smaller image; the exporter then reports the failure instead of saving an empty file.
 */
export const CANVAS_LIMITS = {
  /** The longest side in pixels. */
  maxSide: 16_384,
  /** The most pixels in all: 16,384 × 8,192. */
  maxArea: 16_384 * 8_192,
} as const;

/** The scales the export menu offers. */
export const EXPORT_SCALES = [1, 2, 4] as const;

export type CanvasCheck = { readonly fits: true } | { readonly fits: false; readonly reason: string };

const px = (value: number) => `${Math.round(value).toLocaleString("en-US")} px`;

/**
 * Whether an image of this size can be drawn, and if not a reason a person can act on. Sizes are in output
 * pixels; zero or negative sizes do not fit (there is nothing to draw).
 */
export function checkCanvasSize(width: number, height: number): CanvasCheck {
  if (!(width >= 1 && height >= 1)) return { fits: false, reason: "There is nothing to draw in this area." };
  const side = Math.max(width, height);
  if (side > CANVAS_LIMITS.maxSide) {
    return {
      fits: false,
      reason: `${px(width)} × ${px(height)} is too large: browsers draw at most ${px(CANVAS_LIMITS.maxSide)} a side. Choose a smaller scale or SVG.`,
    };
  }
  if (width * height > CANVAS_LIMITS.maxArea) {
    const megapixels = Math.round(CANVAS_LIMITS.maxArea / 1_000_000);
    return {
      fits: false,
      reason: `${px(width)} × ${px(height)} is too large: browsers draw at most about ${megapixels} million pixels. Choose a smaller scale or SVG.`,
    };
  }
  return { fits: true };
}

/**
 * The largest of `scales` at which an image whose size at scale 1 is `width` × `height` still fits, or
 * null when none does.
 */
export function largestFittingScale(
  width: number,
  height: number,
  scales: readonly number[] = EXPORT_SCALES,
): number | null {
  const fitting = scales.filter(
    (scale) => checkCanvasSize(Math.ceil(width) * scale, Math.ceil(height) * scale).fits,
  );
  return fitting.length > 0 ? Math.max(...fitting) : null;
}
