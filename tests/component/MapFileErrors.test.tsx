import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { MapFileErrors } from "../../src/features/map-file/MapFileErrors.tsx";

const errors = Array.from({ length: 14 }, (_, i) => ({
  path: i < 12 ? `nodes[${i}].level` : `edges[${i - 12}].target`,
  message: `problem ${i}`,
  place: `line ${i + 3}, column 5`,
}));

describe("MapFileErrors", () => {
  it("groups and counts the problems, shows the first ten, and all on request", async () => {
    render(<MapFileErrors fileName="m.json" errors={errors} onDismiss={() => {}} />);
    expect(screen.getByRole("heading", { level: 2 })).toHaveFocus();
    expect(screen.getByRole("region", { name: "Positions and credentials: 12" })).toBeInTheDocument();
    expect(screen.getAllByRole("listitem")).toHaveLength(10);
    expect(screen.queryByRole("region", { name: "Advancement paths: 2" })).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Show all 14 problems" }));
    expect(screen.getAllByRole("listitem")).toHaveLength(14);
    const paths = screen.getByRole("region", { name: "Advancement paths: 2" });
    expect(within(paths).getAllByRole("listitem")[0]).toHaveTextContent(
      "line 15, column 5edges[0].target: problem 12",
    );
  });

  it("copies the whole list as text", async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, "writeText");
    render(<MapFileErrors fileName="m.json" errors={errors} onDismiss={() => {}} />);
    await user.click(screen.getByRole("button", { name: "Copy the list" }));
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(String(writeText.mock.calls[0]?.[0]).split("\n")).toHaveLength(16);
    expect(await screen.findByText("Copied the list of problems.")).toBeInTheDocument();
  });
});
