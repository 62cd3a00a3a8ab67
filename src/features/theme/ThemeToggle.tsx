import { useAppStore } from "../../store/appStore.ts";
import { selectTheme } from "../../store/themeSlice.ts";
import "./theme.css";

/**
 * Dark mode on or off. The page starts in the system's scheme; pressing this sets the other one, which the
 * app remembers. Choosing what the system shows again goes back to following the system.
 */
export function ThemeToggle() {
  const dark = useAppStore(selectTheme) === "dark";
  const system = useAppStore((state) => state.systemTheme);
  const chooseTheme = useAppStore((state) => state.chooseTheme);
  const next = dark ? "light" : "dark";
  return (
    <button
      type="button"
      className="icon-button theme-toggle"
      aria-pressed={dark}
      aria-label="Dark mode"
      title={dark ? "Dark mode is on" : "Dark mode is off"}
      onClick={() => chooseTheme(next === system ? null : next)}
    >
      {/* Both icons, one shown by the stylesheet: the prerendered page (scripts/prerender/) is rendered
          light, and shows the one for the theme the page is in. */}
      <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
        <path
          className="theme-icon-dark"
          d="M15.5 12.5A6.5 6.5 0 0 1 7.5 4.5a6.5 6.5 0 1 0 8 8z"
          fill="currentColor"
        />
        <g
          className="theme-icon-light"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.7"
          strokeLinecap="round"
        >
          <circle cx="10" cy="10" r="3.6" />
          <path d="M10 1.8v2.1M10 16.1v2.1M1.8 10h2.1M16.1 10h2.1M4.2 4.2l1.5 1.5M14.3 14.3l1.5 1.5M4.2 15.8l1.5-1.5M14.3 5.7l1.5-1.5" />
        </g>
      </svg>
    </button>
  );
}
