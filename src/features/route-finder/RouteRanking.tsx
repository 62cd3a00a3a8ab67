import { useId } from "react";
import { FEE_RULE, OBJECTIVE_WORDS, OBJECTIVES, type Objective } from "../../domain/route/index.ts";
import { useAppStore } from "../../store/appStore.ts";

const OBJECTIVE_HINTS: Record<Objective, string> = {
  fastest: "fewest years",
  steps: "fewest moves",
  cost: "lowest total of exam fees",
};

/**
 * How routes are ranked (fastest, fewest steps, lowest exam cost) and whether they honour requirements:
 * native radio buttons and a checkbox, so arrows, Space and Tab work as everywhere.
 */
export function RouteRanking({
  objective,
  honour,
}: {
  readonly objective: Objective;
  readonly honour: boolean;
}) {
  const rankRoutesBy = useAppStore((state) => state.rankRoutesBy);
  const honourRequirements = useAppStore((state) => state.honourRequirements);
  const name = useId();
  const switchHint = useId();
  const feeHint = useId();
  return (
    <div className="route-ranking">
      <fieldset className="route-objective" aria-describedby={objective === "cost" ? feeHint : undefined}>
        <legend className="route-field-label">Rank routes by</legend>
        <div className="route-objective-choices">
          {OBJECTIVES.map((value) => (
            <label key={value} className="route-objective-choice" title={OBJECTIVE_HINTS[value]}>
              <input
                type="radio"
                name={name}
                value={value}
                checked={objective === value}
                onChange={() => rankRoutesBy(value)}
              />
              {OBJECTIVE_WORDS[value]}
            </label>
          ))}
        </div>
        {objective === "cost" ? (
          <p id={feeHint} className="route-hint">
            {FEE_RULE}
          </p>
        ) : null}
      </fieldset>
      <label className="route-requirements">
        <input
          type="checkbox"
          role="switch"
          checked={honour}
          aria-checked={honour}
          aria-describedby={switchHint}
          onChange={(event) => honourRequirements(event.target.checked)}
        />
        Honour requirements
      </label>
      <p id={switchHint} className="route-hint">
        {honour
          ? "Routes earn the credentials each role asks for and wait for the experience it asks for."
          : "Off: routes follow the map's paths as drawn, ignoring requirements (for checking a map)."}
      </p>
    </div>
  );
}
