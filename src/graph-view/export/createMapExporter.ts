import type { Core } from "cytoscape";
import type { MeasureText } from "../../ui/look/shapes.ts";
import type { ExportRequest, MapExporter } from "../../ui/mapExporter.ts";
import { nextTurn } from "../../ui/nextTurn.ts";
import { exportedHighlight } from "./exportedHighlight.ts";
import { type ExportLooks, inTheme, inThemeWhile } from "./exportLooks.ts";
import { boundingBoxInSlices, fullRegion } from "./exportRegion.ts";
import { keepMapBox } from "./keptMapBox.ts";
import { createTextMeasure } from "./measureText.ts";
import { picturePlace } from "./picturePlace.ts";
import { type ExportFrame, frameExport, planExport } from "./planExport.ts";
import { mapPicture, renderRaster } from "./renderRaster.ts";
import { renderSliced } from "./renderSliced.ts";
import { stopIfCancelled } from "./stopIfCancelled.ts";

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
  const mapBox = keepMapBox(cy);
  const knownRegion = () => {
    const box = mapBox();
    return box ? fullRegion(cy, box) : undefined;
  };
  // The menu plans every scale it offers in one go: they share one frame until the task's microtasks end.
  let framed: { readonly key: string; readonly frame: ExportFrame } | null = null;
  const frame = (request: ExportRequest) => {
    const key = JSON.stringify([request.area, request.theme, request.caption]);
    if (framed?.key === key) return framed.frame;
    framed = { key, frame: frameExport(cy, request, measureText, looks, knownRegion()) };
    queueMicrotask(() => {
      framed = null;
    });
    return framed.frame;
  };
  return {
    hasRoute: () => !cy.destroyed() && cy.elements(".on-route").nonempty(),
    plan: (request) => planExport(frame(request), request).plan,
    render: async (request, options = {}) => {
      // Planning a large map takes a while: measured over several tasks, none of them the click's.
      const between = async () => {
        await nextTurn();
        if (cy.destroyed()) throw gone();
        stopIfCancelled(options.signal);
      };
      await between();
      const full =
        request.area === "view"
          ? undefined
          : (knownRegion() ?? fullRegion(cy, await boundingBoxInSlices(cy, between)));
      await between();
      const planned = planExport(frameExport(cy, request, measureText, looks, full), request);
      const model = looks.model(request.theme);
      if (request.format !== "svg" && planned.plan.sliced) {
        return inThemeWhile(cy, looks, request.theme, () =>
          renderSliced(cy, request, planned, model, options, exportedHighlight(cy, model)),
        );
      }
      if (request.format !== "svg") {
        const { picture, shapes } = inTheme(cy, looks, request.theme, () => ({
          picture: mapPicture(cy, request, planned, model),
          shapes: exportedHighlight(cy, model),
        }));
        const over = { shapes, place: picturePlace(cy, request, planned) };
        return renderRaster(request, planned, model, picture, over);
      }
      const { renderSvg } = await import("./renderSvg.ts");
      if (cy.destroyed()) throw gone();
      return renderSvg(cy, request, planned, measureText, model, looks);
    },
  };
}
