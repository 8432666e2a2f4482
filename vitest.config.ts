import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // A hang guard, not a speed check: property tests run thousands of cases, and on a
    // 2-core CI machine with files in parallel the 5 s default fails healthy tests.
    testTimeout: 30_000,
    // Vitest empties CSS files by default, `?raw` imports too; the background sends this
    // one's text to pages (lib/highlight-styles.ts), so its tests must see it.
    css: { include: [/highlight-styles\.css/] },
  },
});
