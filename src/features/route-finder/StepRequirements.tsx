import type { Requirement } from "../../domain/route/index.ts";
import { formatMinutes } from "../../ui/formatMinutes.ts";
import { SafeLink } from "../../ui/SafeLink.tsx";

type Exam = Extract<Requirement, { kind: "exam" }>;
type Apprentice = Extract<Requirement, { kind: "apprentice" }>;

function examFormat(exam: Exam): string {
  const parts = [exam.questions === undefined ? null : `${exam.questions} questions`];
  parts.push(exam.minutes === undefined ? null : formatMinutes(exam.minutes));
  return ["Exam", ...parts.filter((part): part is string => part !== null)].join(" · ");
}

function Source({ href }: { readonly href: string }) {
  return (
    <SafeLink href={href} className="step-req-source">
      source
    </SafeLink>
  );
}

/**
 * What a step's destination takes, as the map states it, each fact with its source: the exam and its
 * format, what is asked or advised before applying, and the designation given without the experience.
 */
export function StepRequirements({ requirements }: { readonly requirements: readonly Requirement[] }) {
  const exam = requirements.find((r): r is Exam => r.kind === "exam");
  const before = requirements.filter((r) => r.kind === "prerequisite");
  const apprentice = requirements.find((r): r is Apprentice => r.kind === "apprentice");
  if (!exam && before.length === 0 && !apprentice) return null;
  return (
    <div className="step-reqs">
      {exam ? (
        <p className="step-req">
          <strong className="step-req-lead">{examFormat(exam)}</strong> {exam.text}{" "}
          <Source href={exam.source} />
        </p>
      ) : null}
      {before.length > 0 ? (
        <div className="step-req">
          <strong className="step-req-lead">Before you apply</strong>
          <ul className="step-req-list">
            {before.map((fact) => (
              <li key={`${fact.text}\u0000${fact.source}`}>
                {fact.text} <Source href={fact.source} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {apprentice ? (
        <p className="step-req">
          <strong className="step-req-lead">Without the experience: {apprentice.designation}</strong>{" "}
          {apprentice.text} <Source href={apprentice.source} />
        </p>
      ) : null}
    </div>
  );
}
