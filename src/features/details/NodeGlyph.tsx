import type { CareerNode } from "../../domain/careerGraph.ts";
import { ShapeSvg } from "../../ui/look/ShapeSvg.tsx";
import { glyphShapes } from "../../ui/look/swatches.ts";
import { useVisualModel } from "../../ui/look/useVisualModel.ts";
import { nodeLook } from "../../ui/look/visualModel.ts";

/** The node's shape and colours as drawn on the map, small, so lists read like the map. Decorative. */
export function NodeGlyph({ node }: { readonly node: Pick<CareerNode, "kind" | "issuer"> }) {
  const model = useVisualModel();
  return (
    <ShapeSvg
      className="node-glyph"
      viewBox="-1 -1 18 18"
      width={16}
      height={16}
      shapes={glyphShapes(nodeLook(model, node))}
    />
  );
}
