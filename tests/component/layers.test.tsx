import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { MapErrorBoundary } from "../../src/app/MapErrorBoundary.tsx";
import { ExportSize } from "../../src/features/export/ExportSize.tsx";
import { xmlSafe } from "../../src/graph-view/export/svgShapes.ts";
import { useLayer } from "../../src/ui/layers.ts";

function Panel({ name }: { readonly name: string }) {
  const [open, setOpen] = useState(false);
  const place = useLayer(open, () => setOpen(false));
  return (
    <div>
      <button type="button" onClick={() => setOpen(true)}>
        Open {name}
      </button>
      {open ? <p>{`${name} open, place ${place}`}</p> : null}
    </div>
  );
}

describe("layers", () => {
  it("Escape closes the layer opened last, then the one under it, whatever order they sit in the page", async () => {
    const user = userEvent.setup();
    render(
      <>
        <Panel name="drawer" />
        <Panel name="popover" />
      </>,
    );
    await user.click(screen.getByRole("button", { name: "Open popover" }));
    await user.click(screen.getByRole("button", { name: "Open drawer" }));
    expect(screen.getByText("popover open, place 1")).toBeVisible();
    expect(screen.getByText("drawer open, place 2")).toBeVisible();
    await user.keyboard("{Escape}");
    expect(screen.queryByText(/drawer open/)).toBeNull();
    expect(screen.getByText("popover open, place 1")).toBeVisible();
    await user.keyboard("{Escape}");
    expect(screen.queryByText(/popover open/)).toBeNull();
  });
});

function Failing({ fail }: { readonly fail: boolean }) {
  if (fail) throw new Error("canvas refused");
  return <p>map drawn</p>;
}

describe("after the canvas fails", () => {
  it("another map draws again, and the export panel says why it cannot export meanwhile", () => {
    const failures: string[] = [];
    const quiet = console.error;
    console.error = () => {};
    try {
      const { rerender } = render(
        <MapErrorBoundary resetWith="first" onFailure={(error) => failures.push(error.message)}>
          <Failing fail={true} />
        </MapErrorBoundary>,
      );
      expect(screen.getByRole("alert")).toHaveTextContent("Couldn't draw the map");
      expect(failures).toEqual(["canvas refused"]);
      rerender(
        <MapErrorBoundary resetWith="second">
          <Failing fail={false} />
        </MapErrorBoundary>,
      );
      expect(screen.getByText("map drawn")).toBeVisible();
    } finally {
      console.error = quiet;
    }
    render(<ExportSize format="png" plan={null} ready={false} failure="The map could not be drawn." />);
    expect(screen.getByText("The map could not be drawn.")).toBeVisible();
    expect(screen.queryByText(/still being drawn/)).toBeNull();
  });
});

describe("xmlSafe", () => {
  it("replaces every character XML 1.0 forbids and keeps every other", () => {
    expect(xmlSafe("a\u0000b\u0007c\u001fd\uD800e\uDC00f\uFFFEg\uFFFF")).toBe(
      "a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFD",
    );
    const kept = "tab\tnew\nline\r é € 😀 \uE000 \uFFFD <&>";
    expect(xmlSafe(kept)).toBe(kept);
  });
});
