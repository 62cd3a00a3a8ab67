import type { Fact } from "../../domain/careerGraph.ts";
import { linkDisplayName, SafeLink } from "../../ui/SafeLink.tsx";
import { withKeys } from "./withKeys.ts";

/** Where a fact comes from: its year when known, and its source as a short link. */
export function FactSource({
  source,
  year,
}: {
  readonly source: string;
  readonly year?: number | undefined;
}) {
  return (
    <span className="fact-source">
      {year === undefined ? null : <span className="fact-year">{year}</span>}
      <SafeLink href={source} className="source-link">
        {linkDisplayName(source)}
      </SafeLink>
    </span>
  );
}

/** Facts in the map's words, each with its source. */
export function FactList({ facts }: { readonly facts: readonly Fact[] }) {
  return (
    <ul className="fact-list">
      {withKeys(facts, (fact) => `${fact.text}\u0000${fact.source}`).map(([key, fact]) => (
        <li key={key} className="fact">
          <span className="fact-text">{fact.text}</span> <FactSource source={fact.source} year={fact.year} />
        </li>
      ))}
    </ul>
  );
}
