import type { Figure } from "../../domain/careerGraph.ts";

const USD = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });
const NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

/** A figure's value in words: "$58,055 a year", "7%" (the file stores 7 for 7 %), "1,200". */
export function formatFigureValue(figure: Pick<Figure, "value" | "unit">): string {
  switch (figure.unit) {
    case "usd-per-year":
      return `${USD.format(figure.value)} a year`;
    case "percent":
      return `${NUMBER.format(figure.value)}%`;
    case "count":
      return NUMBER.format(figure.value);
  }
}

/** Exam time as people say it: "4 hours", "5 h 40 min", "45 min". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  if (rest === 0) return hours === 1 ? "1 hour" : `${hours} hours`;
  return `${hours} h ${rest} min`;
}
