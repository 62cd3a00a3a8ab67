import { lazyPart } from "../../ui/lazyPart.ts";

/** The print-only route plan and its texts, loaded the first time a plan is printed (usePrintRoutePlan). */
export const printView = lazyPart(() => import("./PrintRoutePlan.tsx"));
