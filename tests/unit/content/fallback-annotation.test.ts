// @vitest-environment happy-dom
/**
 * The whole content-script pipeline on the wrapping fallback (no Highlight API, as in
 * happy-dom): mentions are wrapped, the page watcher does not rescan Glosa's own
 * wrappers in a loop, and text added later is annotated too.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileMatcher } from '../../../core/matcher/compile';
import { createMatcher } from '../../../core/matcher/matcher';
import type { Entity } from '../../../core/schema';
import { Annotator } from '../../../entrypoints/content/annotator';
import { createHighlighter } from '../../../entrypoints/content/highlighter';
import { MentionIndex } from '../../../entrypoints/content/mention-index';
import { type PageWatcher, watchPage } from '../../../entrypoints/content/page-watcher';

const entities: Entity[] = [
  {
    id: 'evo-morales',
    kind: 'person',
    name: 'Evo Morales',
    description: 'Former president of Bolivia.',
    aliases: [{ text: 'Evo Morales' }, { text: 'Morales', needsContext: true }],
  },
  {
    id: 'senkata',
    kind: 'event',
    name: 'Senkata',
    description: 'Deaths at Senkata, November 2019.',
    aliases: [{ text: 'Senkata' }],
  },
];

describe('annotation with the wrapping fallback', () => {
  const controller = new AbortController();
  afterEach(() => controller.abort());

  it('wraps mentions once, ignores its own wrappers, and annotates added text', async () => {
    document.body.innerHTML = '<p>Evo <b>Morales</b> spoke of Senkata.</p><p>Later Morales left.</p>';
    const index = new MentionIndex();
    let watcher: PageWatcher | undefined;
    const highlighter = createHighlighter(document, { afterDomWrite: () => watcher?.ignorePending() });
    const annotator = new Annotator({
      matcher: createMatcher(compileMatcher(entities)),
      index,
      highlighter,
      signal: controller.signal,
    });
    const scans = vi.spyOn(annotator, 'rescan');
    await annotator.scan(document.body);
    watcher = watchPage(document, annotator, controller.signal);

    const marks = () =>
      [...document.querySelectorAll('glosa-mark')].map((mark) => mark.textContent).join('|');
    await vi.waitFor(() => expect(marks()).toBe('Evo |Morales|Senkata|Morales'));
    // Give the watcher several idle periods: its own wrapping must not trigger rescans.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(scans).not.toHaveBeenCalled();
    expect(index.size).toBe(3);

    const added = document.createElement('p');
    added.textContent = 'Senkata again.';
    document.body.append(added);
    await vi.waitFor(() => expect(marks()).toBe('Evo |Morales|Senkata|Morales|Senkata'));
    expect(index.size).toBe(4);
  });
});
