import { useMemo } from "react";
import { useAppStore } from "../../store/appStore.ts";
import { selectGraph } from "../../store/selectors.ts";
import { selectTheme } from "../../store/themeSlice.ts";
import { buildVisualModel, type VisualModel } from "./visualModel.ts";

const NO_ISSUERS: never[] = [];

/** The visual model of the loaded map in the theme shown, rebuilt only when either changes. */
export function useVisualModel(): VisualModel {
  const issuers = useAppStore((state) => selectGraph(state)?.issuers ?? NO_ISSUERS);
  const theme = useAppStore(selectTheme);
  return useMemo(() => buildVisualModel(issuers, theme), [issuers, theme]);
}
