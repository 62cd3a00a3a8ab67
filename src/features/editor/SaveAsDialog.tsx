import { useState } from "react";
import type { CareerGraph } from "../../domain/careerGraph.ts";
import { useAppStore } from "../../store/appStore.ts";
import { EditDialog } from "./EditDialog.tsx";
import { RadioChoice } from "./RadioChoice.tsx";
import { type SaveFormat, saveMapAs } from "./saveMapAs.ts";

const FORMAT_CHOICES = [
  { value: "json", label: "JSON: the map file" },
  { value: "csv", label: "CSV: one sheet for a spreadsheet" },
] as const;

/** "Save as…": the shown map as a new file, JSON or CSV; either opens again with Open map…. */
export function SaveAsDialog({
  graph,
  onSaved,
  onClose,
}: {
  readonly graph: CareerGraph;
  readonly onSaved: (message: string) => void;
  readonly onClose: () => void;
}) {
  const [format, setFormat] = useState<SaveFormat>("json");
  const noteMapSaved = useAppStore((state) => state.noteMapSaved);
  const submit = () => {
    void saveMapAs(graph, format).then(
      (name) => {
        noteMapSaved(graph);
        onSaved(`Saved ${name}.`);
      },
      () => onSaved("The map could not be saved."),
    );
    return true;
  };
  return (
    <EditDialog title="Save the map as" submitLabel="Save" errors={[]} onSubmit={submit} onClose={onClose}>
      <RadioChoice
        legend="Format"
        name="format"
        choices={FORMAT_CHOICES}
        value={format}
        onChange={setFormat}
      />
    </EditDialog>
  );
}
