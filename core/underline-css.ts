/**
 * The reader's underline for mentions, as CSS: appended by the background to the base
 * rules (lib/highlight-styles.css, one sheet), so it overrides their style and colour, and
 * used as is by the options page's preview. Forced-colours mode keeps the system's colours.
 * On `html` only, like the base rules: descendants inherit highlight styles, and a rule
 * the style system matches on one element is cheaper to insert into a huge page than one
 * it matches on all (see lib/highlight-styles.css).
 */
import type { Settings } from './settings';

export type Underline = Pick<Settings, 'underlineStyle' | 'underlineColour'>;

export function underlineCss({ underlineStyle, underlineColour }: Underline, name = 'glosa-mention'): string {
  return `@media not (forced-colors: active) {
  html::highlight(${name}) {
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
