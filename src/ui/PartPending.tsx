/**
 * What stands in for a part of the app while it loads, or says that it could not be loaded and offers to
 * try again: the page and what is on it stay, where a reload would lose unsaved work.
 */
export function PartPending({
  failed,
  what,
  onRetry,
}: {
  readonly failed: boolean;
  readonly what: string;
  readonly onRetry: () => void;
}) {
  return failed ? (
    <div className="part-pending" role="alert">
      <p>The {what} could not be loaded. Check the connection, then try again.</p>
      <button
        type="button"
        className="link-button"
        aria-label={`Try again to load the ${what}`}
        onClick={onRetry}
      >
        Try again
      </button>
    </div>
  ) : (
    <p className="part-pending" role="status">
      Loading the {what}…
    </p>
  );
}
