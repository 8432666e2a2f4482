/**
 * The export and import work, loaded on first use: its formats and zod schemas are not
 * needed to show the library, and were a third of the JavaScript parsed before the first
 * card was drawn.
 */
import { browser } from 'wxt/browser';
import { exportCsv } from '../../core/export/csv';
import type { ExportFormat } from '../../core/export/file-name';
import { exportMarkdown } from '../../core/export/markdown';
import { serialiseWebAnnotationCollection } from '../../core/export/web-annotation';
import type { Highlight } from '../../core/highlights/highlight';
import { loadEntityNames } from './entity-names';

export { mergeHighlights } from '../../core/highlights/merge';
export { parseImportAsync } from '../../core/import/parse-import';

/** The file's text for `list` in `format`, with entity names from the dataset. */
export async function exportText(
  format: ExportFormat,
  list: readonly Highlight[],
  now: Date,
): Promise<string> {
  const names = await loadEntityNames();
  const entityName = (id: string) => names.get(id);
  if (format === 'jsonld') {
    return serialiseWebAnnotationCollection(list, {
      entityName,
      generator: { name: 'Glosa', version: browser.runtime.getManifest().version },
      exported: now,
    });
  }
  return format === 'markdown' ? exportMarkdown(list, { entityName }) : exportCsv(list, { entityName });
}
