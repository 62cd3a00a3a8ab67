/** What stands in for a part of the app while it loads, or says that it could not be loaded. */
export function PartPending({ failed, what }: { readonly failed: boolean; readonly what: string }) {
  return failed ? (
    <p className="part-pending" role="alert">
      The {what} could not be loaded. Check the connection and reload the page.
    </p>
  ) : (
    <p className="part-pending" role="status">
      Loading the {what}…
    </p>
  );
}
