import type { CareerNode } from "../../domain/careerGraph.ts";
import { formatMinutes } from "../../ui/formatMinutes.ts";
import { DetailsSection } from "./DetailsSection.tsx";
import { FactSource } from "./FactList.tsx";

type Exam = NonNullable<CareerNode["exam"]>;
type Apprentice = NonNullable<CareerNode["apprentice"]>;

/** The exam: what it covers, then its size and length as quick facts. */
export function ExamDetails({ exam }: { readonly exam: Exam }) {
  const hasFormat = exam.questions !== undefined || exam.minutes !== undefined;
  return (
    <DetailsSection title="Exam">
      {hasFormat ? (
        <ul className="exam-facts" aria-label="Exam format">
          {exam.questions === undefined ? null : <li>{exam.questions} questions</li>}
          {exam.minutes === undefined ? null : <li>{formatMinutes(exam.minutes)}</li>}
        </ul>
      ) : null}
      <p className="fact">
        <span className="fact-text">{exam.text}</span> <FactSource source={exam.source} year={exam.year} />
      </p>
    </DetailsSection>
  );
}

/** The designation given to those who pass before they have the experience, and how it is lifted. */
export function ApprenticeDetails({ apprentice }: { readonly apprentice: Apprentice }) {
  return (
    <DetailsSection title="Apprentice designation">
      <p className="fact">
        <strong className="apprentice-designation">{apprentice.designation}</strong>{" "}
        <span className="fact-text">{apprentice.text}</span>{" "}
        <FactSource source={apprentice.source} year={apprentice.year} />
      </p>
    </DetailsSection>
  );
}
