import { type ReactNode, useId } from "react";

/** A titled part of the details; named by its heading so screen-reader users can jump between parts. */
export function DetailsSection({
  title,
  children,
}: {
  readonly title: string;
  readonly children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className="details-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="details-section-title">
        {title}
      </h3>
      {children}
    </section>
  );
}
