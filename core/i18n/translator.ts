/**
 * A translator over one locale's `messages.json`, with the semantics of
 * `browser.i18n.getMessage`: for tests, and for an interface language other than the
 * browser's (lib/i18n.ts). Re-exported by ui-strings.ts.
 */
import type { Translate } from './ui-strings';

/** One entry of a Chrome `messages.json`. */
export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type LocaleMessages = Record<string, LocaleMessage>;

/**
 * A `Translate` over one locale's messages. Named placeholders (`$COUNT$`, case-insensitive)
 * expand to their content, then `$1`..`$9` take the substitutions and `$$` is a dollar sign.
 * A missing key returns '' as `browser.i18n.getMessage` does.
 */
export function createTranslator(messages: LocaleMessages): Translate {
  return (key, substitutions) => {
    const entry = messages[key];
    if (!entry) return '';
    const values =
      substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const placeholders = new Map(
      Object.entries(entry.placeholders ?? {}).map(([name, placeholder]) => [
        name.toLowerCase(),
        placeholder.content,
      ]),
    );
    const expanded = entry.message.replace(
      /\$([a-zA-Z0-9_@]+)\$/g,
      (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole,
    );
    return expanded.replace(/\$(\$|[1-9])/g, (_whole, token: string) =>
      token === '$' ? '$' : (values[Number(token) - 1] ?? ''),
    );
  };
}
