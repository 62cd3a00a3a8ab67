import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { useComboboxList } from "../../src/ui/useComboboxList.ts";

/** A bare combobox on the hook: the input shows the active option and whether the list is shown. */
function Probe(props: {
  options: readonly string[];
  onChoose: (option: string) => void;
  onOther: () => void;
}) {
  const list = useComboboxList(props.options, props.onChoose, props.onOther);
  return (
    <input
      aria-label="probe"
      data-shown={list.listShown}
      data-active={list.current >= 0 ? props.options[list.current] : ""}
      onKeyDown={list.onKeyDown}
      onFocus={list.show}
      onChange={list.restart}
    />
  );
}

function setUp(options: readonly string[] = ["CPC", "CCS", "RHIT"]) {
  const onChoose = vi.fn();
  const onOther = vi.fn();
  const view = render(<Probe options={options} onChoose={onChoose} onOther={onOther} />);
  const input = screen.getByLabelText("probe");
  const key = (name: string) => fireEvent.keyDown(input, { key: name });
  return { onChoose, onOther, input, key, view };
}

describe("a combobox's list", () => {
  it("opens on an arrow key at the first or last option, and the arrows wrap", () => {
    const { input, key } = setUp();
    key("ArrowUp");
    expect(input.dataset.shown).toBe("true");
    expect(input.dataset.active).toBe("RHIT");
    key("ArrowDown");
    expect(input.dataset.active).toBe("CPC");
    key("ArrowDown");
    key("ArrowDown");
    key("ArrowDown");
    expect(input.dataset.active).toBe("CPC");
  });

  it("chooses the active option on Enter, or the first of an open list, and closes", () => {
    const { input, key, onChoose } = setUp();
    key("Enter");
    expect(onChoose).not.toHaveBeenCalled();
    fireEvent.focus(input);
    key("Enter");
    expect(onChoose).toHaveBeenLastCalledWith("CPC");
    expect(input.dataset.shown).toBe("false");
    key("ArrowDown");
    key("ArrowDown");
    key("Enter");
    expect(onChoose).toHaveBeenLastCalledWith("CCS");
  });

  it("leaves every other key, Escape included, to its owner", () => {
    const { key, onOther } = setUp();
    key("Escape");
    key("a");
    expect(onOther).toHaveBeenCalledTimes(2);
  });

  it("forgets an active option the list no longer holds", () => {
    const { input, key, view, onChoose, onOther } = setUp();
    key("ArrowUp");
    expect(input.dataset.active).toBe("RHIT");
    view.rerender(<Probe options={["CPC"]} onChoose={onChoose} onOther={onOther} />);
    expect(input.dataset.active).toBe("");
    key("Enter");
    expect(onChoose).toHaveBeenLastCalledWith("CPC");
  });

  it("has nothing to show without options, whatever the keys", () => {
    const { input, key, onChoose } = setUp([]);
    key("ArrowDown");
    key("Enter");
    expect(input.dataset.shown).toBe("false");
    expect(onChoose).not.toHaveBeenCalled();
  });
});
