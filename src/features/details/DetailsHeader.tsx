import type { Ref } from "react";
import type { CareerNode, Issuer } from "../../domain/careerGraph.ts";
import { CloseIcon } from "../../ui/CloseIcon.tsx";
import { SafeLink } from "../../ui/SafeLink.tsx";
import { NodeGlyph } from "./NodeGlyph.tsx";

export interface DetailsHeaderProps {
  readonly node: CareerNode;
  readonly levelLabel: string;
  readonly issuer: Issuer | undefined;
  readonly hidden: boolean;
  readonly headingRef: Ref<HTMLHeadingElement>;
  readonly onClose: () => void;
}

/** Kind, level and issuer as badges, the name as the heading, and the way out. */
export function DetailsHeader({ node, levelLabel, issuer, hidden, headingRef, onClose }: DetailsHeaderProps) {
  const issuerName = issuer ? (issuer.name ?? issuer.label) : null;
  return (
    <>
      {/* Outside the header so it can stay pinned while the whole article scrolls beneath it. */}
      <div className="details-header-bar">
        <ul className="badges" aria-label="Kind and level">
          <li className={`badge badge-${node.kind}`}>
            {node.kind === "position" ? "Position" : "Credential"}
          </li>
          <li className="badge">{levelLabel}</li>
          {issuer ? (
            <li className="badge badge-issuer">
              <NodeGlyph node={node} />
              {issuer.label}
            </li>
          ) : null}
          {hidden ? <li className="badge badge-hidden">Hidden by filters</li> : null}
        </ul>
        <button
          type="button"
          className="icon-button"
          onClick={onClose}
          aria-label="Close details"
          title="Close"
        >
          <CloseIcon />
        </button>
      </div>
      <header className="details-header">
        <h2 ref={headingRef} tabIndex={-1} className="details-title">
          {node.label}
          {node.name === undefined ? null : (
            <>
              {" "}
              <span className="details-name">{node.name}</span>
            </>
          )}
        </h2>
        {issuer && issuerName !== null ? (
          <p className="details-issuer">
            Issued by{" "}
            {issuer.url === undefined ? (
              issuerName
            ) : (
              <SafeLink href={issuer.url} className="source-link">
                {issuerName}
              </SafeLink>
            )}
          </p>
        ) : null}
      </header>
    </>
  );
}
