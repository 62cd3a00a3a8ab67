import { type RefObject, useEffect } from "react";

/**
 * Publishes the header's bottom edge as `--header-bottom`, so the panels hanging from it (popovers, search
 * results) can end above the bottom of the screen however many rows the header takes (it wraps on narrow
 * screens and grows with a long title or an extra button).
 */
export function useHeaderHeight(headerRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const header = headerRef.current;
    if (!header || typeof ResizeObserver !== "function") return;
    const publish = () =>
      document.documentElement.style.setProperty(
        "--header-bottom",
        `${Math.ceil(header.getBoundingClientRect().bottom)}px`,
      );
    publish();
    const observer = new ResizeObserver(publish);
    observer.observe(header);
    return () => observer.disconnect();
  }, [headerRef]);
}
