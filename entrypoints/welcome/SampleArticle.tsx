/**
 * The welcome page's live sample: a news paragraph whose names open the real popover.
 * The content script does not run on extension pages, so this page does its part with
 * the same pieces: the popover component and its stylesheet in a shadow root, the same
 * hover intent (dwell, then a grace period into the popover), floating-ui placement, and
 * the same keys (Alt+Shift+G, N/P, Enter, Escape). The cards come from the bundled
 * dataset, as the background builds them.
 */

import bilingualDataset from 'virtual:glosa/dataset';
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { browser } from '#imports';
import { EntityPopover } from '../../components/EntityPopover';
import { useT } from '../../components/i18n-context';
import { popoverStyles } from '../../components/popover-styles';
import { languageOfStrings } from '../../core/i18n/language';
import { localiseDataset } from '../../core/localise';
import { buildEntityCard } from '../../core/popover/entity-card';
import { HoverIntent } from '../content/page-ui/hover-intent';
import { sampleSegments } from './sample';
import { sampleEntityIds } from './sample-entities';

/** As in the content script's popover: the pointer may take this long to reach the popover. */
const graceMs = 300;

interface Opened {
  /** Index of the mention in the paragraph. */
  mention: number;
  entityId: string;
  /** Opened from the keyboard or a click: the dialog takes focus. */
  focus: boolean;
}

export function SampleArticle({ hoverDelayMs }: { hoverDelayMs: number }) {
  const t = useT();
  const segments = useMemo(() => sampleSegments(t('welcomeSample'), sampleEntityIds), [t]);
  const mentionRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [hidden, setHidden] = useState<ReadonlySet<number>>(new Set());
  const [cursor, setCursor] = useState<number | null>(null);
  const delay = useRef(hoverDelayMs);
  delay.current = hoverDelayMs;

  const intent = useRef<HoverIntent<number> | null>(null);
  const openedRef = useRef(opened);
  openedRef.current = opened;

  const close = useCallback((returnFocus: boolean) => {
    const current = openedRef.current;
    setOpened(null);
    intent.current?.closed();
    if (current && returnFocus) mentionRefs.current[current.mention]?.focus();
  }, []);

  useEffect(() => {
    const hover = new HoverIntent<number>({
      dwellMs: () => delay.current,
      graceMs,
      open: (mention) => {
        const entityId = mentionEntity(segments, mention);
        if (entityId) setOpened({ mention, entityId, focus: false });
      },
      close: () => setOpened(null),
    });
    intent.current = hover;
    return () => hover.dispose();
  }, [segments]);

  const mentionCount = segments.filter((segment) => 'entityId' in segment).length;
  const visibleMentions = useMemo(
    () => [...Array(mentionCount).keys()].filter((index) => !hidden.has(index)),
    [mentionCount, hidden],
  );

  const moveCursor = useCallback((to: number | undefined) => {
    if (to === undefined) return;
    setCursor(to);
    mentionRefs.current[to]?.focus();
  }, []);

  // The shortcut (and N/P, Escape while the cursor is on): what the content script does on a page.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && event.shiftKey && event.code === 'KeyG') {
        event.preventDefault();
        moveCursor(visibleMentions[0]);
        return;
      }
      if (event.key === 'Escape') {
        if (opened) close(true);
        else if (cursor !== null) {
          setCursor(null);
          mentionRefs.current[cursor]?.blur();
        }
        return;
      }
      if (cursor === null || opened || event.altKey || event.ctrlKey || event.metaKey) return;
      const at = visibleMentions.indexOf(cursor);
      if (event.key === 'n' || event.key === 'N' || event.key === 'ArrowDown') {
        event.preventDefault();
        moveCursor(visibleMentions[Math.min(at + 1, visibleMentions.length - 1)]);
      } else if (event.key === 'p' || event.key === 'P' || event.key === 'ArrowUp') {
        event.preventDefault();
        moveCursor(visibleMentions[Math.max(at - 1, 0)]);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [close, cursor, moveCursor, opened, visibleMentions]);

  // In Chrome the browser takes Alt+Shift+G itself and sends the command to Glosa's pages.
  useEffect(() => {
    const commands = browser.commands;
    if (!commands?.onCommand) return;
    const onCommand = (command: string) => {
      if (command === 'focus-mentions' && document.hasFocus()) moveCursor(visibleMentions[0]);
    };
    commands.onCommand.addListener(onCommand);
    return () => commands.onCommand.removeListener(onCommand);
  }, [moveCursor, visibleMentions]);

  let mentionIndex = 0;
  return (
    <>
      <p className="sample">
        {segments.map((segment) => {
          const key = `${'entityId' in segment ? segment.entityId : ''}:${segment.text}`;
          if (!('entityId' in segment)) return <span key={key}>{segment.text}</span>;
          const index = mentionIndex++;
          if (hidden.has(index)) return <span key={key}>{segment.text}</span>;
          return (
            <button
              key={key}
              type="button"
              className={`mention${cursor === index ? ' cursor' : ''}${opened?.mention === index ? ' open' : ''}`}
              ref={(element) => {
                mentionRefs.current[index] = element;
              }}
              aria-haspopup="dialog"
              aria-expanded={opened?.mention === index}
              onPointerEnter={(event) => {
                if (event.pointerType !== 'touch') intent.current?.pointerOver(index);
              }}
              onPointerLeave={() => intent.current?.pointerOver(undefined)}
              onClick={() => {
                intent.current?.openNow(index);
                setOpened({ mention: index, entityId: segment.entityId, focus: true });
              }}
            >
              {segment.text}
            </button>
          );
        })}
      </p>
      {opened ? (
        <PopoverLayer
          anchor={mentionRefs.current[opened.mention] ?? null}
          entityId={opened.entityId}
          matchedText={segments.filter((segment) => 'entityId' in segment)[opened.mention]?.text}
          index={visibleMentions.indexOf(opened.mention) + 1}
          total={visibleMentions.length}
          focus={opened.focus}
          onPointerInside={(inside) => intent.current?.pointerInPopover(inside)}
          onClose={() => close(true)}
          onOutside={() => close(false)}
          onHide={() => {
            const mention = opened.mention;
            close(false);
            setHidden((current) => new Set([...current, mention]));
          }}
          onOpenRelated={(entityId) => setOpened({ ...opened, entityId, focus: true })}
        />
      ) : null}
    </>
  );
}

