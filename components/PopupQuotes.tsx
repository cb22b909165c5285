import { formatPackDate } from '../lib/i18n/format-date';
import type { Language } from '../lib/knowledge/pack-types';
import type { QuoteView } from '../lib/messages/page-view';
import { formatProvenance } from './popup-format';
import type { PopupText } from './popup-text';
import { PopupSection } from './PopupSection';

export interface PopupQuotesProps {
  quotes: readonly QuoteView[];
  text: PopupText;
  language: Language;
}

/** Who said what: the quotes of the entities on the page, with speaker, channel and date. */
export function PopupQuotes({ quotes, text, language }: PopupQuotesProps) {
  return (
    <PopupSection id="quotes" title={text.quotesHeading}>
      {quotes.length === 0 ? (
        <p class="empty">{text.noQuotes}</p>
      ) : (
        <ul class="quotes plain">
          {quotes.map((quote) => (
            <li key={`${quote.packId}/${quote.id}`} data-quote={quote.id}>
              <figure class="quote">
                <blockquote lang={quote.language}>„{quote.text}“</blockquote>
                {quote.translation && (
                  <p class="translation">
                    <span class="meta">{text.translation}:</span> “{quote.translation}”
                  </p>
                )}
                <figcaption>
                  <span class="speaker">{quote.speaker}</span>
                  <span class="meta">
                    {[
                      quote.channel && text.via(quote.channel),
                      formatPackDate(quote.date, language),
                      quote.onPage
                        ? text.quotedHere
                        : formatProvenance(text, language, quote.provenance),
                    ]
                      .filter(Boolean)
                      .map((part) => ` · ${part}`)
                      .join('')}
                  </span>
                </figcaption>
              </figure>
            </li>
          ))}
        </ul>
      )}
    </PopupSection>
  );
}
