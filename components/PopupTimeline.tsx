import { formatPackDate } from '../lib/i18n/format-date';
import type { Language } from '../lib/knowledge/pack-types';
import type { TimelineEntry } from '../lib/messages/page-view';
import { formatProvenance } from './popup-format';
import type { PopupText } from './popup-text';
import { PopupSection } from './PopupSection';

export interface PopupTimelineProps {
  entries: readonly TimelineEntry[];
  text: PopupText;
  language: Language;
}

/**
 * What happened when, earliest first: the packs' events and dated statements about the page's
 * entities, the article's relative dates on the days they name, and the day of the article.
 */
export function PopupTimeline({ entries, text, language }: PopupTimelineProps) {
  const date = (value: string) => formatPackDate(value, language);
  return (
    <PopupSection id="timeline" title={text.timelineHeading}>
      {entries.length === 0 ? (
        <p class="empty">{text.noTimeline}</p>
      ) : (
        <ol class="timeline">
          {entries.map((entry) => (
            <li
              key={`${entry.date}/${entry.title ?? ''}`}
              class={entry.published ? 'published' : undefined}
              data-date={entry.date}
            >
              <p class="when">
                <time dateTime={entry.date}>{date(entry.date)}</time>
                {entry.end && (
                  <>
                    {' – '}
                    <time dateTime={entry.end}>{date(entry.end)}</time>
                  </>
                )}
                {entry.published && <span class="badge">{text.publishedHere}</span>}
              </p>
              {entry.title && <p class="event">{entry.title}</p>}
              {(entry.statements.length > 0 || entry.article.length > 0) && (
                <ul class="happenings">
                  {entry.article.map((item) => (
                    <li key={`${item.phrase}/${item.sentence}`} class="article">
                      <span class="phrase">{text.inArticle(item.phrase)}</span> „{item.sentence}“
                    </li>
                  ))}
                  {entry.statements.map((statement) => (
                    <li key={statement.text}>
                      {statement.text}{' '}
                      <span class="meta">
                        ({formatProvenance(text, language, statement.provenance)})
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </PopupSection>
  );
}
