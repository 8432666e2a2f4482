/**
 * Highlights as CSV for spreadsheets (RFC 4180): CRLF line ends, fields quoted when they
 * hold a comma, a quote or a line break, quotes doubled. UTF-8 with a byte-order mark,
 * because Excel reads BOM-less CSV in the local code page and garbles accents.
 *
 * Cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR) get a
 * leading `'`: a quoted page could otherwise put `=HYPERLINK(…)` in the user's sheet
 * (OWASP, "CSV Injection").
 */
import type { Highlight } from '../highlights/highlight.ts';
import { sortForExport } from './order.ts';

export const csvColumns = [
  'created',
  'modified',
  'site',
  'url',
  'title',
  'quote',
  'note',
  'tags',
  'entities',
  'id',
] as const;

export interface CsvExportOptions {
  entityName: (id: string) => string | undefined;
}

const byteOrderMark = '\uFEFF';
/** Separates several tags or entities inside one cell. */
const listSeparator = '; ';

export function exportCsv(highlights: readonly Highlight[], options: CsvExportOptions): string {
  const rows = sortForExport(highlights).map((highlight) => csvRow(highlight, options));
  return `${byteOrderMark}${[[...csvColumns], ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function csvRow(highlight: Highlight, options: CsvExportOptions): string[] {
  const values: Record<(typeof csvColumns)[number], string> = {
    created: highlight.created,
    modified: highlight.modified,
    site: siteOf(highlight.target.source),
    url: highlight.target.source,
    title: highlight.target.title,
    quote: highlight.target.selector.quote.exact,
    note: highlight.body.note,
    tags: highlight.body.tags.join(listSeparator),
    entities: highlight.body.entityIds.map((id) => options.entityName(id) ?? id).join(listSeparator),
    id: highlight.id,
  };
  return csvColumns.map((column) => values[column]);
}

/** One field: guarded against formulas, then quoted if RFC 4180 requires it. */
export function csvCell(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
