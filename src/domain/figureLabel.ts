import type { Figure } from "./careerGraph.ts";

/**
 * Whether a figure's label already says its year. Pay labels name whose survey and when ("Median pay,
 * medical records specialists (BLS, May 2020)"), so adding the year again would read it twice.
 */
export function labelNamesYear(figure: Pick<Figure, "label" | "year">): boolean {
  return new RegExp(`(^|\\D)${figure.year}(\\D|$)`).test(figure.label);
}

/** The label with its year, said once: "Share of coders, 2019", or the label as it is when it names the year. */
export function labelWithYear(figure: Pick<Figure, "label" | "year">): string {
  return labelNamesYear(figure) ? figure.label : `${figure.label}, ${figure.year}`;
}
