/** Straight-line geometry for scoring a drawing: edges are segments between node centres. */

/** A straight edge drawn from one node centre to another. */
export interface Segment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

const orient = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) =>
  Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));

/** Whether two segments cross at a single point inside both (touching and overlapping do not count). */
export function segmentsCross(p: Segment, q: Segment): boolean {
  return (
    orient(p.x1, p.y1, p.x2, p.y2, q.x1, q.y1) * orient(p.x1, p.y1, p.x2, p.y2, q.x2, q.y2) < 0 &&
    orient(q.x1, q.y1, q.x2, q.y2, p.x1, p.y1) * orient(q.x1, q.y1, q.x2, q.y2, p.x2, p.y2) < 0
  );
}

/** A node box by its centre. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** How long a stretch of the segment a→b lies inside `box` (Liang–Barsky clipping). */
export function clipLength(ax: number, ay: number, bx: number, by: number, box: Box): number {
  const dx = bx - ax;
  const dy = by - ay;
  const left = box.x - box.width / 2;
  const top = box.y - box.height / 2;
  // Each side as p·t <= q: the segment enters across a side where p < 0 and leaves where p > 0.
  const sides = [-dx, ax - left, dx, left + box.width - ax, -dy, ay - top, dy, top + box.height - ay];
  let t0 = 0;
  let t1 = 1;
  for (let k = 0; k < 8; k += 2) {
    const p = sides[k] ?? 0;
    const q = sides[k + 1] ?? 0;
    if (p === 0) {
      if (q <= 0) return 0;
    } else if (p < 0) t0 = Math.max(t0, q / p);
    else t1 = Math.min(t1, q / p);
    if (t1 <= t0) return 0;
  }
  return (t1 - t0) * Math.sqrt(dx * dx + dy * dy);
}
