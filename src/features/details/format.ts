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
