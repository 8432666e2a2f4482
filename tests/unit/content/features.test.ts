/**
 * The content script's convention, checked: each file in entrypoints/content/features/
 * is one feature, exported as `<camelName>: Feature` with `name: '<file-name>'`, and the
 * entry starts it (so a feature cannot be added and forgotten, or removed and left listed).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const folder = join(import.meta.dirname, '../../../entrypoints/content/features');
const entry = readFileSync(join(folder, '../index.ts'), 'utf8');
const files = readdirSync(folder)
  .filter((file) => file.endsWith('.ts') && file !== 'feature.ts')
  .map((file) => file.replace(/\.ts$/, ''));

const camel = (name: string) => name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

describe('content features', () => {
  it('are the six the design names', () => {
    expect(files.sort()).toEqual(
      [
        'keyboard-cursor',
        'mention-popover',
        'mentions',
        'popup-bridge',
        'save-selection',
        'saved-highlights',
      ].sort(),
    );
  });

  for (const file of files) {
    it(`${file} exports one Feature named after its file, and the entry starts it`, () => {
      const source = readFileSync(join(folder, `${file}.ts`), 'utf8');
      const name = camel(file);
      expect(source).toContain(`export const ${name}: Feature = {`);
      expect(source).toContain(`name: '${file}',`);
      expect(entry).toContain(`import { ${name} } from './features/${file}';`);
      const lists = [...entry.matchAll(/const \w+Features = \[([^\]]*)\]/g)].map((match) => match[1] ?? '');
      expect(
        lists.some((list) =>
          list
            .split(',')
            .map((item) => item.trim())
            .includes(name),
        ),
      ).toBe(true);
    });
  }
});
