import { resolve } from 'node:path';
import { defineConfig, type WxtViteConfig } from 'wxt';
import { glosaDataset } from './scripts/dataset/vite-plugin.ts';

/**
 * `data_collection_permissions` is newer than WXT's manifest types, hence the own type.
 * Firefox reads that declaration from version 140 (142 on Android), so those are the
 * minimums: an older Firefox would ignore it, and `web-ext lint` warns about exactly
 * that. 140 is also where Firefox draws with the CSS Custom Highlight API.
 */
const firefoxSettings = {
  gecko: {
    id: 'glosa@glosa-extension.org',
    strict_min_version: '140.0',
    data_collection_permissions: { required: ['none'] },
  },
  gecko_android: { strict_min_version: '142.0' },
} as { gecko: { id: string; strict_min_version: string } };

/**
 * Puts zod and the highlight schemas in a chunk of their own in the pages' build. Left to
 * itself, Rollup grouped the anchoring schemas with the database module (both reach the
 * library, one only through a lazy import), so the library loaded zod before its first
 * render without using it. Only the pages' ES build is split: content scripts and the
 * background are single files, where manual chunks do not apply.
 */
const validationChunk = {
  name: 'glosa-validation-chunk',
  outputOptions(options: { format?: string; manualChunks?: unknown }) {
    if (options.format !== 'es') return null;
    const validation = [
      /\/node_modules\/zod\//,
      /\/core\/anchoring\/selectors\.ts$/,
      /\/core\/highlights\/highlight\.ts$/,
    ];
    // A manual chunk takes in the modules it imports unless they have a chunk of their own:
    // page addresses and the selectors' limits (imported by the schemas) are needed without them.
    const basics = [/\/core\/highlights\/address\.ts$/, /\/core\/anchoring\/limits\.ts$/];
    return {
      ...options,
      manualChunks: (id: string) => {
        if (basics.some((pattern) => pattern.test(id))) return 'highlight-basics';
        return validation.some((pattern) => pattern.test(id)) ? 'validation' : undefined;
      },
    };
  },
};

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // `wxt zip -b firefox` also writes the sources archive Firefox Add-ons review asks for:
  // what `npm ci && npm run build:firefox` needs (BUILDING.md says how), without the
  // tests, their fixture pages and what tools leave behind.
  zip: {
    excludeSources: ['tests/**', 'test-results/**', 'playwright-report/**', 'docs/**'],
  },
  vite: () => ({
    // WXT's content-script context announces the extension id to the page and lets
    // the page shut the script down; Glosa's own context does neither (see the file).
    resolve: {
      alias: {
        'wxt/utils/content-script-context': resolve(import.meta.dirname, 'lib/quiet-content-context.ts'),
      },
    },
    // GLOSA_MINIFY=false keeps function names, for reading a profile (scripts/profile-scan.ts).
    ...(process.env.GLOSA_MINIFY === 'false' ? { build: { minify: false } } : {}),
    // Checks the dataset and compiles it: invalid data fails the build, never ships.
    // (Typed against the root `vite`; WXT resolves its own copy, hence the cast.)
    plugins: [
      glosaDataset('data') as unknown as NonNullable<WxtViteConfig['plugins']>[number],
      validationChunk as unknown as NonNullable<WxtViteConfig['plugins']>[number],
    ],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Firefox only (Chrome warns about the key): a stable id for storage and updates,
    // and the data-collection declaration, none, since Glosa sends nothing anywhere.
    ...(browser === 'firefox' ? { browser_specific_settings: firefoxSettings } : {}),
    // storage: the user's settings, kept on this machine.
    // scripting + host access: inject the popover's UI into a page only when a reader
    // first opens a popover, so pages where nobody does never load React.
    // contextMenus: "Save highlight" on selected text.
    // unlimitedStorage: a researcher's library must never be refused for size.
    permissions: ['storage', 'scripting', 'contextMenus', 'unlimitedStorage'],
    host_permissions: ['http://*/*', 'https://*/*'],
    commands: {
      'focus-mentions': {
        suggested_key: { default: 'Alt+Shift+G' },
        description: '__MSG_commandFocusMentions__',
      },
      'save-highlight': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSaveHighlight__',
      },
    },
  }),
});
