import { useState } from "react";
import type { CareerGraph } from "../../domain/careerGraph.ts";
import type { EditResult } from "../../domain/edit/editResult.ts";
import type { ValidationError } from "../../domain/format/validationError.ts";
import { useAppStore } from "../../store/appStore.ts";

/** Runs an edit on the shown map and keeps the reasons it was refused, for the form that asked for it. */
export function useMapEdit(): {
  readonly errors: readonly ValidationError[];
  readonly apply: (edit: (graph: CareerGraph) => EditResult) => boolean;
} {
  const editMap = useAppStore((state) => state.editMap);
  const [errors, setErrors] = useState<readonly ValidationError[]>([]);
  const apply = (edit: (graph: CareerGraph) => EditResult) => {
    const result = editMap(edit);
    setErrors(result.ok ? [] : result.errors);
    return result.ok;
  };
  return { errors, apply };
}
