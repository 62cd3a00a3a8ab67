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

/** Every page the node's text draws on. */
export function SourceList({ sources }: { readonly sources: readonly string[] }) {
  return (
    <DetailsSection title="Sources">
      <ul className="source-list">
        {withKeys(sources, (source) => source).map(([key, source]) => (
          <li key={key}>
            <SafeLink href={source} className="source-link">
              {shortAddress(source)}
            </SafeLink>
          </li>
        ))}
      </ul>
    </DetailsSection>
  );
}
