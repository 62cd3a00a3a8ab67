/** The finished image's size, background and file type, sent before its parts. */
export interface ImageFrame {
  readonly width: number;
  readonly height: number;
  /** The theme's background behind everything, or null for a transparent PNG. */
  readonly background: string | null;
  readonly type: "image/png" | "image/jpeg";
}

/** A part of the image, drawn on the page, and its top-left place in whole output pixels. */
export interface ImagePart {
  readonly image: ImageBitmap;
  readonly x: number;
  readonly y: number;
}

export type ComposeMessage =
  | ({ readonly kind: "frame" } & ImageFrame)
  | ({ readonly kind: "part" } & ImagePart)
  | { readonly kind: "encode" };

export type ComposeReply = { readonly blob: Blob } | { readonly error: string };

const TOO_LARGE = "The browser could not draw an image this large. Choose a smaller scale, or SVG.";

/**
 * One canvas that parts are put on as they arrive, then encoded. Parts are copied at whole-pixel places
 * without scaling, so their pixels arrive unchanged; each bitmap is closed once drawn.
 */
export function createComposition(frame: ImageFrame) {
  const canvas = new OffscreenCanvas(frame.width, frame.height);
  const context = canvas.getContext("2d");
  if (!context) throw new Error(TOO_LARGE);
  if (frame.background !== null) {
    context.fillStyle = frame.background;
    context.fillRect(0, 0, frame.width, frame.height);
  }
  return {
    add(part: ImagePart): void {
      context.drawImage(part.image, part.x, part.y);
      part.image.close();
    },
    async encode(): Promise<Blob> {
      const blob = await canvas.convertToBlob({ type: frame.type, quality: 0.92 });
      if (blob.size === 0) throw new Error(TOO_LARGE);
      return blob;
    },
  };
}
