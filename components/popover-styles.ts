/**
 * The popover's stylesheet, injected as a string into its closed shadow root.
 *
 * The host page is hostile by assumption (`html{font-size:10px}`,
 * `*{color:red!important;font-size:40px!important}`, `div{display:none}`). Page rules
 * cannot select inside a shadow root, but inherited properties still flow in through
 * the host element, which page rules can hit. So: `.popover` starts from `all: initial`
 * and sets every inherited property it relies on; descendants are `all: unset` (they
 * inherit only from `.popover`) and get an explicit `display`; sizes are px only, never
 * rem/em, so no font size of the page reaches in. SVG icons are left out of the reset,
 * because `all` would override their presentation attributes (`fill="none"`).
 */

const fontStack =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', sans-serif";

export const popoverStyles = `
:host {
  all: initial;
}

.popover {
  all: initial;
  --glosa-bg: #ffffff;
  --glosa-fg: #1a1a1a;
  --glosa-muted: #595959;
  --glosa-link: #0b57d0;
  --glosa-border: #d0d0d0;
  --glosa-control-border: #767676;
  --glosa-control-hover: #eef2f8;
  --glosa-quote-rule: #8a8a8a;
  --glosa-note-bg: #fff4ce;
  --glosa-note-fg: #1a1a1a;
  --glosa-note-border: #a67c00;
  --glosa-focus: #0b57d0;
  --glosa-selected-bg: #e8f0fe;
  --glosa-shadow: 0 8px 24px rgba(0, 0, 0, 0.18), 0 1px 3px rgba(0, 0, 0, 0.12);
  display: flex;
  flex-direction: column;
  box-sizing: border-box;
  width: 400px;
  max-width: calc(100vw - 16px);
  /* --glosa-available-height: the room the positioning library found beside the mention. */
  max-height: min(70vh, 560px, var(--glosa-available-height, 560px));
  overflow: hidden;
  margin: 0;
  padding: 0;
  border: 1px solid var(--glosa-border);
  border-radius: 8px;
  box-shadow: var(--glosa-shadow);
  background: var(--glosa-bg);
  color: var(--glosa-fg);
  color-scheme: light;
  font-family: ${fontStack};
  font-size: 14px;
  font-style: normal;
  font-weight: 400;
  line-height: 20px;
  letter-spacing: 0px;
  word-spacing: 0px;
  text-align: start;
  text-indent: 0px;
  text-transform: none;
  text-shadow: none;
  white-space: normal;
  overflow-wrap: break-word;
  visibility: visible;
  cursor: auto;
  pointer-events: auto;
  -webkit-font-smoothing: antialiased;
}

/* Zero specificity beyond .popover, so every class rule below overrides it. */
.popover :where(div, section, p, h2, h3, h4, h5, ol, ul, li, figure, figcaption, blockquote, cite, span, time, a, button) {
  all: unset;
  box-sizing: border-box;
}

.popover [hidden] {
  display: none !important;
}

.popover :focus-visible {
  outline: 2px solid var(--glosa-focus);
  outline-offset: 2px;
}

.popover:focus-visible {
  outline: 2px solid var(--glosa-focus);
  outline-offset: -2px;
}

/* Header */

.header {
  display: block;
  padding-bottom: 8px;
  border-bottom: 1px solid var(--glosa-border);
  background: var(--glosa-bg);
  color: var(--glosa-fg);
}

/* Stays at the top of the scroll area, so the name and Close are always in view. */
.title-row {
  display: flex;
  position: sticky;
  top: 0px;
  z-index: 1;
  align-items: flex-start;
  justify-content: space-between;
  gap: 8px;
  margin: 0px -16px;
  padding: 12px 16px 4px 16px;
  background: var(--glosa-bg);
}

.title {
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  gap: 0px 8px;
  min-width: 0px;
}

.name {
  display: block;
  font-family: ${fontStack};
  font-size: 18px;
  font-weight: 650;
  line-height: 24px;
  color: var(--glosa-fg);
}

.kind {
  display: block;
  font-family: ${fontStack};
  font-size: 12px;
  font-weight: 500;
  line-height: 16px;
  letter-spacing: 0.4px;
  text-transform: uppercase;
  color: var(--glosa-muted);
}

.description {
  display: block;
  font-family: ${fontStack};
  font-size: 13px;
  line-height: 19px;
  color: var(--glosa-fg);
}

/* Two lines, the rest behind "More": the header stays compact, the disagreement shows first. */
.description.clamped {
  display: -webkit-box;
  -webkit-box-orient: vertical;
  -webkit-line-clamp: 2;
  line-clamp: 2;
  overflow: hidden;
}

.header-links {
  display: flex;
  flex-wrap: wrap;
  gap: 2px 16px;
  margin-top: 2px;
}

.more-description,
.et-al,
.atlas {
  display: inline;
  cursor: pointer;
  font-family: ${fontStack};
  font-size: 12px;
  font-weight: 600;
  line-height: 17px;
  color: var(--glosa-link);
  text-decoration: underline;
  text-underline-offset: 2px;
}

.et-al {
  font-weight: 600;
}

.arrow {
  display: inline;
  text-decoration: none;
}

.unlinked {
  display: block;
  margin-top: 10px;
  padding: 6px 8px;
  border: 1px solid var(--glosa-border);
  border-radius: 6px;
  font-family: ${fontStack};
  font-size: 13px;
  line-height: 18px;
  color: var(--glosa-fg);
}

.details {
  display: block;
  margin-top: 12px;
  padding-top: 8px;
  border-top: 1px solid var(--glosa-border);
}

.visually-hidden {
  display: block;
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(0px 0px 1px 1px);
  white-space: nowrap;
}

.meta {
  display: flex;
  flex-wrap: wrap;
  gap: 4px 12px;
  margin-top: 6px;
  font-family: ${fontStack};
  font-size: 12px;
  line-height: 16px;
  color: var(--glosa-muted);
}

.meta-part {
  display: inline;
  font-size: 12px;
  line-height: 16px;
  color: var(--glosa-muted);
}

/* Offices with their dates, under the description. */
.roles,
.related-list {
  display: block;
  margin: 4px 0px 0px;
  padding: 0px;
  list-style: none;
  font-family: ${fontStack};
  font-size: 12px;
  line-height: 17px;
  color: var(--glosa-fg);
}

.related {
  display: block;
  margin-top: 6px;
}

.related-heading {
  display: inline;
  font-family: ${fontStack};
  font-size: 12px;
  font-weight: 600;
  line-height: 17px;
  color: var(--glosa-muted);
}

.related-list li,
.roles li {
  display: block;
}

/* Buttons */

.close,
.section-toggle,
.more,
.hide {
  display: inline-flex;
  align-items: center;
  gap: 4px;
  cursor: pointer;
  font-family: ${fontStack};
  font-size: 12px;
  font-weight: 500;
  line-height: 16px;
  color: var(--glosa-fg);
  background: transparent;
  border: 1px solid var(--glosa-control-border);
  border-radius: 6px;
  padding: 4px 8px;
  transition: background-color 120ms ease;
}

.close:hover,
.section-toggle:hover,
.more:hover,
.hide:hover {
  background: var(--glosa-control-hover);
}

.close {
  flex: none;
  justify-content: center;
  width: 28px;
  height: 28px;
  padding: 0px;
}

.section-count {
  display: inline;
  font-size: 12px;
  line-height: 16px;
  color: var(--glosa-fg);
}

.chevron {
  display: block;
  transition: transform 150ms ease;
}

.section-toggle[aria-expanded='false'] .chevron {
  transform: rotate(-90deg);
}

.more {
  margin-top: 8px;
  color: var(--glosa-link);
  border-color: var(--glosa-link);
}

/* Body and sections */

.body {
  display: block;
  flex: 1 1 auto;
  min-height: 0px;
  overflow-y: auto;
  overscroll-behavior: contain;
  padding: 0px 16px 12px 16px;
  background: var(--glosa-bg);
  color: var(--glosa-fg);
}

.section {
  display: block;
  padding-top: 12px;
}

.section + .section {
  margin-top: 12px;
  border-top: 1px solid var(--glosa-border);
}

.section-header {
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: 8px;
  margin-bottom: 8px;
}

.section-heading {
  display: block;
  font-family: ${fontStack};
  font-size: 13px;
  font-weight: 700;
  line-height: 18px;
  letter-spacing: 0.4px;
  text-transform: uppercase;
  color: var(--glosa-fg);
}

.section-body {
  display: block;
}

.small {
  display: block;
  margin-bottom: 8px;
  font-size: 12px;
  line-height: 16px;
}

.muted {
  display: block;
  font-family: ${fontStack};
  font-size: 12px;
  line-height: 16px;
  color: var(--glosa-muted);
}

/* Quotes */

.quotes {
  display: block;
  list-style: none;
}

.quotes-item {
  display: block;
}

.quotes-item + .quotes-item {
  margin-top: 12px;
}

.quote {
  display: block;
}

.summary {
  display: block;
  margin-top: 4px;
  padding-left: 13px;
  font-family: ${fontStack};
  font-size: 12px;
  font-style: italic;
  line-height: 17px;
  color: var(--glosa-muted);
}

.quote-text {
  display: block;
  padding: 2px 0px 2px 10px;
  border-left: 3px solid var(--glosa-quote-rule);
}

.quote-text p {
  display: block;
  font-family: ${fontStack};
  font-size: 14px;
  line-height: 20px;
  color: var(--glosa-fg);
  quotes: none;
}

/* One line of attribution, each part once, separated by dots. */
.attribution {
  display: block;
  position: relative;
  margin-top: 4px;
  padding-left: 13px;
  font-family: ${fontStack};
  font-size: 12px;
  line-height: 17px;
  color: var(--glosa-muted);
}

.speaker {
  display: inline;
  font-size: 12px;
  font-weight: 600;
  line-height: 17px;
  color: var(--glosa-fg);
}

.source-part {
  display: inline;
  font-size: 12px;
  line-height: 17px;
  color: var(--glosa-muted);
}

/*
 * A visual separator only (the alternative text after the slash keeps screen readers
 * quiet). It starts each part after the first, glued to the part before it by a
 * no-break space, so a line never starts with a dot.
 */
.attribution > .source-part::before {
  content: '\\00a0\u00b7 ';
  content: '\\00a0\u00b7 ' / '';
  color: var(--glosa-muted);
  font-style: normal;
  font-weight: 400;
  text-decoration: none;
}

.source-link {
  display: inline;
  cursor: pointer;
  font-size: 12px;
  font-weight: 600;
  line-height: 17px;
  color: var(--glosa-link);
  text-decoration: underline;
  text-underline-offset: 2px;
}

/* Competing accounts */

.questions {
  display: block;
}

.question {
  display: block;
}

.question + .question {
  margin-top: 16px;
}

.question-text {
  display: block;
  font-family: ${fontStack};
  font-size: 14px;
  font-weight: 600;
  line-height: 20px;
  color: var(--glosa-fg);
}

.note {
  display: block;
  margin-top: 6px;
  padding: 6px 8px;
  border: 1px solid var(--glosa-note-border);
  border-radius: 6px;
  background: var(--glosa-note-bg);
  font-family: ${fontStack};
  font-size: 12px;
  line-height: 17px;
  color: var(--glosa-note-fg);
}

/*
 * The positions as a segmented control: one row each, with its counts, so a reader sees
 * at a glance how the sources divide; the chosen one's quotes follow.
 */
.positions {
  display: flex;
  flex-direction: column;
  gap: 4px;
  margin-top: 8px;
}

.position-tab {
  display: flex;
  flex-direction: column;
  gap: 2px;
  align-self: stretch;
  cursor: pointer;
  padding: 5px 8px 5px 10px;
  border: 1px solid var(--glosa-border);
  border-left: 4px solid var(--glosa-border);
  border-radius: 6px;
  background: var(--glosa-bg);
  text-align: start;
  transition: background-color 120ms ease;
}

.position-tab:hover {
  background: var(--glosa-control-hover);
}

.position-tab[aria-selected='true'] {
  border-color: var(--glosa-link);
  border-left-color: var(--glosa-link);
  background: var(--glosa-selected-bg);
}

.position-label {
  display: block;
  font-family: ${fontStack};
  font-size: 13px;
  font-weight: 600;
  line-height: 18px;
  color: var(--glosa-fg);
}

.position-counts {
  display: block;
  font-family: ${fontStack};
  font-size: 12px;
  line-height: 16px;
  color: var(--glosa-muted);
}

.position-count {
  display: inline;
  font-size: 12px;
  line-height: 16px;
  color: var(--glosa-muted);
}

.position-count + .position-count::before {
  content: '\u00b7 ';
  content: '\u00b7 ' / '';
}

.position-flag {
  font-weight: 600;
  color: var(--glosa-fg);
}

.position-panel {
  display: block;
  margin-top: 10px;
}

.position-panel > .note {
  margin: 0px 0px 8px;
}

.shown-under {
  display: block;
  margin-top: 8px;
  list-style: none;
}

.shown-under li {
  display: block;
}

/* Footer */

.footer-actions {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 8px;
}

.footer {
  display: flex;
  flex: none;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: 8px;
  padding: 8px 16px;
  border-top: 1px solid var(--glosa-border);
  background: var(--glosa-bg);
  color: var(--glosa-muted);
}

.version {
  display: inline;
  font-family: ${fontStack};
  font-size: 12px;
  line-height: 16px;
  color: var(--glosa-muted);
}

@media (prefers-color-scheme: dark) {
  .popover {
    --glosa-bg: #1f2023;
    --glosa-fg: #ececec;
    --glosa-muted: #b4b4b4;
    --glosa-link: #8ab4f8;
    --glosa-border: #45474c;
    --glosa-control-border: #8e9097;
    --glosa-control-hover: #2c2f36;
    --glosa-quote-rule: #8e9097;
    --glosa-note-bg: #3a3000;
    --glosa-note-fg: #f5e7a8;
    --glosa-note-border: #c9a227;
    --glosa-focus: #8ab4f8;
    --glosa-selected-bg: #263247;
    --glosa-shadow: 0 8px 24px rgba(0, 0, 0, 0.5), 0 1px 3px rgba(0, 0, 0, 0.4);
    color-scheme: dark;
  }
}

/* Touch screens: every control at least 44 px tall (WCAG 2.5.5), the close button 44 px square. */
@media (pointer: coarse) {
  .close {
    width: 44px;
    height: 44px;
  }

  .section-toggle,
  .more,
  .hide,
  .atlas,
  .more-description,
  .related-open,
  .position-tab {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
  }

  .position-tab {
    display: flex;
    align-items: stretch;
    justify-content: center;
  }

  .et-al,
  .source-link {
    display: inline-block;
    min-height: 44px;
    padding: 13px 0px;
  }
}

@media (prefers-reduced-motion: reduce) {
  .popover,
  .popover * {
    transition: none !important;
    animation: none !important;
  }
}

@media (forced-colors: active) {
  .popover {
    --glosa-bg: Canvas;
    --glosa-fg: CanvasText;
    --glosa-muted: CanvasText;
    --glosa-link: LinkText;
    --glosa-border: CanvasText;
    --glosa-control-border: ButtonText;
    --glosa-control-hover: Canvas;
    --glosa-quote-rule: CanvasText;
    --glosa-note-bg: Canvas;
    --glosa-note-fg: CanvasText;
    --glosa-note-border: CanvasText;
    --glosa-focus: Highlight;
    --glosa-selected-bg: Canvas;
    box-shadow: none;
  }

  .close,
  .section-toggle,
  .more,
  .hide {
    color: ButtonText;
    background: ButtonFace;
    border-color: ButtonText;
  }

  .source-link,
  .more-description,
  .et-al,
  .atlas {
    color: LinkText;
  }

  .position-tab {
    color: ButtonText;
    background: ButtonFace;
    border-color: ButtonText;
  }

  .position-tab[aria-selected='true'] {
    border-color: Highlight;
    border-left-color: Highlight;
  }
}
`;
