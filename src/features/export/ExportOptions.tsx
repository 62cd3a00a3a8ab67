import type { ExportArea, ExportBackground, ExportPlan } from "../../ui/mapExporter.ts";
import { ChoiceGroup } from "./ChoiceGroup.tsx";
import type { ExportSettings, MenuFormat } from "./exportSettings.ts";

interface ExportOptionsProps {
  readonly settings: ExportSettings;
  readonly onChange: (change: Partial<ExportSettings>) => void;
  /** The plan at each offered scale, for raster formats. */
  readonly plans: ReadonlyMap<number, ExportPlan>;
  /** The scales to offer: under 1× too when the map at 1× makes a large file. */
  readonly scales: readonly number[];
  readonly scale: number;
  readonly hasRoute: boolean;
  readonly screenTheme: "light" | "dark";
}

const FORMATS = [
  { value: "png", label: "PNG" },
  { value: "jpeg", label: "JPEG" },
  { value: "svg", label: "SVG (vector, for print)" },
  { value: "json", label: "JSON (the map file)" },
] as const;

/** The export menu's choices: format, area, scale, background and the title-and-legend option. */
export function ExportOptions({
  settings,
  onChange,
  plans,
  scales: offered,
  scale,
  hasRoute,
  screenTheme,
}: ExportOptionsProps) {
  const { format } = settings;
  const raster = format === "png" || format === "jpeg";
  const areas = [
    { value: "full" as const, label: "Whole map" },
    { value: "view" as const, label: "Current view" },
    {
      value: "route" as const,
      label: "Just the route",
      unavailable: hasRoute ? undefined : "find a route first.",
    },
  ];
  const scales = offered.map((value) => ({
    value,
    label: `${value}×`,
    unavailable: plans.get(value)?.fits === false ? plans.get(value)?.reason : undefined,
  }));
  return (
    <>
      <ChoiceGroup<MenuFormat>
        legend="Format"
        name="format"
        choices={FORMATS}
        value={format}
        onChange={(value) => onChange({ format: value })}
      />
      {format === "json" ? null : (
        <ChoiceGroup<ExportArea>
          legend="Area"
          name="area"
          choices={areas}
          value={settings.area}
          onChange={(area) => onChange({ area })}
        />
      )}
      {raster ? (
        <ChoiceGroup<number>
          legend="Scale"
          name="scale"
          choices={scales}
          value={scale}
          onChange={(value) => onChange({ scale: value })}
        />
      ) : null}
      {format === "png" ? (
        <ChoiceGroup<ExportBackground>
          legend="Background"
          name="background"
          choices={[
            {
              value: "filled",
              label: settings.look === "screen" && screenTheme === "dark" ? "Dark" : "White",
            },
            { value: "transparent", label: "Transparent" },
          ]}
          value={settings.background}
          onChange={(background) => onChange({ background })}
        />
      ) : null}
      {format === "json" || screenTheme === "light" ? null : (
        <ChoiceGroup<ExportSettings["look"]>
          legend="Colours"
          name="look"
          choices={[
            { value: "light", label: "Light" },
            { value: "screen", label: "Dark, as on screen" },
          ]}
          value={settings.look}
          onChange={(look) => onChange({ look })}
        />
      )}
      {format === "json" ? null : (
        <label className="export-check">
          <input
            type="checkbox"
            checked={settings.withCaption}
            onChange={(event) => onChange({ withCaption: event.target.checked })}
          />
          Include title and legend
        </label>
      )}
    </>
  );
}
