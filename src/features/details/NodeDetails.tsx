import type { ReactNode, Ref } from "react";
import { authorStatement } from "../../domain/authorStatement.ts";
import type { CareerNode } from "../../domain/careerGraph.ts";
import type { GraphIndex } from "../../domain/graphIndex.ts";
import { isNodeVisible, type VisibilityFilters } from "../../domain/visibility.ts";
import { Connections } from "./Connections.tsx";
import { DetailsHeader } from "./DetailsHeader.tsx";
import { DetailsSection } from "./DetailsSection.tsx";
import { ApprenticeDetails, ExamDetails } from "./ExamDetails.tsx";
import { FactList } from "./FactList.tsx";
import { FigureList } from "./FigureList.tsx";
import { SourceList } from "./SourceList.tsx";

export interface NodeDetailsProps {
  readonly node: CareerNode;
  readonly index: GraphIndex;
  readonly filters: VisibilityFilters;
  readonly headingRef: Ref<HTMLHeadingElement>;
  /** Rendered under the heading; the side panel's slot for other features' buttons. */
  readonly actions?: ReactNode;
  readonly onChoose: (id: string) => void;
  readonly onClose: () => void;
}

const hasItems = <T,>(list: readonly T[] | undefined): list is readonly T[] =>
  list !== undefined && list.length > 0;

/** Everything the map holds about one node, then the paths out of it and into it, then its sources. */
export function NodeDetails({
  node,
  index,
  filters,
  headingRef,
  actions,
  onChoose,
  onClose,
}: NodeDetailsProps) {
  const issuer =
    node.issuer === undefined ? undefined : index.graph.issuers.find((i) => i.id === node.issuer);
  return (
    <article className="node-details">
      <DetailsHeader
        node={node}
        levelLabel={index.levelById.get(node.level)?.label ?? node.level}
        issuer={issuer}
        hidden={!isNodeVisible(node, filters)}
        headingRef={headingRef}
        onClose={onClose}
      />
      {actions}
      <p className="details-summary">{node.summary}</p>
      {hasItems(node.figures) ? <FigureList figures={node.figures} /> : null}
      {hasItems(node.settings) ? (
        <DetailsSection title="Where people work">
          <FactList facts={node.settings} />
        </DetailsSection>
      ) : null}
      {node.exam ? <ExamDetails exam={node.exam} /> : null}
      {hasItems(node.prerequisites) ? (
        <DetailsSection title="Before you apply">
          <FactList facts={node.prerequisites} />
        </DetailsSection>
      ) : null}
      {node.apprentice ? <ApprenticeDetails apprentice={node.apprentice} /> : null}
      {hasItems(node.upkeep) ? (
        <DetailsSection title="Keeping it current">
          <FactList facts={node.upkeep} />
        </DetailsSection>
      ) : null}
      <Connections
        index={index}
        nodeId={node.id}
        direction="out"
        title="Next steps"
        filters={filters}
        onChoose={onChoose}
      />
      <Connections
        index={index}
        nodeId={node.id}
        direction="in"
        title="Comes from"
        filters={filters}
        onChoose={onChoose}
      />
      <SourceList sources={node.sources} statement={authorStatement(index.graph, node)} />
    </article>
  );
}
