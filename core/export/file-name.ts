/** Download names for exports: `glosa-highlights-2026-12-02.jsonld`, dated in the user's own day. */
export type ExportFormat = 'jsonld' | 'markdown' | 'csv';

const extensions: Record<ExportFormat, string> = { jsonld: 'jsonld', markdown: 'md', csv: 'csv' };

export function exportFileName(format: ExportFormat, date: Date): string {
  const day = [
    String(date.getFullYear()).padStart(4, '0'),
    String(date.getMonth() + 1).padStart(2, '0'),
    String(date.getDate()).padStart(2, '0'),
  ].join('-');
  return `glosa-highlights-${day}.${extensions[format]}`;
}
