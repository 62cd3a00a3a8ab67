import type { CareerNode } from "../../domain/careerGraph.ts";
import { MAP_COLORS } from "../../ui/mapColors.ts";

const HEXAGON = "4,1 12,1 16,8 12,15 4,15 0,8";

function colorsFor(node: Pick<CareerNode, "kind" | "issuer">) {
  if (node.kind === "position") return MAP_COLORS.position;
  if (node.issuer === "aapc") return MAP_COLORS.aapc;
  if (node.issuer === "ahima") return MAP_COLORS.ahima;
  return MAP_COLORS.otherIssuer;
}

/** The node's shape and colours as drawn on the map, small, so lists read like the map. Decorative. */
export function NodeGlyph({ node }: { readonly node: Pick<CareerNode, "kind" | "issuer"> }) {
  const { fill, border } = colorsFor(node);
  return (
    <svg
      className="node-glyph"
      viewBox="-1 -1 18 18"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      {node.kind === "position" ? (
        <rect x="0" y="2" width="16" height="12" rx="4" fill={fill} stroke={border} strokeWidth="1.6" />
      ) : (
        <polygon points={HEXAGON} fill={fill} stroke={border} strokeWidth="1.6" />
      )}
    </svg>
  );
}
