import { act, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { type LazyPart, lazyPart, usePart } from "../../src/ui/lazyPart.ts";
import { PartPending } from "../../src/ui/PartPending.tsx";

function Shown({ part, wanted }: { readonly part: LazyPart<{ text: string }>; readonly wanted: boolean }) {
  const state = usePart(part, wanted);
  if (!wanted) return null;
  return state.module ? (
    <p>{state.module.text}</p>
  ) : (
    <PartPending failed={state.failed} what="thing" onRetry={state.retry} />
  );
}

describe("a part loaded on first use", () => {
  it("is not asked for until wanted, says it is loading, then shows at once every time after", async () => {
    let asked = 0;
    let arrive: (module: { text: string }) => void = () => {};
    const part = lazyPart(() => {
      asked += 1;
      return new Promise<{ text: string }>((resolve) => {
        arrive = resolve;
      });
    });
    const { rerender, unmount } = render(<Shown part={part} wanted={false} />);
    expect(asked).toBe(0);
    rerender(<Shown part={part} wanted />);
    expect(screen.getByRole("status")).toHaveTextContent("Loading the thing…");
    await act(async () => arrive({ text: "the part" }));
    expect(screen.getByText("the part")).toBeInTheDocument();
    unmount();
    render(<Shown part={part} wanted />);
    expect(screen.getByText("the part")).toBeInTheDocument();
    expect(screen.queryByRole("status")).toBeNull();
    expect(asked).toBe(1);
  });

  it("says so when it cannot be loaded, and tries again when wanted again", async () => {
    let fail = true;
    const part = lazyPart(() =>
      fail ? Promise.reject(new Error("offline")) : Promise.resolve({ text: "back" }),
    );
    const { unmount } = render(<Shown part={part} wanted />);
    expect(await screen.findByRole("alert")).toHaveTextContent("The thing could not be loaded.");
    unmount();
    fail = false;
    render(<Shown part={part} wanted />);
    expect(await screen.findByText("back")).toBeInTheDocument();
  });

  it("offers to try again where it failed, and shows the part once the connection is back", async () => {
    let fail = true;
    let asked = 0;
    const part = lazyPart(() => {
      asked += 1;
      return fail ? Promise.reject(new Error("offline")) : Promise.resolve({ text: "back" });
    });
    render(<Shown part={part} wanted />);
    expect(await screen.findByRole("alert")).toHaveTextContent("Check the connection, then try again.");
    const again = screen.getByRole("button", { name: "Try again to load the thing" });
    await act(async () => again.click());
    expect(await screen.findByRole("alert")).toBeInTheDocument();
    expect(asked).toBe(2);
    fail = false;
    await act(async () => screen.getByRole("button", { name: "Try again to load the thing" }).click());
    expect(await screen.findByText("back")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).toBeNull();
    expect(asked).toBe(3);
  });
});
