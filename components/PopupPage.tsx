import { formatPackDate } from '../lib/i18n/format-date';
import type { Language } from '../lib/knowledge/pack-types';
import type { PageView } from '../lib/messages/page-view';
import { formatLanguageName } from './popup-format';
import type { PopupText } from './popup-text';
import { PopupSection } from './PopupSection';

export interface PopupPageProps {
  view: PageView;
  text: PopupText;
  language: Language;
}

/** What the page is: title, site, publication date, language, and the packs that matched. */
export function PopupPage({ view, text, language }: PopupPageProps) {
  const { page } = view;
  return (
    <PopupSection id="page" title={text.pageHeading}>
      <dl class="facts">
        <dt>{text.titleLabel}</dt>
        <dd data-fact="title">{page.title}</dd>
        <dt>{text.siteLabel}</dt>
        <dd data-fact="site">
          {page.siteName && page.siteName !== view.host
            ? `${page.siteName} (${view.host})`
            : view.host}
        </dd>
        <dt>{text.publishedLabel}</dt>
        <dd data-fact="published">
          {page.publishedAt ? (
            <time dateTime={page.publishedAt}>{formatPackDate(page.publishedAt, language)}</time>
          ) : (
            text.notDated
          )}
        </dd>
        {page.language && (
          <>
            <dt>{text.languageLabel}</dt>
            <dd data-fact="language">{formatLanguageName(page.language, language)}</dd>
          </>
        )}
        {view.packs.length > 0 && (
          <>
            <dt>{text.knowledgeLabel}</dt>
            <dd data-fact="packs">
              <ul class="plain">
                {view.packs.map((pack) => (
                  <li key={pack.id} data-pack={pack.id}>
                    {text.packAsOf(pack.title, formatPackDate(pack.asOf, language))}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
    </PopupSection>
  );
}
