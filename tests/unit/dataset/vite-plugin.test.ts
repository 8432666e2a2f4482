import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build, type Rollup } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../core/matcher/compile.ts';
import { checkDataset } from '../../../scripts/dataset/check.ts';
import { glosaDataset } from '../../../scripts/dataset/vite-plugin.ts';
import { copyOfMinimal, editJson, MINIMAL_DATASET, readJson, removeCopies } from './fixture-dataset.ts';

const outputs: string[] = [];
afterEach(() => {
  removeCopies();
  for (const dir of outputs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** Builds a one-file library that re-exports both virtual modules, and imports the result. */
async function buildWith(
  dataDir: string,
): Promise<{ dataset: Record<string, unknown>; matcher: unknown; names: unknown }> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'glosa-vite-'));
  outputs.push(root);
  const entry = path.join(root, 'entry.js');
  fs.writeFileSync(
    entry,
    [
      "import dataset from 'virtual:glosa/dataset';",
      "import matcher from 'virtual:glosa/matcher';",
      "import names from 'virtual:glosa/entity-names';",
      'export { dataset, matcher, names };',
      '',
    ].join('\n'),
  );
  const result = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [glosaDataset(dataDir)],
    build: { write: false, minify: false, lib: { entry, formats: ['es'], fileName: 'bundle' } },
  });
  const output = (Array.isArray(result) ? result[0] : result) as Rollup.RollupOutput;
  const chunk = output.output.find((item): item is Rollup.OutputChunk => item.type === 'chunk');
  if (chunk === undefined) throw new Error('the build produced no chunk');
  const bundle = path.join(root, 'bundle.mjs');
  fs.writeFileSync(bundle, chunk.code);
  return import(bundle);
}

describe('glosaDataset (Vite plugin)', () => {
  it('serves the checked dataset without archived texts, the compiled matcher and the names', async () => {
    const { dataset, matcher, names } = await buildWith(MINIMAL_DATASET);

    expect(Object.keys(dataset)).toEqual(['version', 'asOf', 'sources', 'entities', 'accounts', 'questions']);
    expect(dataset.version).toBe('1.0.0');
    expect(dataset.sources).toEqual([
      readJson(MINIMAL_DATASET, 'sources/src-a.json'),
      readJson(MINIMAL_DATASET, 'sources/src-b.json'),
    ]);
    expect(JSON.stringify(dataset)).not.toContain('The road to the capital\n\nBy Ana Quispe');
    expect((dataset.accounts as unknown[]).length).toBe(5);
    expect(matcher).toEqual(compileMatcher(dataset.entities as Parameters<typeof compileMatcher>[0]));
    const entities = dataset.entities as { id: string; name: unknown }[];
    expect(names).toEqual(entities.map((entity) => [entity.id, entity.name]));
  });

  it('fails the build with every problem as file: path: message', async () => {
    const dir = copyOfMinimal();
    editJson(dir, 'sources/src-a.json', (source) => {
      source.url = 'http://example.org/road-to-the-capital';
    });
    editJson(dir, 'accounts/src-b.json', (accounts) => {
      accounts[1].quote = 'El MAS denunció un fraude.';
    });
    expect(checkDataset(dir)).toHaveLength(2);

    const failure = await buildWith(dir).then(
      () => undefined,
      (error: unknown) => error as Error,
    );

    expect(failure?.message).toContain(`The dataset in ${dir} has 2 problems (npm run data:check):`);
    expect(failure?.message).toContain(
      `${dir}/accounts/src-b.json: [1].quote: quote not found verbatim in ${dir}/sources/src-b.txt`,
    );
    expect(failure?.message).toContain(`${dir}/sources/src-a.json: url: must be an https address`);
  });

  it('lets `wxt prepare` and the dev server load broken data (npm install must not fail), with a warning', async () => {
    const dir = copyOfMinimal();
    editJson(dir, 'sources/src-a.json', (source) => {
      source.url = 'http://example.org/road-to-the-capital';
    });
    const plugin = glosaDataset(dir) as unknown as {
      configResolved(config: { command: string }): void;
      buildStart(this: { warn(message: string): void; addWatchFile(file: string): void }): void;
      load(id: string): string | null;
    };
    plugin.configResolved({ command: 'serve' });
    const warnings: string[] = [];
    plugin.buildStart.call({ warn: (message) => warnings.push(message), addWatchFile: () => {} });
    expect(warnings.join('\n')).toContain(`${dir}/sources/src-a.json: url: must be an https address`);
    expect(plugin.load('\0virtual:glosa/dataset')).toContain('"version":"1.0.0"');

    plugin.configResolved({ command: 'build' });
    expect(() => plugin.load('\0virtual:glosa/dataset')).toThrow(/must be an https address/);
  });

  it('watches every data file, archived texts included', () => {
    const plugin = glosaDataset(MINIMAL_DATASET);
    const watched: string[] = [];
    const buildStart = plugin.buildStart as (this: { addWatchFile(file: string): void }) => void;
    buildStart.call({ addWatchFile: (file) => watched.push(file) });

    expect(watched).toContain(path.join(MINIMAL_DATASET, 'sources/src-a.txt'));
    expect(watched).toContain(path.join(MINIMAL_DATASET, 'entities/evo-morales.json'));
    expect(watched).toHaveLength(12);
  });
});
