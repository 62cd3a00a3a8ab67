/** A node's box in model coordinates: centre and size. */
export interface HitBox {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface HitGrid {
  /**
   * The box under (x, y), counting `slack` model units around each box, among those `shown` accepts; null
   * over empty space.
   */
  at(x: number, y: number, slack: number, shown?: (id: string) => boolean): string | null;
}

/** The most slack a query honours: boxes are filed this far beyond their edges. */
const MAX_SLACK = 32;

/**
 * Finds the node under the pointer by looking only at the boxes filed in the pointer's cell of a uniform
 * grid, instead of testing every element of the map on each pointer move.
 */
export function buildHitGrid(boxes: readonly HitBox[], cellSize = 256): HitGrid {
  const cells = new Map<string, HitBox[]>();
  const cellOf = (value: number) => Math.floor(value / cellSize);
  for (const box of boxes) {
    const halfW = box.width / 2 + MAX_SLACK;
    const halfH = box.height / 2 + MAX_SLACK;
    for (let cx = cellOf(box.x - halfW); cx <= cellOf(box.x + halfW); cx++) {
      for (let cy = cellOf(box.y - halfH); cy <= cellOf(box.y + halfH); cy++) {
        const key = `${cx},${cy}`;
        const filed = cells.get(key);
        if (filed) filed.push(box);
        else cells.set(key, [box]);
      }
    }
  }
  return {
    at(x, y, slack, shown = () => true) {
      const within = Math.min(Math.max(0, slack), MAX_SLACK);
      const filed = cells.get(`${cellOf(x)},${cellOf(y)}`) ?? [];
      // The last box filed is the one drawn on top, as in Cytoscape's own picking.
      for (let i = filed.length - 1; i >= 0; i--) {
        const box = filed[i] as HitBox;
        if (
          Math.abs(x - box.x) <= box.width / 2 + within &&
          Math.abs(y - box.y) <= box.height / 2 + within &&
          shown(box.id)
        ) {
          return box.id;
        }
      }
      return null;
    },
  };
}
