import type { CardClaim, CardModel, CardProvenance, CardRole } from '../lib/cards/build-card-model';
import { formatPackDate } from '../lib/i18n/format-date';
import type { UiText } from '../lib/i18n/ui-text';
import type { Language } from '../lib/knowledge/pack-types';

export interface EntityCardProps {
  card: CardModel;
  language: Language;
  text: UiText;
  /** Moves to the entity's previous (-1) or next (+1) mention on the page. */
  onNavigate?: (step: -1 | 1) => void;
}

/**
 * The card a reader sees for a name: who or what this is, the role on the article's date, what
 * the article and the pack say (each claim dated, with its provenance), quotes, relations to
 * others on the page, and the way to the entity's other mentions.
 */
export function EntityCard({ card, language, text, onNavigate }: EntityCardProps) {
  const headingId = `kontext-card-${card.entityId}`;
  const date = (value: string) => formatPackDate(value, language);
  const provenance = (source: CardProvenance, when?: string): string => {
    if (source.kind === 'background') return text.background;
    if (source.kind === 'article') return text.fromArticle;
    return text.fromSource(source.publisher, date(when ?? source.date));
  };
  // The pack's titles are whole ("Verteidigungsminister Russlands"): no need to add `of`.
  const role = (value: CardRole) => value.title;

  return (
    <section class="card" role="dialog" aria-labelledby={headingId} data-entity={card.entityId}>
      <header>
        <span class={`swatch ${card.type}`} aria-hidden="true" />
        <h2 id={headingId}>{card.name}</h2>
        <span class="type">{text.entityTypes[card.type]}</span>
      </header>
      {card.roleThen && (
        <p class="role">
          {role(card.roleThen)}{' '}
          <span class="meta">
            {card.roleThenAsOf
              ? text.roleAsOf(date(card.roleThenAsOf))
              : text.roleOn(date(card.articleDate))}
          </span>
        </p>
      )}
      {card.roleNow && (
        <p class="role now">
          <span class="meta">
            {card.roleNowAsOf ? text.roleAsOf(date(card.roleNowAsOf)) : text.roleNow}:
          </span>{' '}
          {role(card.roleNow)}
        </p>
      )}
      <p class="description">{card.description}</p>
      {card.uncertainty && (
        <p class="uncertain" role="note">
          {text.uncertain(
            Math.round(card.uncertainty.confidence * 100),
            card.uncertainty.alternatives.join(', '),
          )}
        </p>
      )}
      <ClaimList
        title={text.inThisArticle}
        claims={card.articleSays}
        quoted
        provenance={provenance}
      />
      <ClaimList title={text.packAdds} claims={card.packSays} provenance={provenance} />
      {card.quotes.length > 0 && (
        <>
          <h3>{text.quotes}</h3>
          {card.quotes.map((quote) => (
            <figure class="quote" key={quote.text}>
              <blockquote>„{quote.text}“</blockquote>
              {quote.translation && (
                <p class="translation">
                  <span class="meta">{text.translation}:</span> “{quote.translation}”
                </p>
              )}
              <figcaption class="meta">
                {[
                  quote.channel && text.via(quote.channel),
                  provenance(quote.provenance, quote.date),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </figcaption>
            </figure>
          ))}
        </>
      )}
      <ClaimList title={text.onThisPage} claims={card.relations} provenance={provenance} />
      <footer>
        <nav class="mentions" aria-label={text.mentionOf(card.position.index, card.position.count)}>
          <button
            type="button"
            aria-label={text.previousMention}
            disabled={card.position.count < 2}
            onClick={() => onNavigate?.(-1)}
          >
            ‹
          </button>
          <span>{text.mentionOf(card.position.index, card.position.count)}</span>
          <button
            type="button"
            aria-label={text.nextMention}
            disabled={card.position.count < 2}
            onClick={() => onNavigate?.(1)}
          >
            ›
          </button>
        </nav>
        <p class="links">
          {card.links.map((link) => (
            <a key={link.url} href={link.url} target="_blank" rel="noopener noreferrer">
              {link.label}
            </a>
          ))}
        </p>
        <p class="meta">{text.knowledgeAsOf(date(card.asOf), card.packTitle)}</p>
      </footer>
    </section>
  );
}

interface ClaimListProps {
  title: string;
  claims: readonly CardClaim[];
  quoted?: boolean;
  provenance: (source: CardProvenance, when?: string) => string;
}

function ClaimList({ title, claims, quoted = false, provenance }: ClaimListProps) {
  if (claims.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul class="claims">
        {claims.map((claim) => (
          <li key={claim.text}>
            {quoted ? `„${claim.text}“` : claim.text}{' '}
            <span class="meta">({provenance(claim.provenance, claim.date)})</span>
          </li>
        ))}
      </ul>
    </>
  );
}
