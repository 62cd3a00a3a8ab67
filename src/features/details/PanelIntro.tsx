import type { Ref } from "react";
import type { GraphIndex } from "../../domain/graphIndex.ts";

export interface PanelIntroProps {
  readonly index: GraphIndex | null;
  readonly headingRef: Ref<HTMLHeadingElement>;
  readonly listId: string;
  readonly listOpen: boolean;
  readonly onToggleList: () => void;
}

/** What to do when nothing is selected. On phones it is all that shows, as a bar, until the list is opened. */
export function PanelIntro({ index, headingRef, listId, listOpen, onToggleList }: PanelIntroProps) {
  const nodes = index?.graph.nodes ?? [];
  const positions = nodes.filter((node) => node.kind === "position").length;
  return (
    <div className="panel-intro">
      <h2 ref={headingRef} tabIndex={-1} className="panel-intro-title">
        Explore the career map
      </h2>
      <p className="panel-intro-text">
        Click a role or credential on the map, or search for one, to see what it involves, what it pays and
        where it leads.
      </p>
      {index ? (
        <p className="panel-intro-text">
          Or pick one from the list: {positions} positions and {nodes.length - positions} credentials, by
          level.
        </p>
      ) : null}
      {index ? (
        <button
          type="button"
          className="sheet-toggle browse-toggle"
          aria-expanded={listOpen}
          aria-controls={listId}
          onClick={onToggleList}
        >
          Browse all roles
          <svg
            className="chevron"
            viewBox="0 0 16 16"
            width="16"
            height="16"
            aria-hidden="true"
            focusable="false"
          >
            <path
              d="M4 10l4-4 4 4"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.8"
              strokeLinecap="round"
            />
          </svg>
        </button>
      ) : null}
    </div>
  );
}
