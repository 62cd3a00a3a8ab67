import { useEffect, useRef } from "react";
import type { ValidationError } from "../../domain/format/validationError.ts";

/** The most problems listed; the rest are counted, so a broken file never floods the page. */
export const SHOWN_ERRORS = 20;

interface MapFileErrorsProps {
  readonly fileName: string;
  readonly errors: readonly ValidationError[];
  readonly onDismiss: () => void;
}

/**
 * Why a picked file did not open: each problem with its place in the file, as plain text. Announced as an
 * alert and focused, so keyboard and screen reader users land on it; the map shown before stays.
 */
export function MapFileErrors({ fileName, errors, onDismiss }: MapFileErrorsProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const shown = errors.slice(0, SHOWN_ERRORS);
  const rest = errors.length - shown.length;
  return (
    <div className="map-file-errors popover" role="alert">
      <h2 ref={headingRef} tabIndex={-1}>
        Couldn’t open {fileName}
      </h2>
      <p>The map shown before is unchanged. Fix the file and open it again.</p>
      <ul>
        {shown.map((error, i) => (
          // Errors are plain data in file order; the index keeps two equal messages apart.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders.
          <li key={i}>
            <code>{error.path}</code>: {error.message}
          </li>
        ))}
      </ul>
      {rest > 0 ? <p>and {rest} more not listed.</p> : null}
      <button type="button" className="control-button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
