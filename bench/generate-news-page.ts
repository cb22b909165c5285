/**
 * News pages for the page-level benchmarks, as HTML: a site header with navigation, an article
 * (kicker, headline, teaser, byline, figure, paragraphs with links and sub-headings, a "Mehr zum
 * Thema" box), a sidebar and a footer, as German news sites lay them out. The words come from
 * `generateNewsText`, with names planted in them.
 */
import { createRandom } from '../lib/knowledge/generate-synthetic-pack';
import { BLOCK_SEPARATOR } from '../lib/text/block-separator';
import { generateNewsText } from './generate-news-text';

export interface NewsPageOptions {
  /** Words of article text (headline, teaser and paragraphs). */
  words?: number;
  /** Characters of article text, instead of `words`. */
  length?: number;
  /** Names to plant, as written in the pack. */
  names: readonly string[];
  /** The share of words that are names. */
  nameRate?: number;
  seed?: number;
}

export interface NewsPage {
  html: string;
  /** Words of article text in the page, outside the site's header, sidebar and footer. */
  words: number;
}

/** Published on this day, so that aliases with dates resolve the same on every run. */
export const PAGE_DATE = '2024-05-14';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Text with a few words wrapped in links and emphasis, as article paragraphs have. */
function markUp(text: string, random: () => number): string {
  return text
    .split(' ')
    .map((word) => {
      const roll = random();
      if (roll < 0.015)
        return `<a href="/thema/${encodeURIComponent(word)}">${escapeHtml(word)}</a>`;
      if (roll < 0.02) return `<em>${escapeHtml(word)}</em>`;
      return escapeHtml(word);
    })
    .join(' ');
}

/** The site's chrome around an article: none of it is article text. */
function renderSiteHeader(names: readonly string[]): string {
  const links = ['Politik', 'Wirtschaft', 'Ausland', 'Kultur', 'Sport', names[0] ?? 'Wissen'];
  return (
    '<header class="site-header"><a class="logo" href="/">Beispiel-Nachrichten</a>' +
    `<nav aria-label="Rubriken"><ul>${links
      .map(
        (link) =>
          `<li><a href="/${encodeURIComponent(link.toLowerCase())}">${escapeHtml(link)}</a></li>`,
      )
      .join('')}</ul></nav></header>`
  );
}

function renderLinkList(title: string, items: readonly string[], className: string): string {
  return (
    `<aside class="${className}"><h2>${escapeHtml(title)}</h2><ul>` +
    items.map((item) => `<li><a href="/artikel">${escapeHtml(item)}</a></li>`).join('') +
    '</ul></aside>'
  );
}

function renderFooter(): string {
  return (
    '<footer class="site-footer"><nav aria-label="Service"><ul><li><a href="/impressum">' +
    'Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li></ul></nav>' +
    '<p>© 2024 Beispiel-Nachrichten</p></footer>'
  );
}

/**
 * A news page whose article has about `words` words (or `length` characters) of text. The same
 * options give the same page.
 */
export function generateNewsPage({
  words,
  length,
  names,
  nameRate = 0.02,
  seed = 11,
}: NewsPageOptions): NewsPage {
  const random = createRandom(seed);
  const textLength = length ?? (words ?? 1_500) * 12;
  const text = generateNewsText({ length: textLength, names, nameRate, seed });
  const paragraphs = text.split(BLOCK_SEPARATOR).map((paragraph) => paragraph.trim());
  const firstSentence = (paragraph: string) => `${paragraph.split('. ')[0]!}`;
  const headline = firstSentence(paragraphs.shift()!);
  const teaser = `${firstSentence(paragraphs.shift()!)}.`;
  let count = countWords(headline) + countWords(teaser);

  const body: string[] = [];
  const related = names.slice(1, 4).map((name) => `Was ${name} jetzt plant`);
  for (const [index, paragraph] of paragraphs.entries()) {
    if (words !== undefined && count >= words) break;
    let kept = paragraph;
    if (words !== undefined && count + countWords(paragraph) > words) {
      kept = `${paragraph
        .split(' ')
        .slice(0, words - count)
        .join(' ')}.`;
    }
    count += countWords(kept);
    if (index > 0 && index % 6 === 0) body.push(`<h2>${escapeHtml(firstSentence(kept))}</h2>`);
    body.push(`<p>${markUp(kept, random)}</p>`);
    if (index === 4) body.push(renderLinkList('Mehr zum Thema', related, 'related'));
  }

  const html =
    '<!doctype html><html lang="de"><head><meta charset="utf-8">' +
    `<title>${escapeHtml(headline)} | Beispiel-Nachrichten</title>` +
    `<meta property="og:title" content="${escapeHtml(headline)}">` +
    '<meta property="og:site_name" content="Beispiel-Nachrichten">' +
    `<meta property="article:published_time" content="${PAGE_DATE}T09:30:00+02:00">` +
    '</head><body>' +
    renderSiteHeader(names) +
    '<main><article><header>' +
    `<p class="kicker">${escapeHtml(names[0] ?? 'Ausland')}</p>` +
    `<h1>${escapeHtml(headline)}</h1>` +
    `<p class="teaser">${escapeHtml(teaser)}</p>` +
    `<p class="byline">Von Anna Beispiel | <time datetime="${PAGE_DATE}">14.05.2024</time></p>` +
    '</header>' +
    `<figure><img src="data:," alt=""><figcaption>${escapeHtml(teaser)}</figcaption></figure>` +
    body.join('') +
    '</article>' +
    renderLinkList('Meistgelesen', related.slice().reverse(), 'sidebar') +
    '</main>' +
    renderFooter() +
    '</body></html>';
  return { html, words: count };
}
