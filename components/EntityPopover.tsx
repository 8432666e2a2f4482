/**
 * The popover's root: cited context and competing accounts for one entity.
 *
 * Presentational only. It never calls a browser API and never decides when to open,
 * close or take focus: the content script's controller does that, mounting this into
 * a closed shadow root with `popoverStyles` and moving focus to `rootRef`.
 */
import { type Ref, useId, useState } from 'react';
import type { MessageKey, Translate } from '../core/i18n/ui-strings.ts';
import type { EntityCard } from '../core/popover/entity-card.ts';
import { formatPartialDate } from '../core/popover/partial-date.ts';
import type { EntityKind, Role } from '../core/schema.ts';
import { CompetingAccounts } from './CompetingAccounts.tsx';
import { useLocale, useT } from './i18n-context.tsx';
import { PopoverSection } from './PopoverSection.tsx';
import { QuoteList } from './QuoteList.tsx';

export interface EntityPopoverProps {
  card: EntityCard;
  /** The words on the page that linked here ("Decree No. 4,078"), so a reader can tell a wrong link. */
  matchedText?: string;
  /** 1-based number of this mention among the page's mentions; shown with `total` as "Mention 3 of 12". */
  index?: number;
  total?: number;
  onClose: () => void;
  /** "Don't link 'X' on this page": the controller unlinks the entity locally. */
  onHide: () => void;
  /** Set once the entity is unlinked: the popover then offers only an undo. */
  unlinked?: boolean;
  /** Links the entity on the page again. */
  onUndoHide?: () => void;
  /** The dialog element (focusable with tabIndex -1), for the controller to focus and position. */
  rootRef?: Ref<HTMLDivElement>;
  /** Opens a related entity's card; without it, related entities are listed by name only. */
  onOpenRelated?: (entityId: string) => void;
  /** Opens the entity in the dataset browser; without it, there is no "more" link. */
  onOpenAtlas?: () => void;
}

/** The names of entity kinds, shared with the atlas so a kind is called the same everywhere. */
export const kindKeys: Record<EntityKind, MessageKey> = {
  person: 'popoverKindPerson',
  place: 'popoverKindPlace',
  event: 'popoverKindEvent',
  law: 'popoverKindLaw',
  organisation: 'popoverKindOrganisation',
  group: 'popoverKindGroup',
};

/** Past this many characters a description is shortened to two lines, with a button for the rest. */
const LONG_DESCRIPTION = 140;

