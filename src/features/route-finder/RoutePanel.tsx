import { useAppStore } from "../../store/appStore.ts";
import { lazyPart, usePart } from "../../ui/lazyPart.ts";
import { PartPending } from "../../ui/PartPending.tsx";
import { ROUTE_PANEL_ID } from "./panelIds.ts";
import "./route-panel.css";
import "./route-picker.css";
import "./route-options.css";
import "./route-result.css";
import "./route-no-route.css";
import "./route-steps.css";
import "./route-step-facts.css";
import "./route-cards.css";
import "./route-mobile.css";

/** The finder and the route texts load when it is first opened: the first view does not need them. */
const drawer = lazyPart(() => import("./RouteDrawer.tsx"));

/** The route finder's drawer, once loaded; its own stylesheets stay with the first view's. */
export function RoutePanel() {
  const open = useAppStore((state) => state.routePanelOpen);
  const part = usePart(drawer, open);
  if (part.module) return <part.module.RouteDrawer />;
  return open ? (
    <section id={ROUTE_PANEL_ID} className="route-panel" aria-label="Find a route" data-covers-map="">
      <PartPending failed={part.failed} what="route finder" onRetry={part.retry} />
    </section>
  ) : null;
}
