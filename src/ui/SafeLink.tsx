import type { ReactNode } from "react";
import { isSafeLink } from "../domain/format/safeLink.ts";

/**
 * The address to put in an `href`, or null when the text is not an http, https or mailto link. Checked
 * with the URL parser, so `JaVaScRiPt:`, ` java\tscript:`, `data:` and `//evil.example` all come back null
 * (docs/reliability.md R5). React 19 alone blocks only `javascript:`.
 */
export function safeHref(text: string): string | null {
  if (!isSafeLink(text)) return null;
  try {
    return new URL(text.trim()).href;
  } catch {
    return null;
  }
}

/** A short, readable name for a link: the host without "www.", or the address for mailto. */
export function linkDisplayName(text: string): string {
  const href = safeHref(text);
  if (href === null) return text;
  const url = new URL(href);
  return url.protocol === "mailto:" ? url.pathname : url.hostname.replace(/^www\./, "");
}

export interface SafeLinkProps {
  readonly href: string;
  readonly children?: ReactNode;
  readonly className?: string;
  readonly title?: string;
}

/**
 * An outside link that opens in a new tab without handing the page a reference back (`noopener`), or,
 * when the address is not a safe web link, the same text shown plainly with a warning and no link at all.
 */
export function SafeLink({ href, children, className, title }: SafeLinkProps) {
  const safe = safeHref(href);
  const content = children ?? href;
  if (safe === null) {
    return (
      <span
        className={`unsafe-link ${className ?? ""}`.trim()}
        title={`Not opened: "${href}" is not a web link`}
      >
        <span aria-hidden="true">⚠ </span>
        {content}
        <span className="visually-hidden"> (not a safe web link, shown as text)</span>
      </span>
    );
  }
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer" className={className} title={title ?? safe}>
      {content}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
