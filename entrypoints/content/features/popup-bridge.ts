/**
 * The popup's questions about mentions: which entities this page mentions and how often,
 * and "show me the first one" (scroll to it and open its popover).
 */
import { handleMessages } from '../../../lib/messages';
import type { Feature } from './feature';

export const popupBridge: Feature = {
  name: 'popup-bridge',
  init(page, signal) {
    const { mentions } = page;
    if (!mentions) return;
    const { index } = mentions;
    const stop = handleMessages('content', {
      'page-mentions': () => ({
        counts: [...index.countsByEntity()]
          .map(([entityId, count]) => ({ entityId, count }))
          .sort((a, b) => b.count - a.count || a.entityId.localeCompare(b.entityId)),
      }),
      'show-entity': ({ entityId }) => {
        const mention = index.first(entityId);
        if (!mention) return { shown: false };
        mention.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        void page.popover?.open(mention, { focus: true });
        return { shown: true };
      },
    });
    signal.addEventListener('abort', stop);
  },
};
