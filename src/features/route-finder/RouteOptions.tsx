import { type ReactNode, useId, useState } from "react";
import { type RouteQuestion, unavailableFor } from "../../domain/route/question.ts";
import { useAppStore } from "../../store/appStore.ts";
import { MultiPicker } from "./MultiPicker.tsx";

/**
 * Held credentials, stops and roles to avoid, folded away behind one button: most questions need none of
 * them. It starts open when the question already has some (a shared link), and the button counts them.
 */
export function RouteOptions({
  question,
  trailing,
}: {
  readonly question: RouteQuestion;
  readonly trailing: ReactNode;
}) {
  const holdCredentials = useAppStore((state) => state.holdCredentials);
  const goThrough = useAppStore((state) => state.goThrough);
  const avoidNodes = useAppStore((state) => state.avoidNodes);
  const [userOpen, setUserOpen] = useState<boolean | null>(null);
  const bodyId = useId();
  const count = question.held.length + question.via.length + question.avoid.length;
  const open = userOpen ?? count > 0;

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
          hint="They count for every requirement, and routes never ask you to earn them again."
          placeholder="Add a credential"
          kind="credential"
          values={question.held}
          unavailable={unavailableFor(question, "held")}
          onChange={holdCredentials}
        />
        <MultiPicker
          label="Go through"
          hint="Roles the route must pass and credentials it must earn, in this order."
          placeholder="Add a stop"
          values={question.via}
          unavailable={unavailableFor(question, "via")}
          onChange={goThrough}
        />
        <MultiPicker
          label="Avoid"
          hint="Roles and credentials the route must not touch."
          placeholder="Add a role to avoid"
          values={question.avoid}
          unavailable={unavailableFor(question, "avoid")}
          onChange={avoidNodes}
        />
      </div>
    </div>
  );
}
