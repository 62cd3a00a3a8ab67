import { type ReactNode, useId, useState } from "react";
import { useAppStore } from "../../store/appStore.ts";
import type { RouteDraft } from "../../store/routeSlice.ts";
import { MultiPicker } from "./MultiPicker.tsx";

/**
 * Held credentials, stops and roles to avoid, folded away behind one button: most questions need none of
 * them. It starts open when the question already has some (a shared link), and the button counts them.
 */
export function RouteOptions({
  draft,
  trailing,
}: {
  readonly draft: RouteDraft;
  readonly trailing: ReactNode;
}) {
  const setRouteDraft = useAppStore((state) => state.setRouteDraft);
  const [userOpen, setUserOpen] = useState<boolean | null>(null);
  const bodyId = useId();
  const count = draft.held.length + draft.via.length + draft.avoid.length;
  const open = userOpen ?? count > 0;
  const ends = [draft.from, draft.to];
  const update = (change: Partial<RouteDraft>) =>
    setRouteDraft({ ...useAppStore.getState().routeDraft, ...change });

  return (
    <div className="route-options">
      <div className="route-options-bar">
        <button
          type="button"
          className="route-options-toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setUserOpen(!open)}
        >
          <svg
            className="chevron"
            viewBox="0 0 16 16"
            width="14"
            height="14"
            aria-hidden="true"
            focusable="false"
          >
            <path
              d="M6 4l4 4-4 4"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.8"
              strokeLinecap="round"
            />
          </svg>
          Options
          {count > 0 ? (
            <span className="count-badge">
              <span className="visually-hidden">, </span>
              {count}
              <span className="visually-hidden"> set</span>
            </span>
          ) : null}
        </button>
        {trailing}
      </div>
      <div id={bodyId} className="route-options-body" hidden={!open}>
        <MultiPicker
          label="Credentials you hold"
          hint="Routes can start from them and never ask you to earn them again."
          placeholder="Add a credential"
          kind="credential"
          values={draft.held}
          unavailable={ends}
          onChange={(held) => update({ held })}
        />
        <MultiPicker
          label="Go through"
          hint="Stops the route must pass, in this order."
          placeholder="Add a stop"
          values={draft.via}
          unavailable={[...ends, ...draft.avoid]}
          onChange={(via) => update({ via })}
        />
        <MultiPicker
          label="Avoid"
          hint="Roles and credentials the route must not touch."
          placeholder="Add a role to avoid"
          values={draft.avoid}
          unavailable={[...ends, ...draft.via]}
          onChange={(avoid) => update({ avoid })}
        />
      </div>
    </div>
  );
}
