import { useMemo } from "react";
import { missingIds } from "../../domain/plan/editPlan.ts";
import { PLAN_MARKS } from "../../domain/plan/plan.ts";
import { whatIsLeft } from "../../domain/plan/whatIsLeft.ts";
import { useAppStore } from "../../store/appStore.ts";
import { selectPlan } from "../../store/planSelectors.ts";
import { selectDrawnRoute, selectIndex } from "../../store/selectors.ts";
import { PlanMarkBadge } from "../../ui/PlanMarkBadge.tsx";
import { PlanFileActions } from "./PlanFileActions.tsx";
import { LeftToDo, PlanRouteSteps } from "./PlanRouteSteps.tsx";

/**
 * My plan: where I am, what I hold, my goal, the chosen route with marks, notes and dates and what is left;
 * then every other node I marked or noted, those no longer on the map, and the plan's file actions.
 */
export function MyPlanPanel({ onChoose }: { readonly onChoose: (id: string) => void }) {
  const index = useAppStore(selectIndex);
  const plan = useAppStore(selectPlan);
  const route = useAppStore(selectDrawnRoute);
  const draft = useAppStore((state) => state.routeQuestion);
  const left = useMemo(
    () => (route && index ? whatIsLeft(route, index.nodeById, index.edgeById, plan) : null),
    [route, index, plan],
  );
  if (!index || !plan) return null;
  const label = (id: string | null) =>
    id === null ? "not set" : (index.nodeById.get(id)?.label ?? `${id} (not on this map)`);
  const onRoute = new Set(route?.nodes ?? []);
  const others = [...plan.entries].filter(([id]) => index.nodeById.has(id) && !onRoute.has(id));
  others.sort(
    ([, a], [, b]) => PLAN_MARKS.indexOf(a.mark ?? "skipped") - PLAN_MARKS.indexOf(b.mark ?? "skipped"),
  );
  const gone = missingIds(plan, (id) => index.nodeById.has(id));

  return (
    <div className="my-plan">
      <dl className="plan-question">
        <dt>Where I am</dt>
        <dd>{label(draft.from)}</dd>
        <dt>Credentials I hold</dt>
        <dd>{draft.held.length === 0 ? "none set" : draft.held.map((id) => label(id)).join(", ")}</dd>
        <dt>My goal</dt>
        <dd>{label(draft.to)}</dd>
      </dl>
      <h3 className="plan-section-title">My route</h3>
      {left ? (
        <>
          <LeftToDo left={left} />
          <PlanRouteSteps left={left} onChoose={onChoose} />
        </>
      ) : (
        <p className="plan-hint">No route chosen yet. Use Find a route to set where you are and your goal.</p>
      )}
      {others.length > 0 ? (
        <>
          <h3 className="plan-section-title">Also marked or noted</h3>
          <ul className="plan-others">
            {others.map(([id, entry]) => (
              <li key={id}>
                <button type="button" className="link-button" onClick={() => onChoose(id)}>
                  {label(id)}
                </button>{" "}
                <PlanMarkBadge mark={entry.mark} />
                {entry.note !== undefined ? <p className="plan-step-note">{entry.note}</p> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {gone.length > 0 ? (
        <>
          <h3 className="plan-section-title">No longer on this map</h3>
          <p className="plan-hint">Kept in your plan in case the map brings them back.</p>
          <ul className="plan-others">
            {gone.map((id) => {
              const entry = plan.entries.get(id);
              return (
                <li key={id}>
                  <code>{id}</code> <PlanMarkBadge mark={entry?.mark} />
                  {entry?.note !== undefined ? <p className="plan-step-note">{entry.note}</p> : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      <PlanFileActions plan={plan} />
      <p className="plan-hint">Kept only in this browser, for this map. Nothing is sent anywhere.</p>
    </div>
  );
}
