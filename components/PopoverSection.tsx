import { type ReactNode, useId, useState } from 'react';

export interface PopoverSectionProps {
  heading: string;
  /** Visible count on the toggle ("3 quotes"): the reader sees the size before expanding. */
  countLabel: string;
  defaultExpanded?: boolean;
  children: ReactNode;
}

/**
 * A section whose heading text is exactly `heading` (so "Context" can be found by its
 * name), with a separate disclosure button that shows the count and collapses the body.
 */
export function PopoverSection({
  heading,
  countLabel,
  defaultExpanded = true,
  children,
}: PopoverSectionProps) {
  const [expanded, setExpanded] = useState(defaultExpanded);
  const headingId = useId();
  const bodyId = useId();
  return (
    <section className="section" aria-labelledby={headingId}>
      <div className="section-header">
        <h3 id={headingId} className="section-heading">
          {heading}
        </h3>
        <button
          type="button"
          className="section-toggle"
          aria-expanded={expanded}
          aria-controls={bodyId}
          onClick={() => setExpanded((value) => !value)}
        >
          <span className="section-count">{countLabel}</span>
          <svg
            className="chevron"
            width="12"
            height="12"
            viewBox="0 0 12 12"
            aria-hidden="true"
            focusable="false"
          >
            <path d="M2.5 4.5 6 8l3.5-3.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          </svg>
        </button>
      </div>
      <div id={bodyId} className="section-body" hidden={!expanded}>
        {children}
      </div>
    </section>
  );
}
