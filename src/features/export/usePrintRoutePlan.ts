import { useCallback } from "react";
import { flushSync } from "react-dom";
import type { MapExporter } from "../../ui/mapExporter.ts";
import type { RoutePlanPrint } from "./PrintRoutePlan.tsx";
import { routePrintScale } from "./printScale.ts";
import { printView } from "./printView.ts";
import type { DrawnRouteInfo } from "./useDrawnRouteInfo.ts";

function readAsDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      typeof reader.result === "string" ? resolve(reader.result) : reject(new Error("unreadable"));
    reader.onerror = () => reject(reader.error ?? new Error("unreadable"));
    reader.readAsDataURL(blob);
  });
}

/**
 * "Print route plan": draws the route as a PNG (at 2×, less for a very long one: routePrintScale), waits
 * until the picture is decoded, puts the print-only plan into the page (`show`, which renders it through
 * {@link printView}) and opens the browser's print dialog (where "Save as PDF" lives).
 */
export function usePrintRoutePlan(
  exporter: MapExporter | null,
  show: (plan: RoutePlanPrint) => void,
): (title: string, route: DrawnRouteInfo) => Promise<string> {
  return useCallback(
    async (title: string, route: DrawnRouteInfo) => {
      if (!exporter) throw new Error("The map is not drawn yet.");
      const request = {
        format: "png",
        area: "route",
        scale: 1,
        background: "filled",
        theme: "light",
        // The caption brings the map's legend into the picture, so the paper explains its colours.
        caption: { title, subtitle: "Route plan", summary: route.summary },
      } as const;
      const blob = await exporter.render({ ...request, scale: routePrintScale(exporter.plan(request)) });
      const [image] = await Promise.all([readAsDataUrl(blob), printView.load()]);
      const probe = new Image();
      probe.src = image;
      await probe.decode();
      const printedOn = new Date().toLocaleDateString("en-US", {
        year: "numeric",
        month: "long",
        day: "numeric",
      });
      // The plan must be in the page before the print dialog snapshots it.
      flushSync(() => show({ title, route, image, printedOn }));
      window.print();
      return "The route plan went to the print dialog.";
    },
    [exporter, show],
  );
}
