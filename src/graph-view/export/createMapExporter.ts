import type { Core } from "cytoscape";
import type { MeasureText } from "../../ui/look/shapes.ts";
import type { MapExporter } from "../../ui/mapExporter.ts";
import { type ExportLooks, inTheme } from "./exportLooks.ts";
import { createTextMeasure } from "./measureText.ts";
import { planExport } from "./planExport.ts";
import { mapPicture, renderRaster } from "./renderRaster.ts";

/**
 * The map's exporter for one Cytoscape instance: plans sizes, and renders PNG, JPEG or SVG of what the
 * map shows now (highlights, dimming and filters included). The SVG writer loads on first use.
 */
export function createMapExporter(cy: Core, looks: ExportLooks): MapExporter {
  // The canvas for measuring text is made on first use, not when the map is drawn.
  let measure: MeasureText | null = null;
  const measureText: MeasureText = (text, size, weight) => {
    measure ??= createTextMeasure();
    return measure(text, size, weight);
  };
  const gone = () => new Error("The map was replaced while exporting. Try again.");
  return {
    hasRoute: () => !cy.destroyed() && cy.elements(".on-route").nonempty(),
    plan: (request) => planExport(cy, request, measureText, looks).plan,
    render: async (request) => {
      if (cy.destroyed()) throw gone();
      const planned = planExport(cy, request, measureText, looks);
      const model = looks.model(request.theme);
      if (request.format !== "svg") {
        const picture = inTheme(cy, looks, request.theme, () => mapPicture(cy, request, planned, model));
        return renderRaster(request, planned, model, picture);
      }
      const { renderSvg } = await import("./renderSvg.ts");
      if (cy.destroyed()) throw gone();
      return renderSvg(cy, request, planned, measureText, model, looks);
    },
  };
}
