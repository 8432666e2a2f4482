import { render } from '@testing-library/react';
import type { Ref } from 'react';
import { EntityPopover } from '../../../components/EntityPopover.tsx';
import { I18nProvider } from '../../../components/i18n-context.tsx';
import { createTranslator, type LocaleMessages } from '../../../core/i18n/ui-strings.ts';
import { buildEntityCard, type EntityCard } from '../../../core/popover/entity-card.ts';
import en from '../../../public/_locales/en/messages.json';
import es from '../../../public/_locales/es/messages.json';
import { dataset } from './fixtures.ts';

export const translators = {
  en: createTranslator(en as LocaleMessages),
  es: createTranslator(es as LocaleMessages),
};

export function cardFor(entityId: string): EntityCard {
  const card = buildEntityCard(dataset, entityId);
  if (!card) throw new Error(`fixture has no entity ${entityId}`);
  return card;
}

export interface RenderOptions {
  ui?: keyof typeof translators;
  locale?: string;
  matchedText?: string;
  index?: number;
  total?: number;
  onClose?: () => void;
  onHide?: () => void;
  rootRef?: Ref<HTMLDivElement>;
  onOpenRelated?: (entityId: string) => void;
  unlinked?: boolean;
  onUndoHide?: () => void;
  onOpenAtlas?: () => void;
}

/** Renders the popover the way the content script will, with a `t` built from the shipped messages. */
export function renderPopover(card: EntityCard, options: RenderOptions = {}) {
  const ui = options.ui ?? 'en';
  return render(
    <I18nProvider t={translators[ui]} locale={options.locale ?? (ui === 'en' ? 'en-GB' : 'es')}>
      <EntityPopover
        card={card}
        matchedText={options.matchedText}
        index={options.index}
        total={options.total}
        onClose={options.onClose ?? (() => {})}
        onHide={options.onHide ?? (() => {})}
        rootRef={options.rootRef}
        onOpenRelated={options.onOpenRelated}
        unlinked={options.unlinked}
        onUndoHide={options.onUndoHide}
        onOpenAtlas={options.onOpenAtlas}
      />
    </I18nProvider>,
  );
}
