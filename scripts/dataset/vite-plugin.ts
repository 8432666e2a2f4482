/**
 * The build's gate for the dataset: `glosaDataset()` runs the full data check when a
 * build starts and fails it with every problem (`file: path: message`) when there is
 * any, so invalid data never ships. It then serves the checked data as two virtual
 * modules:
 *
 * - `virtual:glosa/dataset`: the public BilingualDataset (version, source metadata,
 *   entities, accounts, questions, Glosa's own text in English and Spanish; each page
 *   localises it with core/localise.ts). Never the archived article texts: those are
 *   for verification.
 * - `virtual:glosa/matcher`: `compileMatcher(entities)`, the JSON the content script holds.
 * - `virtual:glosa/entity-names`: each entity's id and name in both languages, for pages
 *   that only show names (the library's cards, filter and exports): 3 KB to load instead of
 *   the whole dataset's 190, which delayed the library's first frame.
 *
 * Imports are relative with explicit `.ts` paths: wxt.config.ts loads this file with
 * WXT's own loader, and scripts run it under plain node + tsx.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { compileMatcher } from '../../core/matcher/compile.ts';
import type { BilingualDataset } from '../../core/schema.ts';
import { type DatasetReport, inspectDataset } from './check.ts';
import { formatProblem } from './problem.ts';

export const DATASET_MODULE = 'virtual:glosa/dataset';
export const MATCHER_MODULE = 'virtual:glosa/matcher';
export const ENTITY_NAMES_MODULE = 'virtual:glosa/entity-names';
const RESOLVED = new Map([
  [DATASET_MODULE, `\0${DATASET_MODULE}`],
  [MATCHER_MODULE, `\0${MATCHER_MODULE}`],
  [ENTITY_NAMES_MODULE, `\0${ENTITY_NAMES_MODULE}`],
]);

/** The error a failed check raises: every problem on its own line, ready to fix. */
export function datasetBuildError(dir: string, report: DatasetReport): Error {
  const count = report.problems.length;
  const lines = report.problems.map(formatProblem);
  return new Error(
    [
      `The dataset in ${dir} has ${count} problem${count === 1 ? '' : 's'} (npm run data:check):`,
      ...lines,
    ].join('\n'),
  );
}

/** What ships: the loaded records, archived texts left out. */
export function publicDataset(report: DatasetReport): BilingualDataset {
  const { version, asOf, sources, entities, accounts, questions } = report.loaded.dataset;
  return { version, asOf, sources, entities, accounts, questions };
}

export function glosaDataset(dir = 'data'): Plugin {
  const root = path.resolve(dir);
  let cached: { signature: string; report: DatasetReport } | undefined;

  /** Checks again only when a data file was added, removed or changed (WXT runs several builds). */
  const checked = (): DatasetReport => {
    const signature = dataFiles(root)
      .map((file) => {
        const stat = fs.statSync(file);
        return `${file}:${stat.size}:${stat.mtimeMs}`;
      })
      .join('\n');
    if (cached?.signature !== signature) cached = { signature, report: inspectDataset(dir) };
    return cached.report;
  };
  /** The same, failing with every problem when there is any. */
  const checkedOrThrow = (): DatasetReport => {
    const report = checked();
    if (report.problems.length > 0) throw datasetBuildError(dir, report);
    return report;
  };
  // Only a build must refuse bad data. `wxt prepare` (run by npm install) and the dev
  // server load the modules too: there, problems are printed, so that installing the
  // project never fails because of a data file being edited.
  let building = false;
  const isDataFile = (file: string) => path.resolve(file).startsWith(root + path.sep);

  return {
    name: 'glosa-dataset',
    configResolved(config) {
      building = config.command === 'build';
    },
    buildStart() {
      if (building) checkedOrThrow();
      else {
        const report = checked();
        if (report.problems.length > 0) this.warn(datasetBuildError(dir, report).message);
      }
      for (const file of dataFiles(root)) this.addWatchFile(file);
    },
    resolveId(id) {
      return RESOLVED.get(id) ?? null;
    },
    load(id) {
      const report = () => (building ? checkedOrThrow() : checked());
      if (id === RESOLVED.get(DATASET_MODULE)) {
        return `export default ${JSON.stringify(publicDataset(report()))};\n`;
      }
      if (id === RESOLVED.get(MATCHER_MODULE)) {
        return `export default ${JSON.stringify(compileMatcher(report().loaded.dataset.entities))};\n`;
      }
      if (id === RESOLVED.get(ENTITY_NAMES_MODULE)) {
        const names = report().loaded.dataset.entities.map((entity) => [entity.id, entity.name]);
        return `export default ${JSON.stringify(names)};\n`;
      }
      return null;
    },
    watchChange(id) {
      if (isDataFile(id)) cached = undefined;
    },
    configureServer(server) {
      // In dev, a saved data file reloads the pages with the new data (or shows the problems).
      server.watcher.add(root);
      const onChange = (file: string) => {
        if (!isDataFile(file)) return;
        cached = undefined;
        for (const resolved of RESOLVED.values()) {
          const module = server.moduleGraph.getModuleById(resolved);
          if (module) server.moduleGraph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
  };
}

/** Every file under the dataset directory (JSON and archived texts), sorted. */
function dataFiles(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(full);
    }
  };
  walk(root);
  return out.sort();
}
