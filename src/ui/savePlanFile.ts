import type { Plan } from "../domain/plan/plan.ts";
import { writePlanText } from "../domain/plan/writePlan.ts";
import { downloadBlob } from "./downloadBlob.ts";

const fileNameOf = (plan: Plan) =>
  `my-plan-${
    plan.mapTitle
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "map"
  }.json`;

/** "Export my plan": the plan document as a JSON file, the same text storage keeps. */
export function savePlanFile(plan: Plan): void {
  downloadBlob(new Blob([writePlanText(plan)], { type: "application/json" }), fileNameOf(plan));
}
