/**
 * The background holds the dataset and answers look-ups, so the content script ships
 * only the compiled matcher and receives just the entity a reader opens.
 */
import dataset from 'virtual:glosa/dataset';
import { defineBackground } from '#imports';
import { buildEntityCard } from '../core/popover/entity-card';
import { handleMessages } from '../lib/messages';

export default defineBackground(() => {
  handleMessages({
    'entity-card': ({ entityId }) => buildEntityCard(dataset, entityId) ?? null,
  });
});
