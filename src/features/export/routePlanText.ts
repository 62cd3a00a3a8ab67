import type { Requirement } from "../../domain/route/index.ts";

const hours = (minutes: number) => {
  const value = Math.round((minutes / 60) * 10) / 10;
  return `${value} hour${value === 1 ? "" : "s"}`;
};

/** One fact the map gives about a step's destination (exam, prerequisite, apprentice), as a sentence. */
export function requirementText(requirement: Requirement): string {
  if (requirement.kind === "exam") {
    const facts = [
      requirement.questions === undefined ? null : `${requirement.questions} questions`,
      requirement.minutes === undefined ? null : hours(requirement.minutes),
    ].filter((fact) => fact !== null);
    return `Exam: ${requirement.text}${facts.length > 0 ? ` (${facts.join(", ")})` : ""}`;
  }
  if (requirement.kind === "prerequisite") return `Before you start: ${requirement.text}`;
  return `Without the experience yet: ${requirement.designation}. ${requirement.text}`;
}
