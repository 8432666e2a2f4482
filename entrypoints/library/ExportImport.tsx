/**
 * Export (the selection, or everything) as JSON-LD, Markdown or CSV, and import with a
 * review step: the file's format, what is valid, what is not and why, then "Import N
 * valid" or "Cancel". An import is merged by id (the newer `modified` wins) and written in
 * one transaction, so a failure leaves the library as it was. The formats and the import's
 * schemas are loaded on first use (`./transfer`), not with the page.
 */
import { useRef, useState } from 'react';
import { useT } from '../../components/i18n-context';
import { type ExportFormat, exportFileName } from '../../core/export/file-name';
import type { Highlight } from '../../core/highlights/highlight';
import type { MessageKey } from '../../core/i18n/ui-strings';
import type { ImportFormat, ImportResult } from '../../core/import/import-result';
import { putHighlights } from '../../lib/db/highlights';
import { describeStorageError } from '../../lib/db/storage-errors';
import { notifyTabsOf, type Status } from './changes';

interface Props {
  highlights: Highlight[];
  selection: Highlight[];
  onStatus: (status: Status) => void;
}

type Review = Extract<ImportResult, { ok: true }> & { fileName: string };

const mimeTypes: Record<ExportFormat, string> = {
  jsonld: 'application/ld+json',
  markdown: 'text/markdown',
  csv: 'text/csv',
};

const formatNames: Record<ImportFormat, MessageKey> = {
  glosa: 'libraryImportFormatGlosa',
  w3c: 'libraryImportFormatW3c',
  hypothesis: 'libraryImportFormatHypothesis',
};

/** How many invalid records the review lists; the count says how many there are. */
const invalidShown = 50;

function download(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it starts; the object URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const transfer = () => import('./transfer');

export function ExportImport({ highlights, selection, onStatus }: Props) {
  const t = useT();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [review, setReview] = useState<Review | null>(null);
  const [error, setError] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const list = selection.length > 0 ? selection : highlights;

  const exportAs = async (format: ExportFormat) => {
    const now = new Date();
    const text = await (await transfer()).exportText(format, list, now);
    const fileName = exportFileName(format, now);
    download(text, fileName, mimeTypes[format]);
    onStatus({ message: t('libraryExported', [String(list.length), fileName]) });
  };

  const onFile = async (file: File) => {
    setError('');
    setReview(null);
    setProgress({ done: 0, total: 0 });
    try {
      const [text, { parseImportAsync }] = await Promise.all([file.text(), transfer()]);
      const result = await parseImportAsync(text, {
        importedAt: new Date().toISOString(),
        onProgress: (done, total) => setProgress({ done, total }),
      });
      if (!result.ok) setError(t('libraryImportRefused', [file.name, result.error]));
      else setReview({ ...result, fileName: file.name });
    } catch (caught) {
      setError(
        t('libraryImportRefused', [file.name, caught instanceof Error ? caught.message : String(caught)]),
      );
    } finally {
      setProgress(null);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const confirm = async () => {
    if (!review) return;
    const stored = new Map(highlights.map((highlight) => [highlight.id, highlight]));
    setReview(null);
    try {
      const merge = (await transfer()).mergeHighlights(stored, review.valid);
      await putHighlights(merge.toPut);
      notifyTabsOf(merge.toPut);
      onStatus({
        message: t('libraryImported', [
          String(merge.added),
          String(merge.merged),
          String(merge.keptExisting),
        ]),
      });
    } catch (caught) {
      onStatus({ message: `${t('libraryImportFailed')} ${describeStorageError(caught)}` });
    }
  };

  return (
    <>
      <fieldset className="export">
        <legend>
          {selection.length > 0
            ? t('libraryExportSelected', String(selection.length))
            : t('libraryExportAll', String(highlights.length))}
        </legend>
        <button type="button" disabled={list.length === 0} onClick={() => void exportAs('jsonld')}>
          {t('libraryExportJsonLd')}
        </button>
        <button type="button" disabled={list.length === 0} onClick={() => void exportAs('markdown')}>
          {t('libraryExportMarkdown')}
        </button>
        <button type="button" disabled={list.length === 0} onClick={() => void exportAs('csv')}>
          {t('libraryExportCsv')}
        </button>
      </fieldset>
      <div className="import">
        <label htmlFor="import-file">{t('libraryImportLabel')}</label>
        <input
          ref={fileInput}
          id="import-file"
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          disabled={progress !== null}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void onFile(file);
          }}
        />
      </div>
      {progress ? (
        <div className="import-progress">
          <label htmlFor="import-progress">{t('libraryImportChecking')}</label>
          <progress
            id="import-progress"
            max={progress.total || undefined}
            value={progress.total ? progress.done : undefined}
          />
        </div>
      ) : null}
      <div role="alert" className="error">
        {error}
      </div>
      {review ? (
        <section className="review" aria-labelledby="review-heading">
          <h2 id="review-heading">{t('libraryImportReviewHeading', review.fileName)}</h2>
          <p>{t('libraryImportFormat', t(formatNames[review.format]))}</p>
          <p>
            {t('libraryImportCounts', [
              String(review.valid.length),
              String(review.invalid.length),
              String(review.duplicates),
            ])}
          </p>
          {review.invalid.length > 0 ? (
            <>
              <h3>{t('libraryImportInvalidHeading')}</h3>
              <ul className="invalid">
                {review.invalid.slice(0, invalidShown).map((record) => (
                  <li key={record.index}>
                    <strong>{record.label}</strong>: {record.reasons.join('; ')}
                  </li>
                ))}
              </ul>
              {review.invalid.length > invalidShown ? (
                <p className="hint">
                  {t('libraryImportMoreInvalid', String(review.invalid.length - invalidShown))}
                </p>
              ) : null}
            </>
          ) : null}
          <div className="actions">
            <button type="button" disabled={review.valid.length === 0} onClick={() => void confirm()}>
              {t('libraryImportConfirm', String(review.valid.length))}
            </button>
            <button type="button" onClick={() => setReview(null)}>
              {t('libraryImportCancel')}
            </button>
          </div>
        </section>
      ) : null}
    </>
  );
}
