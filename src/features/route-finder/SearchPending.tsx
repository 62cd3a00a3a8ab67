import { PartPending } from "../../ui/PartPending.tsx";

/**
 * Both ends are chosen but the route search has not arrived: it is loading, or it could not be loaded (the
 * connection dropped after the page loaded), and the question can be asked again.
 */
export function SearchPending({
  failed,
  onRetry,
}: {
  readonly failed: boolean;
  readonly onRetry: () => void;
}) {
  return (
    <div className="route-result">
      <PartPending failed={failed} what="route search" onRetry={onRetry} />
    </div>
  );
}
