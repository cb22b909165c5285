/** @vitest-environment happy-dom */
import { describe, expect, test } from 'vitest';
import { readRegionFixtures } from '../../tests/fixtures/regions';
import { collectText } from '../dom/collect-text';
import { findArticleRegion, type ArticleRegion } from './find-article-region';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The region's text with whitespace squeezed, as the fixtures' phrases are written. */
function readRegion(region: ArticleRegion): string {
  return collectText(region.root, region).text.replace(/\s+/g, ' ');
}

function regionText(html: string): string {
  return readRegion(findArticleRegion(parse(html)));
}

describe('findArticleRegion on the page fixtures', () => {
  for (const { name, html, expected } of readRegionFixtures()) {
    test(`${name}: ${expected.description}`, () => {
      const region = findArticleRegion(parse(html));
      expect(region.source).toBe(expected.source);
      const text = readRegion(region);
      for (const phrase of expected.includes) expect(text).toContain(phrase);
      for (const phrase of expected.excludes) expect(text).not.toContain(phrase);
    });
  }
});

describe('findArticleRegion', () => {
  const prose =
    'Wladimir Putin und Kim Jong Un haben sich im Osten Russlands getroffen, um über eine engere Zusammenarbeit zu sprechen.';

  test('a long part headed by a label such as "Latest news" is text, not a box', () => {
    const doc = parse(
      `<article><h1>Gipfel in Wladiwostok</h1><p>${prose}</p>` +
        `<div id="live"><h2>Latest news</h2>${`<p>${prose}</p>`.repeat(20)}</div></article>`,
    );
    const region = findArticleRegion(doc);
    expect(region.isExcluded(doc.getElementById('live')!)).toBe(false);
    expect(readRegion(region).split(prose).length - 1).toBe(21);
  });

  test('picks, of two articles without a headline, the one with more paragraph text', () => {
    const doc = parse(
      `<article id="short"><p>${prose}</p></article>` +
        `<article id="long"><p>${prose}</p><p>${prose}</p><p>${prose}</p></article>`,
    );
    expect(findArticleRegion(doc).root.id).toBe('long');
  });

  test('picks the article holding the <h1> over a longer one', () => {
    const doc = parse(
      `<article id="long"><p>${prose}</p><p>${prose}</p><p>${prose}</p></article>` +
        `<article id="main"><h1>Putin trifft Kim</h1><p>${prose}</p><p>${prose}</p></article>`,
    );
    expect(findArticleRegion(doc).root.id).toBe('main');
  });

  test('passes over a lone teaser <article> for the block that has the text', () => {
    const doc = parse(
      `<div id="story"><p>${prose}</p><p>${prose}</p><p>${prose}</p><p>${prose}</p></div>` +
        '<section class="teasers"><article><p>Kurz: Xi reist nach Moskau.</p></article></section>',
    );
    const region = findArticleRegion(doc);
    expect(region.source).toBe('densest-block');
    expect(region.root.id).toBe('story');
  });

  test('does not widen to a wrapper that holds other articles’ text', () => {
    const doc = parse(
      `<main><h1>Überblick</h1><article id="a"><p>${prose}</p><p>${prose}</p><p>${prose}</p></article>` +
        `<div class="more"><p>${prose}</p><p>${prose}</p></div></main>`,
    );
    expect(findArticleRegion(doc).root.id).toBe('a');
  });

  test('does not hold "commentary" in a class against the article or its wrappers', () => {
    const doc = parse(
      `<div class="article-commentary"><article class="commentary"><h1>Kommentar: Putins Kalkül</h1>` +
        `<p>${prose}</p><div class="commentary-body"><p>Schoigu</p></div></article></div>`,
    );
    const region = findArticleRegion(doc);
    expect(region.source).toBe('article');
    const text = readRegion(region);
    expect(text).toContain('Putins Kalkül');
    expect(text).toContain('Schoigu');
    expect(region.isExcluded(doc.querySelector('.article-commentary')!)).toBe(false);
    expect(region.isExcluded(doc.querySelector('.commentary-body')!)).toBe(false);
  });

  test('never excludes its root, whatever it is called', () => {
    const doc = parse(`<article class="comments related"><h1>Kim</h1><p>${prose}</p></article>`);
    const region = findArticleRegion(doc);
    expect(region.root.localName).toBe('article');
    expect(region.isExcluded(region.root)).toBe(false);
    expect(readRegion(region)).toContain('Kim');
  });

  test('counts the article’s own header and footer, not the site’s', () => {
    const doc = parse(
      '<body><header><a href="/">Logo</a><p>Site: Biden</p></header>' +
        '<div id="page"><header class="article-header"><p>Russland</p><h1>Kim bei Putin</h1></header>' +
        `<p>${prose}</p><p>${prose}</p><p>${prose}</p><p>${prose}</p></div>` +
        '<footer><p>Impressum: Macron</p></footer></body>',
    );
    const text = regionText(doc.documentElement.outerHTML);
    expect(text).toContain('Russland Kim bei Putin');
    expect(text).not.toContain('Biden');
    expect(text).not.toContain('Macron');
  });

  test('leaves out the parts each exclusion names', () => {
    const parts = [
      '<nav><p>Nav Putin</p></nav>',
      '<aside><p>Aside Putin</p></aside>',
      '<form><p>Form Putin</p></form>',
      '<dialog open><p>Dialog Putin</p></dialog>',
      '<div role="navigation"><p>Role Putin</p></div>',
      '<div role="complementary"><p>Role Putin</p></div>',
      '<div role="search"><p>Role Putin</p></div>',
      '<div role="banner"><p>Role Putin</p></div>',
      '<div role="contentinfo"><p>Role Putin</p></div>',
      '<div itemprop="comment"><p>Itemprop Putin</p></div>',
      '<div itemscope itemtype="https://schema.org/Comment"><p>Itemtype Putin</p></div>',
      '<div id="disqus_thread"><p>Disqus Putin</p></div>',
      '<div class="js-leserkommentare"><p>Leser Putin</p></div>',
      '<div class="commentSection"><p>Camel Putin</p></div>',
      '<div id="onetrust-banner-sdk"><p>Consent Putin</p></div>',
      '<div id="CybotCookiebotDialog"><p>Cookiebot Putin</p></div>',
      '<div id="sp_message_container_123"><p>Sourcepoint Putin</p></div>',
      '<div class="didomi-popup"><p>Didomi Putin</p></div>',
      '<div id="usercentrics-root"><p>Usercentrics Putin</p></div>',
      '<div class="gdpr-notice"><p>GDPR Putin</p></div>',
      '<div class="related-articles"><p>Related Putin</p></div>',
      '<div class="more-on-this-topic"><p>More Putin</p></div>',
      '<section><h2>Mehr zum Thema:</h2><p>Heading Putin</p></section>',
      '<div><h3>More on this topic</h3><p>Heading Putin</p></div>',
      '<section aria-label="Kommentare (12)"><p>Label Putin</p></section>',
      '<ul class="teaser-list"><li>List Putin</li></ul>',
      '<div class="newsletter-box"><p>Newsletter Putin</p></div>',
      '<div class="paywall-prompt"><p>Paywall Putin</p></div>',
      '<div class="share-bar"><p>Share Putin</p></div>',
      '<div hidden><p>Hidden Putin</p></div>',
      '<div aria-hidden="true"><p>Hidden Putin</p></div>',
    ];
    const doc = parse(
      `<article><h1>Kim in Russland</h1><p>${prose}</p>${parts.join('')}<p>Schoigu</p></article>`,
    );
    const text = readRegion(findArticleRegion(doc));
    expect(text).toContain('Kim in Russland');
    expect(text).toContain('Schoigu');
    const leaks = (text.match(/\w+ Putin/g) ?? []).filter((hit) => hit !== 'Wladimir Putin');
    expect(leaks).toEqual([]);
  });

  test('keeps figures, captions, kickers and sub-headings that merely look like labels', () => {
    const doc = parse(
      `<article><p class="kicker">Gipfel</p><h1>Kim bei Putin</h1><p>${prose}</p>` +
        '<figure><img src="k.jpg" alt="Foto"><figcaption>Kim in Wostotschny</figcaption></figure>' +
        '<section><h2>Mehr zum Thema Waffen</h2><p>Schoigu zeigte Raketen.</p></section></article>',
    );
    const text = regionText(doc.documentElement.outerHTML);
    expect(text).toContain('Gipfel Kim bei Putin');
    expect(text).toContain('Kim in Wostotschny');
    expect(text).toContain('Schoigu zeigte Raketen.');
  });

  test('keeps a "paywall" box (subscribers’ text) and a header inside a found block', () => {
    const doc = parse(
      '<header><nav>Menü</nav><p>Site: Biden</p></header>' +
        `<div id="story"><header><p>Analyse</p></header><p>${prose}</p><p>${prose}</p>` +
        `<div class="paywall"><p>${prose}</p><p>Schoigu</p></div><p>${prose}</p></div>`,
    );
    const region = findArticleRegion(doc);
    expect(region.root.id).toBe('story');
    const text = readRegion(region);
    expect(text).toContain('Analyse');
    expect(text).toContain('Schoigu');
    expect(text).not.toContain('Biden');
  });

  test('reads through a form around the whole page (ASP.NET)', () => {
    const doc = parse(
      `<form id="aspnetForm"><nav>Menü: Biden</nav><article><h1>Kim</h1><p>${prose}</p></article>` +
        '<form class="search"><p>Suche: Macron</p></form></form>',
    );
    const text = regionText(doc.documentElement.outerHTML);
    expect(text).toContain('Kim');
    expect(text).not.toContain('Biden');
  });

  test('ignores a logo <h1> in the site header', () => {
    const doc = parse(
      '<header><h1><a href="/">Nachrichten</a></h1><nav><a href="/">Start</a></nav></header>' +
        `<div class="story"><h2>Kim trifft Putin</h2><p>${prose}</p><p>${prose}</p><p>${prose}</p><p>${prose}</p></div>`,
    );
    const region = findArticleRegion(doc);
    expect(region.source).toBe('densest-block');
    expect(readRegion(region)).not.toContain('Nachrichten');
  });

  test('takes the JSON-LD article as enough reason to trust a short densest block', () => {
    const jsonLd = '{"@type": "NewsArticle", "headline": "Kim"}';
    const body = `<div class="x"><p>${prose}</p></div><div class="y"><p>Kurz.</p></div>`;
    const withJsonLd = parse(`<script type="application/ld+json">${jsonLd}</script>${body}`);
    const without = parse(body);
    expect(findArticleRegion(withJsonLd).root.className).toBe('x');
    expect(findArticleRegion(without).source).toBe('body');
  });

  test('falls back to the body, or the document element of a page without one', () => {
    expect(findArticleRegion(parse('<p>Kim</p>')).source).toBe('body');
    const xml = new DOMParser().parseFromString('<root><item>Kim</item></root>', 'application/xml');
    const region = findArticleRegion(xml);
    expect(region.source).toBe('body');
    expect(region.root).toBe(xml.documentElement);
  });

  test('survives nesting 2,000 deep', () => {
    const doc = parse('<body></body>');
    let parent: Element = doc.body;
    for (let depth = 0; depth < 2_000; depth++) {
      const child = doc.createElement(depth === 1_000 ? 'article' : 'div');
      if (depth % 200 === 0) {
        const paragraph = doc.createElement('p');
        paragraph.append(prose);
        child.append(paragraph);
      }
      parent.append(child);
      parent = child;
    }
    const region = findArticleRegion(doc);
    expect(region.root.localName).toBe('article');
    expect(readRegion(region).match(/Wladimir Putin/g)).toHaveLength(5);
  });

  test('survives a page of 100,000 text nodes', () => {
    const doc = parse('<body><article id="main"><h1>Kim</h1></article></body>');
    const article = doc.getElementById('main')!;
    for (let block = 0; block < 1_000; block++) {
      const paragraph = doc.createElement('p');
      for (let run = 0; run < 100; run++) paragraph.append(doc.createTextNode('Putin '));
      article.append(paragraph);
    }
    const region = findArticleRegion(doc);
    expect(region.root).toBe(article);
    expect(collectText(region.root, region).segments.length).toBeGreaterThan(100_000);
  });
});
