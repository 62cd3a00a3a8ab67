import type { ValidationError } from "./validationError.ts";

export interface ErrorGroup {
  readonly title: string;
  readonly errors: readonly ValidationError[];
}

const GROUPS: readonly { title: string; sections: readonly string[] }[] = [
  { title: "The file", sections: [] },
  { title: "Levels", sections: ["levels"] },
  { title: "Issuers", sections: ["issuers"] },
  { title: "Positions and credentials", sections: ["nodes"] },
  { title: "Advancement paths", sections: ["edges"] },
];

const sectionOf = (path: string) => /^[A-Za-z$_]+/.exec(path)?.[0] ?? "";

/** Sorts a file's errors into the part of the map they are in, in the map's order, dropping empty groups. */
export function groupErrors(errors: readonly ValidationError[]): ErrorGroup[] {
  const bySection = (section: string) =>
    GROUPS.find((group) => group.sections.includes(section)) ?? GROUPS[0];
  return GROUPS.map((group) => ({
    title: group.title,
    errors: errors.filter((error) => bySection(sectionOf(error.path)) === group),
  })).filter((group) => group.errors.length > 0);
}

/** Where an error is, for a person: the place in the file and the node or path it belongs to. */
export function whereOf(error: ValidationError): string {
  return [error.place, error.subject].filter((part) => part !== undefined).join(" · ");
}

/** The whole report as plain text, to paste into a message or a ticket. */
export function errorsAsText(fileName: string, errors: readonly ValidationError[]): string {
  const lines = errors.map((error) => {
    const where = whereOf(error);
    return `- ${where ? `${where}: ` : ""}${error.path}: ${error.message}`;
  });
  return `Problems in ${fileName} (${errors.length}):\n${lines.join("\n")}\n`;
}
