/**
 * One entity at page width: description, dated roles, related entities (as links to
 * their own pages), aliases with their rules, every account and the competing
 * positions, through the popover's own components, so the atlas shows whatever
 * attribution and framing the popover shows.
 */
import { type Ref, useMemo } from 'react';
import { buildEntityCard } from '../../core/popover/entity-card.ts';
import type { Dataset } from '../../core/schema.ts';
import { CompetingAccounts } from '../CompetingAccounts.tsx';
import { kindKeys, roleText } from '../EntityPopover.tsx';
import { useT } from '../i18n-context.tsx';
import { QuoteList } from '../QuoteList.tsx';
import { AliasList } from './AliasList.tsx';

export interface EntityPageProps {
  dataset: Dataset;
  entityId: string;
  /** The page heading, for the app to focus when the address changes. */
  headingRef?: Ref<HTMLHeadingElement>;
}

export function EntityPage({ dataset, entityId, headingRef }: EntityPageProps) {
  const t = useT();
  // Every account, not the popover's best few: the atlas is where a reader sees them all.
  const card = useMemo(
    () => buildEntityCard(dataset, entityId, { contextLimit: Number.POSITIVE_INFINITY, everyAccount: true }),
    [dataset, entityId],
  );
  const entity = dataset.entities.find((candidate) => candidate.id === entityId);

  if (!card || !entity) {
    return (
      <article className="entity">
        <h2 ref={headingRef} tabIndex={-1}>
          {t('atlasEntityMissing', entityId)}
        </h2>
        <p>
          <a href="#/">{t('atlasBackToEntities')}</a>
        </p>
      </article>
    );
  }

  return (
    <article className="entity" aria-labelledby="entity-name">
      <p className="breadcrumb">
        <a href="#/">{t('atlasBackToEntities')}</a>
      </p>
      <h2 id="entity-name" ref={headingRef} tabIndex={-1}>
        {card.entity.name}
      </h2>
      <p className="kind">{t(kindKeys[card.entity.kind])}</p>
      <p className="description">{card.entity.description}</p>
      {card.entity.roles ? (
        <ul className="roles">
          {card.entity.roles.map((role) => (
            <li key={`${role.title} ${role.start ?? ''}`}>{roleText(role, t)}</li>
          ))}
        </ul>
      ) : null}

      {card.related.length > 0 ? (
        <section aria-labelledby="related-heading">
          <h3 id="related-heading">{t('popoverRelatedHeading')}</h3>
          <ul className="plain-list">
            {card.related.map((related) => (
              <li key={related.id}>
                <a href={`#${related.id}`}>{related.name}</a>{' '}
                <span className="muted">({t(kindKeys[related.kind])})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="aliases-heading">
        <h3 id="aliases-heading">{t('atlasAliasesHeading')}</h3>
        <p className="muted">{t('atlasAliasesIntro')}</p>
        <AliasList aliases={entity.aliases} />
      </section>

      <section aria-labelledby="accounts-heading">
        <h3 id="accounts-heading">{t('atlasAccountsHeading')}</h3>
        {card.context.length > 0 ? (
          <QuoteList accounts={card.context} initial={card.context.length} showSummary />
        ) : (
          <p className="muted">{t('atlasAccountsEmpty')}</p>
        )}
      </section>

      {card.questions.length > 0 ? (
        <section aria-labelledby="questions-heading">
          <h3 id="questions-heading">{t('popoverCompetingHeading')}</h3>
          <CompetingAccounts questions={card.questions} />
        </section>
      ) : null}
    </article>
  );
}
