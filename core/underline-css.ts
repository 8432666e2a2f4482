/**
 * The reader's underline for mentions, as CSS: inserted by the background after the
 * base rules (lib/highlight-styles.css), so it overrides their style and colour, and used
 * as is by the options page's preview. Forced-colours mode keeps the system's colours.
 */
import type { Settings } from './settings';

export type Underline = Pick<Settings, 'underlineStyle' | 'underlineColour'>;

export function underlineCss({ underlineStyle, underlineColour }: Underline, name = 'glosa-mention'): string {
  return `@media not (forced-colors: active) {
  ::highlight(${name}) {
    text-decoration-style: ${underlineStyle};
    text-decoration-color: ${underlineColour};
  }
  glosa-mark {
    text-decoration-style: ${underlineStyle};
    text-decoration-color: ${underlineColour};
  }
}
`;
}
