import type { Figure } from "../../domain/careerGraph.ts";
import { labelNamesYear } from "../../domain/figureLabel.ts";
import { linkDisplayName, SafeLink } from "../../ui/SafeLink.tsx";
import { DetailsSection } from "./DetailsSection.tsx";
import { formatFigureValue } from "./format.ts";
import { withKeys } from "./withKeys.ts";

/**
 * Numbers with their year always shown, since pay and counts date quickly: "$58,055 a year (2022,
 * aapc.com)", the source's host linking to it, then the note that qualifies the number. A label that
 * already names the year ("… (AAPC survey, 2022)") is not followed by it again.
 */
export function FigureList({ figures }: { readonly figures: readonly Figure[] }) {
  return (
    <DetailsSection title="In numbers">
      <dl className="figure-list">
        {withKeys(figures, (figure) => `${figure.label}\u0000${figure.year}`).map(([key, figure]) => (
          <div key={key} className="figure">
            <dt className="figure-label">{figure.label}</dt>
            <dd className="figure-value">
              <span className="figure-number">{formatFigureValue(figure)}</span>{" "}
              <span className="figure-meta">
                ({labelNamesYear(figure) ? null : `${figure.year}, `}
                <SafeLink href={figure.source} className="source-link">
                  {linkDisplayName(figure.source)}
                </SafeLink>
                )
              </span>
              {figure.note === undefined ? null : (
                <>
                  {" "}
                  <span className="figure-note">{figure.note}</span>
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </DetailsSection>
  );
}
