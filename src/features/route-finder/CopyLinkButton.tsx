import { useEffect, useRef, useState } from "react";

type Status =
  | { readonly kind: "idle" }
  | { readonly kind: "copied" }
  | { readonly kind: "manual"; readonly url: string };

const COPIED_SHOWN_MS = 4000;

/**
 * Copies the page address, which holds the route question, so the link reproduces it. Where the clipboard
 * is refused (no permission, an insecure page), the address appears in a selected read-only field instead.
 */
export function CopyLinkButton() {
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const fieldRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (status.kind === "manual") {
      fieldRef.current?.focus();
      fieldRef.current?.select();
    }
    if (status.kind !== "copied") return;
    const timer = window.setTimeout(() => setStatus({ kind: "idle" }), COPIED_SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [status]);

  const copy = async () => {
    const url = window.location.href;
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(url);
      setStatus({ kind: "copied" });
    } catch {
      setStatus({ kind: "manual", url });
    }
  };

  return (
    <div className="copy-link">
      <button type="button" className="route-button" onClick={copy}>
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <path
            d="M6.5 9.5l3-3M7 4.5l1.2-1.2a2.5 2.5 0 013.5 3.5L10.5 8M9 11.5l-1.2 1.2a2.5 2.5 0 01-3.5-3.5L5.5 8"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinecap="round"
          />
        </svg>
        Copy link
      </button>
      <p className="copy-link-status" role="status">
        {status.kind === "copied" ? "Link copied" : status.kind === "manual" ? "Copy the selected link" : ""}
      </p>
      {status.kind === "manual" ? (
        <input
          ref={fieldRef}
          className="copy-link-field"
          type="text"
          readOnly
          aria-label="Link to this route"
          value={status.url}
          onFocus={(event) => event.target.select()}
        />
      ) : null}
    </div>
  );
}
