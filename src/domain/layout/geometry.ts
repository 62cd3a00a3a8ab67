/**
 * Straight-line geometry for scoring a drawing: edges are segments between node centres. The tests take
 * plain numbers rather than objects because the scoring loops call them millions of times, and the first
 * layout of a page runs before the JIT has warmed up, when every object built is paid for in full.
 */

/** A straight edge drawn from one node centre to another. */
export interface Segment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/**
 * Whether segments p1→p2 and q1→q2 cross at a single point inside both (touching and overlapping do not
 * count): each segment's ends lie strictly on opposite sides of the other's line. The side tests are
 * written out rather than called, since this is the innermost test of refinement.
 */
export function linesCross(
  px1: number,
  py1: number,
  px2: number,
  py2: number,
  qx1: number,
  qy1: number,
  qx2: number,
  qy2: number,
): boolean {
  // Which side of p's line q1 and q2 lie on (positive left, negative right, 0 on the line).
  const q1Side = (px2 - px1) * (qy1 - py1) - (py2 - py1) * (qx1 - px1);
  const q2Side = (px2 - px1) * (qy2 - py1) - (py2 - py1) * (qx2 - px1);
  if (!(q1Side > 0 ? q2Side < 0 : q1Side < 0 && q2Side > 0)) return false;
  const p1Side = (qx2 - qx1) * (py1 - qy1) - (qy2 - qy1) * (px1 - qx1);
  const p2Side = (qx2 - qx1) * (py2 - qy1) - (qy2 - qy1) * (px2 - qx1);
  return p1Side > 0 ? p2Side < 0 : p1Side < 0 && p2Side > 0;
}

/** Whether two segments cross at a single point inside both (touching and overlapping do not count). */
export const segmentsCross = (p: Segment, q: Segment): boolean =>
  linesCross(p.x1, p.y1, p.x2, p.y2, q.x1, q.y1, q.x2, q.y2);

/** A node box by its centre. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * How long a stretch of the segment a→b lies inside the box centred on (cx, cy) (Liang–Barsky clipping:
 * each side as p·t <= q, the segment entering across a side where p < 0 and leaving where p > 0).
 */
export function clipThrough(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  width: number,
  height: number,
): number {
  const dx = bx - ax;
  const dy = by - ay;
  const left = cx - width / 2;
  const top = cy - height / 2;
  let t0 = 0;
  let t1 = 1;
  // Left side (p = -dx) and right side (p = dx).
  const qLeft = ax - left;
  const qRight = left + width - ax;
  if (dx === 0) {
    if (qLeft <= 0 || qRight <= 0) return 0;
  } else if (dx > 0) {
    t0 = Math.max(t0, qLeft / -dx);
    t1 = Math.min(t1, qRight / dx);
  } else {
    t1 = Math.min(t1, qLeft / -dx);
    t0 = Math.max(t0, qRight / dx);
  }
  // Top side (p = -dy) and bottom side (p = dy).
  const qTop = ay - top;
  const qBottom = top + height - ay;
  if (dy === 0) {
    if (qTop <= 0 || qBottom <= 0) return 0;
  } else if (dy > 0) {
    t0 = Math.max(t0, qTop / -dy);
    t1 = Math.min(t1, qBottom / dy);
  } else {
    t1 = Math.min(t1, qTop / -dy);
    t0 = Math.max(t0, qBottom / dy);
  }
  return t1 <= t0 ? 0 : (t1 - t0) * Math.sqrt(dx * dx + dy * dy);
}

/** How long a stretch of the segment a→b lies inside `box`. */
export const clipLength = (ax: number, ay: number, bx: number, by: number, box: Box): number =>
  clipThrough(ax, ay, bx, by, box.x, box.y, box.width, box.height);
