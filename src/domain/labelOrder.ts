/**
 * The order people expect a list of roles in: alphabetical, with numbers by value ("Coder 2" before
 * "Coder 10", "entry-p9" before "entry-p10"), in one locale so every machine lists them alike.
 */
const collator = new Intl.Collator("en", { numeric: true });

export const compareLabels = (a: string, b: string): number => collator.compare(a, b);
