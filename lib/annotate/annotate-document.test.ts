/** @vitest-environment happy-dom */
import {
  ANNOTATED_MENTION_KEYS,
  compareAnalyzed,
  compareAnnotated,
} from '../../tests/lib/annotate/comparable-mentions';
import { describe, expect, test } from 'vitest';
import { BUNDLED_PACK, createBundledRecognizer } from '../../tests/lib/bundled-pack';
import { analyzeText } from '../analysis/analyze-text';
import { collectText } from '../dom/collect-text';
import { findArticleRegion } from '../page/find-article-region';
import { readPageMetadata } from '../page/read-page-metadata';
import { annotateDocument, type AnnotateDocumentOptions } from './annotate-document';

const recognizer = createBundledRecognizer();
const packs = new Map([[BUNDLED_PACK.id, BUNDLED_PACK]]);

function annotate(html: string, options: Partial<AnnotateDocumentOptions> = {}) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return annotateDocument(doc, { recognizer, packs, today: '2024-01-31', ...options });
}

/** A German article with a date, a site navigation that names someone, and a long body. */
const DATED_ARTICLE = `<!doctype html><html lang="de"><head>
<meta property="article:published_time" content="2023-09-13T18:40:00+02:00">
<title>Gipfel im Fernen Osten</title></head><body>
<nav><a href="/putin">Alles über Wladimir Putin</a></nav>
<article><h1>Kim Jong Un reist zum Kosmodrom</h1>
<p>Nordkoreas Machthaber Kim Jong Un ist nach Angaben aus Moskau mit seinem Sonderzug in Russland
angekommen. Dort will er Präsident Wladimir Putin treffen, wie die Agentur KCNA meldete.</p>
<p>Auch Verteidigungsminister Sergej Schoigu soll an den Gesprächen teilnehmen. Kim und Putin
hatten sich zuletzt vor vier Jahren gesehen; über den Ort des Treffens wurde lange gerätselt.</p>
</article></body></html>`;

/** An English page that says neither its language nor its date. */
const UNDATED_PAGE = `<!doctype html><html><head><title>Briefing</title></head><body><article>
<p>Matthew Miller, the State Department spokesman, said the talks in the Far East worried the
administration, and that Washington was watching every delivery closely.</p>
<p>Later that evening a band in the hotel played songs by Glenn Miller, and nobody in the room
spoke about weapons, sanctions or the summit again for the rest of the night.</p>
</article></body></html>`;

describe('annotateDocument', () => {
  test('reads the article as the content script does: its region, text model and analysis', () => {
    const doc = new DOMParser().parseFromString(DATED_ARTICLE, 'text/html');
    const annotation = annotateDocument(doc, { recognizer, packs, today: '2024-01-31' });

    const region = findArticleRegion(doc);
    const { text } = collectText(region.root, region);
    const analysis = analyzeText(text, createBundledRecognizer(), {
      metadata: readPageMetadata(doc, region),
      language: 'de',
      today: '2024-01-31',
    });
    expect(annotation.region).toEqual({ source: 'article', text });
    expect(compareAnnotated(annotation.mentions)).toEqual(compareAnalyzed(analysis.mentions));
    // The navigation is not the article.
    expect(annotation.region.text).not.toContain('Alles über');
  });

  test('gives every key of the contract, the text at each offset and the Wikidata item where there is one', () => {
    const annotation = annotate(DATED_ARTICLE);
    expect(Object.keys(annotation)).toEqual(['language', 'date', 'region', 'mentions']);
    expect(annotation.mentions.length).toBeGreaterThan(5);
    for (const mention of annotation.mentions) {
      expect(mention.text).toBe(annotation.region.text.slice(mention.start, mention.end));
    }
    const kim = annotation.mentions.find((mention) => mention.text === 'Kim Jong Un')!;
    expect(kim).toEqual({
      start: kim.start,
      end: kim.start + 'Kim Jong Un'.length,
      text: 'Kim Jong Un',
      entity: 'kim-jong-un',
      pack: 'kim-putin-2023',
      type: 'person',
      kind: 'full',
      confidence: 1,
      wikidata: 'Q56226',
    });
    // The bundled pack gives Sergei Shoigu no Wikidata item: no key, not an empty one.
    const shoigu = annotation.mentions.find((mention) => mention.entity === 'sergei-shoigu')!;
    expect(Object.keys(shoigu)).toEqual([...ANNOTATED_MENTION_KEYS]);
    expect(annotation.mentions.map((mention) => mention.type)).toContain('state');
    expect(annotation.mentions.map((mention) => mention.kind)).toEqual(
      expect.arrayContaining(['full', 'short', 'epithet']),
    );
  });

  test("the page's own date and language win over today and the fallback language", () => {
    const annotation = annotate(DATED_ARTICLE, { today: '2024-01-31', language: 'en' });
    expect(annotation.date).toBe('2023-09-13');
    expect(annotation.language).toBe('de');
  });

  test('where the page says neither, today is its date and the given language its language', () => {
    expect(annotate(UNDATED_PAGE, { today: '2024-01-31' })).toMatchObject({
      date: '2024-01-31',
      // Kontext's language for a reader who gives none.
      language: 'en',
    });
    expect(annotate(UNDATED_PAGE, { language: 'de' }).language).toBe('de');
  });

  test("the given language is recognized as the page's: an English given name rules out a short form", () => {
    const millers = (language?: 'de' | 'en') =>
      annotate(UNDATED_PAGE, language ? { language } : {})
        .mentions.filter((mention) => mention.entity === 'matthew-miller')
        .map((mention) => mention.text);
    // "Glenn Miller" is someone else, on a page read as English.
    expect(millers('en')).toEqual(['Matthew Miller', 'State Department spokesman']);
    // A page that says nothing is matched without the English rule, as in the browser.
    expect(millers()).toEqual(['Matthew Miller', 'State Department spokesman', 'Miller']);
    expect(millers('de')).toEqual(millers());
  });

  test('a page in a language Kontext does not speak is read in the given one', () => {
    const french = UNDATED_PAGE.replace('<html>', '<html lang="fr">');
    expect(annotate(french, { language: 'de' }).language).toBe('de');
  });

  test('a plain text is all article, source "text", however short', () => {
    const doc = document.implementation.createHTMLDocument('');
    for (const paragraph of ['Putin in Wostotschny.', 'Kim Jong Un auch.']) {
      const element = doc.createElement('p');
      element.textContent = paragraph;
      doc.body.append(element);
    }
    const annotation = annotateDocument(doc, {
      recognizer,
      packs,
      today: '2023-09-13',
      isPlainText: true,
    });
    expect(annotation.region).toEqual({
      source: 'text',
      text: 'Putin in Wostotschny.\u2029Kim Jong Un auch.',
    });
    expect(annotation.mentions.map((mention) => mention.entity)).toEqual([
      'vladimir-putin',
      'vostochny-cosmodrome',
      'kim-jong-un',
    ]);
  });

  test('changes nothing of the document', () => {
    const doc = new DOMParser().parseFromString(DATED_ARTICLE, 'text/html');
    const before = doc.documentElement.outerHTML;
    annotateDocument(doc, { recognizer, packs, today: '2024-01-31' });
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
