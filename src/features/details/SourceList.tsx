import { SafeLink, safeHref } from "../../ui/SafeLink.tsx";
import { DetailsSection } from "./DetailsSection.tsx";
import { withKeys } from "./withKeys.ts";

/** Host and path without the scheme or "www.": enough to recognise a page, short enough for a list. */
function shortAddress(text: string): string {
  const href = safeHref(text);
  if (href === null) return text;
  const url = new URL(href);
  if (url.protocol === "mailto:") return url.pathname;
  return `${url.hostname.replace(/^www\./, "")}${url.pathname.replace(/\/$/, "")}`;
}

/**
 * Every page the node's text draws on, and the map author's own statement where the facts come from them
 * (an internal source): shown as their words, never as a link.
 */
export function SourceList({
  sources,
  statement,
}: {
  readonly sources: readonly string[];
  readonly statement?: string | undefined;
}) {
  return (
    <DetailsSection title="Sources">
      {statement === undefined ? null : (
        <p className="source-statement">
          <span className="source-statement-who">The map’s author says: </span>
          {statement}
        </p>
      )}
      {sources.length === 0 ? null : (
        <ul className="source-list">
          {withKeys(sources, (source) => source).map(([key, source]) => (
            <li key={key}>
              <SafeLink href={source} className="source-link">
                {shortAddress(source)}
              </SafeLink>
            </li>
          ))}
        </ul>
      )}
    </DetailsSection>
  );
}