export function EntityPopover({
  card,
  matchedText,
  index,
  total,
  onClose,
  onHide,
  unlinked = false,
  onUndoHide,
  rootRef,
  onOpenRelated,
  onOpenAtlas,
}: EntityPopoverProps) {
  const t = useT();
  const locale = useLocale();
  const nameId = useId();
  const descriptionId = useId();
  const positionId = useId();
  const relatedId = useId();
  const [fullDescription, setFullDescription] = useState(false);
  const hasPosition = index !== undefined && total !== undefined;
  const describedBy = hasPosition ? `${positionId} ${descriptionId}` : descriptionId;
  const contextCount = card.context.length;
  const longDescription = card.entity.description.length > LONG_DESCRIPTION;
  const name = card.entity.name;

  return (
    <div
      ref={rootRef}
      className="popover"
      role="dialog"
      aria-labelledby={nameId}
      aria-describedby={describedBy}
      tabIndex={-1}
      lang={locale}
    >
      {/* One scroll area: a long description must not squeeze the quotes; the title row stays in view. */}
      <div className="body">
        <div className="title-row">
          <div className="title">
            <h2 id={nameId} className="name">
              {name}
            </h2>
            <p className="kind">{t(kindKeys[card.entity.kind])}</p>
          </div>
          <button type="button" className="close" aria-label={t('popoverClose')} onClick={onClose}>
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path d="M3.5 3.5l9 9m0-9l-9 9" fill="none" stroke="currentColor" strokeWidth="1.75" />
            </svg>
          </button>
        </div>
        <div className="header">
          {/* A compact header: two lines of description, the rest on request, so the disagreement shows first. */}
          <p
            id={descriptionId}
            className={longDescription && !fullDescription ? 'description clamped' : 'description'}
          >
            {card.entity.description}
          </p>
          {longDescription || onOpenAtlas ? (
            <p className="header-links">
              {longDescription ? (
                <button
                  type="button"
                  className="more-description"
                  aria-expanded={fullDescription}
                  aria-controls={descriptionId}
                  onClick={() => setFullDescription(!fullDescription)}
                >
                  {fullDescription ? t('popoverDescriptionLess') : t('popoverDescriptionMore')}
                </button>
              ) : null}
              {onOpenAtlas ? (
                <button type="button" className="atlas" onClick={onOpenAtlas}>
                  {t('popoverAtlasLink')}
                  <span className="arrow" aria-hidden="true">
                    {' '}
                    ↗
                  </span>
                </button>
              ) : null}
            </p>
          ) : null}
        </div>

        {unlinked ? (
          <p className="unlinked" role="status">
            {t('popoverUnlinked', name)}
          </p>
        ) : null}

        {card.questions.length > 0 ? (
          <PopoverSection
            heading={t('popoverCompetingHeading')}
            countLabel={
              card.questions.length === 1
                ? t('popoverQuestionCountOne')
                : t('popoverQuestionCount', String(card.questions.length))
            }
          >
            <CompetingAccounts questions={card.questions} />
          </PopoverSection>
        ) : null}

        {contextCount > 0 || card.questions.length === 0 ? (
          <PopoverSection
            heading={t('popoverContextHeading')}
            countLabel={
              contextCount === 1 ? t('popoverQuoteCountOne') : t('popoverQuoteCount', String(contextCount))
            }
          >
            {card.contextTotal > contextCount ? (
              <p className="muted small">
                {t('popoverContextSubset', [String(contextCount), String(card.contextTotal)])}
              </p>
            ) : null}
            {contextCount > 0 ? (
              <QuoteList accounts={card.context} showSummary />
            ) : (
              <p className="muted">{t('popoverContextEmpty')}</p>
            )}
          </PopoverSection>
        ) : null}

        {card.entity.roles || card.related.length > 0 || matchedText || hasPosition ? (
          <div className="details">
            {card.entity.roles ? (
              <ul className="roles">
                {card.entity.roles.map((role) => (
                  <li key={`${role.title} ${role.start ?? ''}`}>{roleText(role, t)}</li>
                ))}
              </ul>
            ) : null}
            {card.related.length > 0 ? (
              <div className="related">
                <h3 id={relatedId} className="related-heading">
                  {t('popoverRelatedHeading')}
                </h3>
                <ul className="related-list" aria-labelledby={relatedId}>
                  {card.related.map((related) => (
                    <li key={related.id} data-entity-id={related.id}>
                      {onOpenRelated ? (
                        <button
                          type="button"
                          className="related-open"
                          onClick={() => onOpenRelated(related.id)}
                        >
                          {related.name}
                        </button>
                      ) : (
                        related.name
                      )}{' '}
                      <span className="muted">({t(kindKeys[related.kind])})</span>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {matchedText || hasPosition ? (
              <p className="meta">
                {matchedText ? <span className="meta-part">{t('popoverMatched', matchedText)}</span> : null}
                {hasPosition ? (
                  <span id={positionId} className="meta-part">
                    {t('popoverMentionPosition', [String(index), String(total)])}
                  </span>
                ) : null}
              </p>
            ) : null}
          </div>
        ) : null}
      </div>

      <div className="footer">
        <span className="version">
          {card.datasetAsOf
            ? t('popoverDatasetAsOf', [card.datasetVersion, formatPartialDate(card.datasetAsOf, locale)])
            : t('popoverDatasetVersion', card.datasetVersion)}
        </span>
        <span className="footer-actions">
          {unlinked ? (
            onUndoHide ? (
              <button type="button" className="hide" onClick={onUndoHide}>
                {t('popoverUndo')}
              </button>
            ) : null
          ) : (
            <button type="button" className="hide" onClick={onHide}>
              {t('popoverHide', name)}
            </button>
          )}
        </span>
      </div>
    </div>
  );
}

/** "President of Bolivia, 2020–2025", "Senator, since 2025": years are what a reader needs. */
export function roleText(role: Role, t: Translate): string {
  const start = role.start?.slice(0, 4);
  const end = role.end?.slice(0, 4);
  if (start && end) return t('popoverRoleSpan', [role.title, start, end]);
  if (start) return t('popoverRoleSince', [role.title, start]);
  if (end) return t('popoverRoleUntil', [role.title, end]);
  return role.title;
}
