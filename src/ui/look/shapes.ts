/**
 * Drawing primitives shared by the canvas and SVG renderers: the legend, the title strip and the SVG
 * map are all lists of these, so both outputs show the same marks. Text is data, never markup.
 */
export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Paint {
  readonly fill?: string;
  readonly stroke?: string;
  readonly strokeWidth?: number;
  readonly dash?: readonly number[];
  readonly lineCap?: "butt" | "round";
  readonly opacity?: number;
}

export type Shape =
  | (Paint & {
      readonly type: "rect";
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
      readonly radius?: number;
    })
  | (Paint & { readonly type: "polygon"; readonly points: readonly Point[] })
  | (Paint & { readonly type: "path"; readonly segments: readonly PathSegment[] })
  | (Paint & {
      readonly type: "text";
      readonly x: number;
      /** The alphabetic baseline. */
      readonly y: number;
      readonly text: string;
      readonly size: number;
      readonly weight: number;
      readonly anchor: "start" | "middle";
    });

/** Absolute path commands; only numbers, so a path can never carry text from a map file. */
export type PathSegment =
  | { readonly op: "M" | "L"; readonly to: Point }
  | { readonly op: "Q"; readonly control: Point; readonly to: Point }
  | { readonly op: "Z" };

/** The font stack of the map's stylesheet, so exported text looks like the text on screen. */
export const EXPORT_FONT =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif';

/** A CSS font shorthand for canvas measuring and drawing. */
export function cssFont(size: number, weight: number): string {
  return `${weight} ${size}px ${EXPORT_FONT}`;
}

/** Measures the advance width of text in a given font; injected so layouts stay testable without a canvas. */
export type MeasureText = (text: string, size: number, weight: number) => number;
