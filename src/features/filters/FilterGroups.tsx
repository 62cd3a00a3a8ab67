import type { CareerGraph } from "../../domain/careerGraph.ts";
import type { VisibilityFilters } from "../../domain/visibility.ts";
import { useAppStore } from "../../store/appStore.ts";
import { FilterCheckbox } from "./FilterCheckbox.tsx";

export interface FilterGroupsProps {
  readonly graph: CareerGraph;
  readonly filters: VisibilityFilters;
}

const count = <T,>(items: readonly T[], keep: (item: T) => boolean) => items.filter(keep).length;

/** The checkboxes: kinds, then one per level in the map's order, then one per issuer. */
export function FilterGroups({ graph, filters }: FilterGroupsProps) {
  const toggleKind = useAppStore((state) => state.toggleKind);
  const toggleLevel = useAppStore((state) => state.toggleLevel);
  const toggleIssuer = useAppStore((state) => state.toggleIssuer);
  const { nodes } = graph;
  return (
    <>
      <fieldset className="filter-group">
        <legend>Kinds</legend>
        <FilterCheckbox
          label="Show positions"
          count={count(nodes, (node) => node.kind === "position")}
          checked={!filters.hiddenKinds.has("position")}
          onToggle={() => toggleKind("position")}
        />
        <FilterCheckbox
          label="Show credentials"
          count={count(nodes, (node) => node.kind === "credential")}
          checked={!filters.hiddenKinds.has("credential")}
          onToggle={() => toggleKind("credential")}
        />
      </fieldset>
      <fieldset className="filter-group">
        <legend>Levels</legend>
        {graph.levels.map((level) => (
          <FilterCheckbox
            key={level.id}
            label={level.label}
            count={count(nodes, (node) => node.level === level.id)}
            checked={!filters.hiddenLevels.has(level.id)}
            onToggle={() => toggleLevel(level.id)}
          />
        ))}
      </fieldset>
      {graph.issuers.length > 0 ? (
        <fieldset className="filter-group">
          <legend>Issuers</legend>
          {graph.issuers.map((issuer) => (
            <FilterCheckbox
              key={issuer.id}
              label={issuer.label}
              detail={issuer.name}
              count={count(nodes, (node) => node.issuer === issuer.id)}
              checked={!filters.hiddenIssuers.has(issuer.id)}
              onToggle={() => toggleIssuer(issuer.id)}
            />
          ))}
        </fieldset>
      ) : null}
    </>
  );
}
