import { type KeyboardEvent, useState } from "react";

export interface ComboboxList<Option> {
  /** Whether the list is open, with options or none. */
  readonly opened: boolean;
  /** Whether the list is open and has options to show. */
  readonly listShown: boolean;
  /** The index of the active option, or -1. */
  readonly current: number;
  /** Opens the list with no option active, as typing does. */
  readonly restart: () => void;
  readonly show: () => void;
  readonly close: () => void;
  /** Chooses an option (clicked, or by Enter) and closes the list. */
  readonly choose: (option: Option) => void;
  /** The arrow keys and Enter; anything else goes to `onOtherKey`. */
  readonly onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
}

/**
 * The list of an ARIA 1.2 combobox: whether it is open, which option is active, and the keys that move
 * through it (the arrows wrap; Enter chooses the active option, or the first of an open list). Escape is
 * the caller's, since what it undoes differs: `onOtherKey` gets every key this does not use.
 */
export function useComboboxList<Option>(
  options: readonly Option[],
  onChoose: (option: Option) => void,
  onOtherKey: (event: KeyboardEvent<HTMLInputElement>) => void,
): ComboboxList<Option> {
  const [isOpen, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listShown = isOpen && options.length > 0;
  // Options can shrink under a kept index (the query or a filter changed), so past the end means none.
  const current = active < options.length ? active : -1;
  const close = () => {
    setOpen(false);
    setActive(-1);
  };

  const choose = (option: Option) => {
    onChoose(option);
    close();
  };

  const move = (step: 1 | -1) => {
    if (options.length === 0) return;
    setOpen(true);
    if (step > 0) setActive(current + 1 >= options.length || !listShown ? 0 : current + 1);
    else setActive(current <= 0 || !listShown ? options.length - 1 : current - 1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      move(event.key === "ArrowDown" ? 1 : -1);
    } else if (event.key === "Enter") {
      const chosen = listShown ? (options[current] ?? options[0]) : undefined;
      if (chosen === undefined) return;
      event.preventDefault();
      choose(chosen);
    } else onOtherKey(event);
  };

  return {
    opened: isOpen,
    listShown,
    current,
    restart: () => {
      setOpen(true);
      setActive(-1);
    },
    show: () => setOpen(true),
    close,
    choose,
    onKeyDown,
  };
}
