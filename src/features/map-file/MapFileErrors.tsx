import { useEffect, useRef, useState } from "react";
import { errorsAsText, groupErrors, whereOf } from "../../domain/format/errorReport.ts";
import type { ValidationError } from "../../domain/format/validationError.ts";
import { CSV_TEMPLATE_URL } from "../../ui/csvTemplate.ts";

/** How many problems show before "Show all", so a broken file never floods the page. */
export const SHOWN_ERRORS = 10;

interface MapFileErrorsProps {
  readonly fileName: string;
  readonly errors: readonly ValidationError[];
  readonly onDismiss: () => void;
}

function ErrorItem({ error }: { readonly error: ValidationError }) {
  const where = whereOf(error);
  return (
    <li>
      {where ? <span className="map-file-error-where">{where}</span> : null}
      <code>{error.path}</code>: {error.message}
    </li>
  );
}

/**
 * Why a file did not open: every problem with its place in the file and the node or path it is in, grouped
 * by part of the map and counted. Announced as an alert and focused, so keyboard and screen reader users
 * land on it; the map shown before stays. Long lists show their first problems until "Show all".
 */
export function MapFileErrors({ fileName, errors, onDismiss }: MapFileErrorsProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [showAll, setShowAll] = useState(false);
  const [copied, setCopied] = useState("");
  useEffect(() => headingRef.current?.focus(), []);
  let budget = showAll ? errors.length : SHOWN_ERRORS;
  const groups = groupErrors(errors).map((group) => {
    const shown = group.errors.slice(0, Math.max(0, budget));
    budget -= shown.length;
    return { ...group, shown };
  });
  const hidden = errors.length - Math.min(errors.length, SHOWN_ERRORS);
  const copy = () => {
    navigator.clipboard.writeText(errorsAsText(fileName, errors)).then(
      () => setCopied("Copied the list of problems."),
      () => setCopied("Couldn’t copy; select the list and copy it instead."),
    );
  };
  return (
    <div className="map-file-errors popover" role="alert">
      <h2 ref={headingRef} tabIndex={-1}>
        Couldn’t open {fileName}
      </h2>
      <p>
        {errors.length === 1 ? "1 problem" : `${errors.length} problems`}. The map shown before is unchanged.
        Fix the file and open it again, or start from the{" "}
        <a href={CSV_TEMPLATE_URL} download="career-map-template.csv">
          CSV template
        </a>
        .
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the list scrolls inside the popover, and a scrolling region must take focus so keyboard users can scroll it (WCAG 2.1.1). */}
      <section className="map-file-error-list" aria-label="The problems" tabIndex={0}>
        {groups.map((group) =>
          group.shown.length === 0 ? null : (
            <section key={group.title} aria-label={`${group.title}: ${group.errors.length}`}>
              <h3>
                {group.title} <span className="count-badge">{group.errors.length}</span>
              </h3>
              <ul>
                {group.shown.map((error, i) => (
                  // Errors are plain data in file order; the index keeps two equal messages apart.
                  // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders.
                  <ErrorItem key={i} error={error} />
                ))}
              </ul>
            </section>
          ),
        )}
      </section>
      <div className="map-file-error-actions">
        {hidden > 0 ? (
          <button type="button" className="control-button" onClick={() => setShowAll((all) => !all)}>
            {showAll ? `Show the first ${SHOWN_ERRORS}` : `Show all ${errors.length} problems`}
          </button>
        ) : null}
        <button type="button" className="control-button" onClick={copy}>
          Copy the list
        </button>
        <button type="button" className="control-button" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
      <p className="visually-hidden" role="status">
        {copied}
      </p>
    </div>
  );
}
