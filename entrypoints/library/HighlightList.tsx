/**
 * The virtualised list: only the rows on screen (and a few either side) are mounted. Every
 * row's height comes from its data (`card-layout.ts`), so scrolling measures nothing; a
 * card opened with "Show more" is the one row measured. Its own component, so a scroll
 * re-renders these rows and not the page's header.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, type RefObject, useCallback, useState } from 'react';
import { cardHeight, pageHeadHeight, rowGap } from '../../components/library/card-layout';
import { HighlightCard } from '../../components/library/HighlightCard';
import type { Highlight, HighlightBody } from '../../core/highlights/highlight';
import type { SearchHit } from '../../core/library/search-text';
import { t } from '../../lib/i18n';

export type Row =
  | { kind: 'page'; key: string; title: string; site: string; source: string; newest: string; count: number }
  | { kind: 'highlight'; key: string; highlight: Highlight; hit: SearchHit | undefined };

interface HighlightListProps {
  rows: Row[];
  scrollElement: RefObject<HTMLElement | null>;
  searching: boolean;
  fallbackMarks: (text: string) => [number, number][];
  entityName: ((id: string) => string) | null;
  selected: ReadonlySet<string>;
  onSelect: (id: string, selected: boolean, range: boolean) => void;
  onSave: (id: string, body: HighlightBody) => Promise<void>;
  onDelete: (id: string) => void;
  dateFormat: Intl.DateTimeFormat;
}

const rowHeight = (row: Row | undefined): number =>
  row?.kind === 'highlight' ? cardHeight(row.highlight) + rowGap : pageHeadHeight;

export const HighlightList = memo(function HighlightList({
  rows,
  scrollElement,
  searching,
  fallbackMarks,
  entityName,
  selected,
  onSelect,
  onSave,
  onDelete,
  dateFormat,
}: HighlightListProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  // Stable until the rows change: a new `getItemKey` makes the virtualizer lay out every row again.
  const estimateSize = useCallback((index: number) => rowHeight(rows[index]), [rows]);
  const getItemKey = useCallback((index: number) => rows[index]?.key ?? index, [rows]);
  const getScrollElement = useCallback(() => scrollElement.current, [scrollElement]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement,
    estimateSize,
    getItemKey,
    overscan: 3,
    // Until it has measured the list, the virtualizer mounts no row at all, and measuring
    // waited for a painted frame: the first cards came 30 ms after the data. The window is
    // an upper bound of the list's box, so the first render mounts what will be on screen.
    initialRect: { width: window.innerWidth, height: window.innerHeight },
  });
  const onExpand = useCallback(
    (id: string, open: boolean) => {
      setExpanded((current) => {
        const next = new Set(current);
        if (open) next.add(id);
        else next.delete(id);
        return next;
      });
      if (!open) {
        // Back to its fixed height: the measured one is kept by key until told otherwise.
        const index = rows.findIndex((row) => row.key === id);
        if (index !== -1) virtualizer.resizeItem(index, rowHeight(rows[index]));
      }
    },
    [rows, virtualizer],
  );
  return (
    <ul aria-label={t('libraryListLabel')} style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => {
        const row = rows[item.index];
        if (!row) return null;
        const open = row.kind === 'highlight' && expanded.has(row.key);
        return (
          <li
            key={item.key}
            data-index={item.index}
            ref={open ? virtualizer.measureElement : undefined}
            className={`row ${row.kind}`}
            style={{
              transform: `translateY(${item.start}px)`,
              height: open ? undefined : item.size,
            }}
          >
            {row.kind === 'page' ? (
              <div className="page-head">
                <h2>{row.title}</h2>
                <p className="hint">
                  {t('libraryPageLine', [
                    row.site,
                    dateFormat.format(new Date(row.newest)),
                    String(row.count),
                  ])}
                </p>
              </div>
            ) : (
              <HighlightCard
                highlight={row.highlight}
                marks={searching ? (row.hit?.marks ?? []) : undefined}
                fallbackMarks={fallbackMarks}
                entityName={entityName}
                selected={selected.has(row.highlight.id)}
                expanded={open}
                onExpand={onExpand}
                onSelect={onSelect}
                onSave={onSave}
                onDelete={onDelete}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
});
