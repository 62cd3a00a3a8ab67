import { useAppStore } from "../store/appStore.ts";
import { selectTheme, type ThemeName } from "../store/themeSlice.ts";
import { DARK_QUERY, THEME_STORAGE_KEY } from "./themeKeys.ts";

const isTheme = (value: unknown): value is ThemeName => value === "light" || value === "dark";

/** The person's remembered choice; storage may be disabled or full, and then nothing is remembered. */
function readChoice(): ThemeName | null {
  try {
    const value = window.localStorage.getItem(THEME_STORAGE_KEY);
    return isTheme(value) ? value : null;
  } catch {
    return null;
  }
}

function writeChoice(choice: ThemeName | null): void {
  try {
    if (choice === null) window.localStorage.removeItem(THEME_STORAGE_KEY);
    else window.localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Storage refused: the choice lasts for this visit only.
  }
}

/**
 * Follows the system's colour scheme and the person's remembered choice: puts both in the store before
 * the first render (so the page never flashes the other theme), marks the page with `data-theme` for
 * the CSS tokens, and keeps all three in step afterwards.
 */
export function startThemeSync(): () => void {
  const media = typeof window.matchMedia === "function" ? window.matchMedia(DARK_QUERY) : null;
  const store = useAppStore.getState();
  store.noticeSystemTheme(media?.matches ? "dark" : "light");
  store.chooseTheme(readChoice());
  const show = () => {
    document.documentElement.dataset.theme = selectTheme(useAppStore.getState());
  };
  show();
  const onSystemChange = (event: MediaQueryListEvent) =>
    useAppStore.getState().noticeSystemTheme(event.matches ? "dark" : "light");
  media?.addEventListener("change", onSystemChange);
  const unsubscribe = useAppStore.subscribe((state, previous) => {
    if (state.themeChoice !== previous.themeChoice) writeChoice(state.themeChoice);
    if (selectTheme(state) !== selectTheme(previous)) show();
  });
  return () => {
    media?.removeEventListener("change", onSystemChange);
    unsubscribe();
  };
}