function mentionEntity(segments: ReturnType<typeof sampleSegments>, mention: number): string | undefined {
  const mentions = segments.flatMap((segment) => ('entityId' in segment ? [segment.entityId] : []));
  return mentions[mention];
}

interface PopoverLayerProps {
  anchor: HTMLElement | null;
  entityId: string;
  matchedText: string | undefined;
  index: number;
  total: number;
  focus: boolean;
  onPointerInside: (inside: boolean) => void;
  onClose: () => void;
  onOutside: () => void;
  onHide: () => void;
  onOpenRelated: (entityId: string) => void;
}

/** The popover in its own shadow root, with its own stylesheet, placed beside the mention. */
function PopoverLayer({
  anchor,
  entityId,
  matchedText,
  index,
  total,
  focus,
  onPointerInside,
  onClose,
  onOutside,
  onHide,
  onOpenRelated,
}: PopoverLayerProps) {
  const t = useT();
  // In the UI strings' language, as the background builds cards (core/i18n/language.ts).
  const card = useMemo(
    () => buildEntityCard(localiseDataset(bilingualDataset, languageOfStrings(t)), entityId),
    [t, entityId],
  );
  const [shadow, setShadow] = useState<ShadowRoot | null>(null);
  const hostRef = useRef<HTMLDivElement>(null);
  const dialogRef = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    setShadow(host.shadowRoot ?? host.attachShadow({ mode: 'open' }));
  }, []);

  useEffect(() => {
    const host = hostRef.current;
    if (!host || !anchor || !shadow) return;
    return autoUpdate(anchor, host, () => {
      void computePosition(anchor, host, {
        placement: 'bottom-start',
        strategy: 'absolute',
        middleware: [
          offset(8),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply: ({ availableHeight }) =>
              host.style.setProperty('--glosa-available-height', `${Math.floor(availableHeight)}px`),
          }),
        ],
      }).then(({ x, y }) => {
        host.style.left = `${x}px`;
        host.style.top = `${y}px`;
      });
    });
  }, [anchor, shadow]);

  useEffect(() => {
    // Again when a related entity replaces the card.
    if (focus && shadow && card) dialogRef.current?.focus();
  }, [focus, shadow, card]);

  // A press outside the popover and the mention closes it, as on a page.
  useEffect(() => {
    const onDown = (event: PointerEvent) => {
      const path = event.composedPath();
      if (hostRef.current && path.includes(hostRef.current)) return;
      if (anchor && path.includes(anchor)) return;
      onOutside();
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [anchor, onOutside]);

  return (
    <div
      ref={hostRef}
      className="popover-host"
      onPointerEnter={() => onPointerInside(true)}
      onPointerLeave={() => onPointerInside(false)}
    >
      {shadow && card
        ? createPortal(
            <>
              <style>{popoverStyles}</style>
              <EntityPopover
                card={card}
                matchedText={matchedText}
                index={index}
                total={total}
                onClose={onClose}
                onHide={onHide}
                rootRef={dialogRef}
                onOpenRelated={onOpenRelated}
              />
            </>,
            shadow,
          )
        : null}
    </div>
  );
}
