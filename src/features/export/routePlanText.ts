import type { Requirement, RouteStep } from "../../domain/route/index.ts";

/** What a step asks of the person, in a few words. */
export function stepAction(step: RouteStep): string {
  switch (step.kind) {
    case "advance":
      return `Advance from ${step.from.label} to ${step.to.label}`;
    case "lateral":
      return `Move across from ${step.from.label} to ${step.to.label}`;
    case "earn-credential":
      return `Earn the ${step.to.label} credential`;
    case "qualify":
      return `With ${step.from.label}, qualify for ${step.to.label}`;
  }
}

const hours = (minutes: number) => {
  const value = Math.round((minutes / 60) * 10) / 10;
  return `${value} hour${value === 1 ? "" : "s"}`;
};

/** One thing a step takes, as a sentence for the printed plan. */
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
