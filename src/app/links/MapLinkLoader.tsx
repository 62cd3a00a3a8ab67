import { useEffect, useState } from "react";
import { lazyPart, usePart } from "../../ui/lazyPart.ts";
import { PartPending } from "../../ui/PartPending.tsx";
import { pendingMapLink } from "./connectLinks.ts";

/** Asking, fetching and reporting on a linked map load only when the address names one. */
const stages = lazyPart(() => import("./MapLinkStages.tsx"));

/** Opens the map a `?map=` link names (MapLinkStages.tsx); nothing at all without such a link. */
export function MapLinkLoader() {
  const [linked, setLinked] = useState(false);
  // After the links are connected (a layout effect of the start), which sets the link aside.
  useEffect(() => setLinked(pendingMapLink() !== null), []);
  const part = usePart(stages, linked);
  if (part.module) return <part.module.MapLinkStages />;
  return part.failed ? <PartPending failed what="opener of linked maps" onRetry={part.retry} /> : null;
}
