/**
 * The page side of the hostile strings test, bundled by `bundleForPage` into a plain Chromium
 * page as the global `kontextHostile`. Each batch plants XSS payloads (`generateXssPayloads`) in
 * the page (title, meta tags, JSON-LD, headline, paragraphs) and in the fields of a copy of the
 * bundled pack (names, descriptions, roles, Wikipedia titles, statements, quotes and their
 * translations, events, sources, the pack's title), checks the pack with `checkPack` as an
 * import would, annotates the page with it, and renders the real components: an `EntityCard`
 * for every entity on the page, in German and in English, and the popup's `PopupSummary` on
 * the page view that `parsePageViewAnswer` let through, as the popup gets it.
 *
 * The same batch is rendered a second time with every payload defused (`<`, `>` and `&` swapped
 * for harmless look-alikes): a string that became markup would give the hostile render elements
 * or attributes the defused one lacks. Every payload, should it run, calls `__xss(id)`, which
 * records it.
 */
import { render } from 'preact';
import { bundledPacks } from 'virtual:kontext/bundled-packs';
import { getPopupText } from '../../../components/popup-text';
import { EntityCard } from '../../../components/EntityCard';
import { PopupSummary } from '../../../components/PopupSummary';
import { annotatePage } from '../../../lib/annotate/annotate-page';
import { buildPageView } from '../../../lib/analysis/build-page-view';
import { createRecognizer } from '../../../lib/analysis/create-recognizer';
import { buildCardModel } from '../../../lib/cards/build-card-model';
import { getUiText } from '../../../lib/i18n/ui-text';
import { checkPack } from '../../../lib/knowledge/check-pack';
import { compilePack } from '../../../lib/knowledge/compile-pack';
import { isLinkLike } from '../../../lib/knowledge/pack-links';
import { MAX_NAME_LENGTH } from '../../../lib/knowledge/pack-limits';
import type { KnowledgePack, Language } from '../../../lib/knowledge/pack-types';
import { parsePageViewAnswer } from '../../../lib/messages/page-view';
import { createUiHost } from '../../../lib/ui/create-ui-host';
import { generateXssPayloads, SENTINEL } from './xss-payloads';

const PAYLOADS = generateXssPayloads();
const LANGUAGES: readonly Language[] = ['de', 'en'];
const TODAY = '2026-11-26';
const PUBLISHED = '2023-09-14';
const HOST = 'www.tagesschau.de';

/** Every payload that ran, by id. */
const fired: number[] = [];
(window as unknown as Record<string, unknown>)[SENTINEL] = (id: number) => fired.push(id);

const basePack = bundledPacks[0]!.pack;

/**
 * Tags that load or run something, which no component renders: one of them in a card or the popup
 * came from a string.
 */
const FOREIGN_TAGS: ReadonlySet<string> = new Set([
  'script',
  'iframe',
  'frame',
  'object',
  'embed',
  'img',
  'image',
  'style',
  'link',
  'meta',
  'base',
  'template',
  'noscript',
  'marquee',
  'audio',
  'video',
  'source',
  'math',
  'isindex',
  'animate',
]);

/** Attributes that hold a link. */
const LINK_ATTRIBUTES: ReadonlySet<string> = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'data',
  'xlink:href',
  'srcdoc',
  'background',
  'poster',
]);

/** A payload made harmless with its length kept: no markup, no entity can come of it. */
function defuse(payload: string): string {
  return payload.replace(/</g, '\u2039').replace(/>/g, '\u203a').replace(/&/g, '+');
}

function isPackText(payload: string): boolean {
  // checkPack refuses any text of a pack that is a link but not an https: one (tested apart).
  return !isLinkLike(payload) && /\S/.test(payload);
}

function isPackName(payload: string): boolean {
  return (
    isPackText(payload) &&
    payload.length <= MAX_NAME_LENGTH &&
    payload === payload.trim() &&
    !/^[a-z][a-z\d+.-]*:\/\//i.test(payload)
  );
}

/**
 * Hands out payload ids to the places of each batch: the places every card shows (names and
 * descriptions) take each payload once before any comes again, the other places of the pack and
 * of the page cycle through all of them.
 */
class Dealer {
  private readonly unshown: number[] = PAYLOADS.map((_, id) => id);
  private packCursor = 0;
  /** The next payload for a paragraph: each comes into one, in a sentence a card shows. */
  private paragraphCursor = 0;
  /** Other places of the page (title, meta tags, JSON-LD, headline), from another offset. */
  private pageCursor = Math.floor(PAYLOADS.length / 2);

  /**
   * Whether every payload went into a paragraph, and every one a pack may hold into a place that
   * every card shows.
   */
  get isDone(): boolean {
    return (
      this.paragraphCursor >= PAYLOADS.length &&
      !this.unshown.some((id) => isPackText(PAYLOADS[id]!))
    );
  }

  /** The next payload not yet in a place every card shows that fits, or undefined. */
  shown(fits: (payload: string) => boolean): number | undefined {
    const index = this.unshown.findIndex((id) => fits(PAYLOADS[id]!));
    if (index === -1) return undefined;
    return this.unshown.splice(index, 1)[0];
  }

  /** The next payload of the cycle that fits (every payload comes round). */
  other(fits: (payload: string) => boolean): number {
    for (;;) {
      const id = this.packCursor++ % PAYLOADS.length;
      if (fits(PAYLOADS[id]!)) return id;
    }
  }

  paragraph(): number {
    return this.paragraphCursor++ % PAYLOADS.length;
  }

  page(): number {
    return this.pageCursor++ % PAYLOADS.length;
  }
}

const dealer = new Dealer();

/** Where a payload went, and what the render must show of it. */
interface Placement {
  id: number;
  where: string;
}

/** One batch's plan: which payload goes where, in the page and in the pack. */
interface BatchPlan {
  title: number;
  siteName: number;
  jsonLdHeadline: number;
  headline: number;
  /** Two payloads in the paragraph that names each entity. */
  paragraphs: [number, number][];
  /** Per entity and language: the name and the description (undefined: the pack's own). */
  names: Record<Language, number | undefined>[];
  descriptions: Record<Language, number | undefined>[];
  pack: Placement[];
  /** The pack with payloads written by `write` (the payload itself, or it defused). */
  buildPack: (write: (id: number) => string) => KnowledgePack;
}

function planBatch(): BatchPlan {
  const pack: Placement[] = [];
  const names = basePack.entities.map(() => ({
    de: dealer.shown(isPackName),
    en: dealer.shown(isPackName),
  }));
  const descriptions = basePack.entities.map(() => ({
    de: dealer.shown(isPackText),
    en: dealer.shown(isPackText),
  }));
  // The other places of the pack, in a fixed order, so that both renders fill them alike.
  const others = new Map<string, number>();
  const other = (where: string, fits: (payload: string) => boolean): number => {
    const id = dealer.other(fits);
    others.set(where, id);
    pack.push({ id, where });
    return id;
  };
  basePack.entities.forEach((entity, e) => {
    entity.roles?.forEach((_, r) => other(`entities[${e}].roles[${r}].title`, isPackText));
    other(`entities[${e}].refs.wikipedia`, isPackName);
  });
  basePack.statements.forEach((statement, s) => {
    other(`statements[${s}].text`, isPackText);
    if (statement.kind === 'quote') {
      other(`statements[${s}].quote.text`, isPackText);
      for (const language of Object.keys(statement.quote.translation ?? {})) {
        other(`statements[${s}].quote.translation.${language}`, isPackText);
      }
    }
  });
  basePack.events.forEach((_, v) => {
    other(`events[${v}].title`, isPackText);
    other(`events[${v}].description`, isPackText);
  });
  basePack.sources.forEach((_, s) => {
    other(`sources[${s}].publisher`, isPackName);
    other(`sources[${s}].title`, isPackText);
  });
  other('title', isPackText);
  other('description', isPackText);
  names.forEach((byLanguage, e) => {
    for (const language of LANGUAGES) {
      const id = byLanguage[language];
      if (id !== undefined) pack.push({ id, where: `entities[${e}].names.${language}` });
    }
  });
  descriptions.forEach((byLanguage, e) => {
    for (const language of LANGUAGES) {
      const id = byLanguage[language];
      if (id !== undefined) pack.push({ id, where: `entities[${e}].description.${language}` });
    }
  });

  const buildPack = (write: (id: number) => string): KnowledgePack => {
    const copy = structuredClone(basePack) as KnowledgePack;
    const both = (where: string) => {
      const value = write(others.get(where)!);
      return { de: value, en: value };
    };
    copy.entities.forEach((entity, e) => {
      for (const language of LANGUAGES) {
        const name = names[e]![language];
        const description = descriptions[e]![language];
        if (name !== undefined) entity.names[language] = write(name);
        if (description !== undefined) entity.description[language] = write(description);
      }
      entity.roles?.forEach((role, r) => {
        role.title = both(`entities[${e}].roles[${r}].title`);
      });
      entity.refs = { ...entity.refs, wikipedia: both(`entities[${e}].refs.wikipedia`) };
    });
    copy.statements.forEach((statement, s) => {
      statement.text = both(`statements[${s}].text`);
      if (statement.kind === 'quote') {
        statement.quote.text = write(others.get(`statements[${s}].quote.text`)!);
        const translation = statement.quote.translation ?? {};
        for (const language of Object.keys(translation) as Language[]) {
          translation[language] = write(
            others.get(`statements[${s}].quote.translation.${language}`)!,
          );
        }
      }
    });
    copy.events.forEach((event, v) => {
      event.title = both(`events[${v}].title`);
      event.description = both(`events[${v}].description`);
    });
    copy.sources.forEach((source, s) => {
      source.publisher = write(others.get(`sources[${s}].publisher`)!);
      source.title = write(others.get(`sources[${s}].title`)!);
    });
    copy.title = both('title');
    copy.description = both('description');
    return copy;
  };

  return {
    title: dealer.page(),
    siteName: dealer.page(),
    jsonLdHeadline: dealer.page(),
    headline: dealer.page(),
    paragraphs: basePack.entities.map(() => [dealer.paragraph(), dealer.paragraph()]),
    names,
    descriptions,
    pack,
    buildPack,
  };
}

/** Writes the page of `plan` into the document, payloads written by `write`. */
function writePage(plan: BatchPlan, write: (id: number) => string): void {
  const meta = (property: string, content: string) => {
    const element = document.createElement('meta');
    element.setAttribute('property', property);
    element.setAttribute('content', content);
    return element;
  };
  const title = document.createElement('title');
  title.textContent = write(plan.title);
  const jsonLd = document.createElement('script');
  jsonLd.type = 'application/ld+json';
  jsonLd.textContent = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: write(plan.jsonLdHeadline),
    datePublished: PUBLISHED,
  });
  document.head.replaceChildren(
    title,
    meta('og:site_name', write(plan.siteName)),
    meta('article:published_time', `${PUBLISHED}T07:00:00+02:00`),
    jsonLd,
  );

  const article = document.createElement('article');
  const headline = document.createElement('h1');
  headline.append(`Kim Jong Un trifft Wladimir Putin: ${write(plan.headline)}`);
  article.append(headline);
  basePack.entities.forEach((entity, e) => {
    const [first, second] = plan.paragraphs[e]!;
    const paragraph = document.createElement('p');
    // The entity's first German alias, so that every entity of the pack is on the page.
    const alias = entity.aliases.de![0]!.text;
    paragraph.append(`${alias} sagte am Dienstag: „${write(first)}“ und „${write(second)}“`);
    article.append(paragraph);
  });
  document.body.replaceChildren(article);
}

/** Every element under `root`, as its namespace, tag and attribute names, in tree order. */
function describeStructure(root: Element): string[] {
  return [...root.querySelectorAll('*')].map(
    (element) =>
      `${element.namespaceURI} ${element.localName} [${element.getAttributeNames().join(' ')}]`,
  );
}

/** What a render shows as text: its text, and the values of its attributes. */
function readShown(root: Element): string {
  const values = [...root.querySelectorAll('*')].flatMap((element) =>
    element.getAttributeNames().map((name) => element.getAttribute(name) ?? ''),
  );
  return [root.textContent ?? '', ...values].join('\n');
}

/** What is wrong in a render by itself: foreign elements, handler attributes, script links. */
function findForeignMarkup(root: Element, where: string): string[] {
  const problems: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (FOREIGN_TAGS.has(element.localName)) problems.push(`${where}: a <${element.localName}>`);
    for (const name of element.getAttributeNames()) {
      const value = element.getAttribute(name) ?? '';
      if (/^on/i.test(name)) problems.push(`${where}: <${element.localName} ${name}="${value}">`);
      if (LINK_ATTRIBUTES.has(name.toLowerCase()) && !/^(https:\/\/|#)/.test(value)) {
        problems.push(`${where}: <${element.localName} ${name}="${value}">`);
      }
      if (name === 'style' && /url\(|expression/i.test(value)) {
        problems.push(`${where}: <${element.localName} style="${value}">`);
      }
    }
  }
  return problems;
}

interface Rendered {
  /** The cards, by entity and language (`kim-jong-un/de`). */
  cards: Map<string, Element>;
  popups: Map<Language, Element>;
  /** Elements that are this render's own (to be removed with it). */
  roots: Element[];
  problems: string[];
}

/** Annotates the page that is in the document with `pack` and renders every card and the popup. */
async function renderAll(pack: KnowledgePack, label: string): Promise<Rendered> {
  const problems: string[] = [];
  const cards = new Map<string, Element>();
  const popups = new Map<Language, Element>();
  const roots: Element[] = [];
  const checked = checkPack(JSON.stringify(pack));
  if (!checked.ok) {
    const list = checked.problems.map(({ path, message }) => `${path} ${message}`);
    return { cards, popups, roots, problems: [`${label}: checkPack refused: ${list.join('; ')}`] };
  }
  const recognizer = createRecognizer([compilePack(checked.pack)]);
  const annotation = await annotatePage({
    doc: document,
    win: window,
    recognizer,
    readerLanguages: ['de'],
    today: TODAY,
    signal: new AbortController().signal,
  });
  if (!annotation) return { cards, popups, roots, problems: [`${label}: no annotation`] };
  const { analysis, collected } = annotation;
  if (analysis.entities.length !== basePack.entities.length) {
    problems.push(`${label}: ${analysis.entities.length} entities on the page`);
  }

  // Cards, in Kontext's shadow root as on a page.
  const host = createUiHost(document, '');
  roots.push(document.documentElement.lastElementChild!);
  for (const language of LANGUAGES) {
    for (const entity of analysis.entities) {
      const mention = analysis.mentions[entity.mentions[0]!]!;
      const card = buildCardModel(checked.pack, analysis, mention, language, TODAY);
      if (!card) {
        problems.push(`${label}: no card for ${entity.entityId}`);
        continue;
      }
      const container = document.createElement('div');
      host.container.append(container);
      render(
        <EntityCard
          card={card}
          language={language}
          text={getUiText(language)}
          onNavigate={() => undefined}
        />,
        container,
      );
      cards.set(`${entity.entityId}/${language}`, container);
    }

    // The popup, on the answer as it arrives: cloned as a message is, and checked.
    const view = buildPageView({
      analysis,
      text: collected.text,
      packs: new Map([[checked.pack.id, checked.pack]]),
      language,
      host: HOST,
      adjectivesShown: false,
    });
    const answer = parsePageViewAnswer(structuredClone({ status: 'ready', view }));
    if (answer?.status !== 'ready') {
      problems.push(`${label}: the popup refused the page view in ${language}`);
      continue;
    }
    const popup = document.createElement('div');
    document.documentElement.append(popup);
    roots.push(popup);
    render(
      <PopupSummary
        state={{ kind: 'view', view: answer.view }}
        text={getPopupText(language)}
        language={language}
        site={{ host: HOST, on: true, needsPermission: false }}
        entityTypes={{ person: true, organization: true, state: true, place: true }}
        settingsNotice={false}
        permissionDenied={false}
        isTab={false}
        hasOptions
        onReveal={() => undefined}
        onToggleSite={() => undefined}
        onToggleType={() => undefined}
        onAnnotate={() => undefined}
        onRetry={() => undefined}
        onOpenInTab={() => undefined}
        onOpenOptions={() => undefined}
      />,
      popup,
    );
    popups.set(language, popup);
  }
  annotation.dispose();
  return { cards, popups, roots, problems };
}

export interface HostileBatchResult {
  problems: string[];
  /** Payload ids planted in the page, and in the pack, in this batch. */
  inPage: number[];
  inPack: number[];
  /** Payload ids that some card or popup of this batch shows literally. */
  shown: number[];
  cards: number;
  /** Whether every payload has been planted in the page and shown from the pack by now. */
  done: boolean;
}

/** How many payloads there are, and which of them no pack may hold (links that are no https:). */
export function describePayloads(): { count: number; linkLike: number[] } {
  return {
    count: PAYLOADS.length,
    linkLike: PAYLOADS.flatMap((payload, id) => (isPackText(payload) ? [] : [id])),
  };
}

/** Plants the next batch of payloads, renders it twice (hostile, defused), and compares. */
export async function runHostileBatch(): Promise<HostileBatchResult> {
  const plan = planBatch();
  const problems: string[] = [];
  const hostile = (id: number) => PAYLOADS[id]!;
  const defused = (id: number) => defuse(PAYLOADS[id]!);

  // Whatever is added to the document outside the renders' own roots came from a string.
  const observer = new MutationObserver(() => undefined);
  observer.observe(document, { childList: true, subtree: true, attributes: true });

  writePage(plan, defused);
  observer.takeRecords();
  const safe = await renderAll(plan.buildPack(defused), 'defused');
  observer.takeRecords();

  writePage(plan, hostile);
  const readPage = () => document.head.outerHTML + document.body.outerHTML;
  const pageBefore = readPage();
  observer.takeRecords();
  const rendered = await renderAll(plan.buildPack(hostile), 'hostile');
  const isOwn = (node: Node) => rendered.roots.some((root) => root.contains(node));
  for (const record of observer.takeRecords()) {
    const added = [...record.addedNodes];
    if (isOwn(record.target)) continue;
    if (record.target === document.documentElement && added.length > 0 && added.every(isOwn)) {
      continue;
    }
    problems.push(`the page changed: ${record.type} on <${record.target.nodeName}>`);
  }
  observer.disconnect();
  problems.push(...safe.problems, ...rendered.problems);
  if (readPage() !== pageBefore) problems.push("the page's head or body changed");

  // Same structure as the defused render, and nothing foreign in it.
  const pairs: [string, Element, Element | undefined][] = [
    ...[...rendered.cards].map(([key, card]): [string, Element, Element | undefined] => [
      `card ${key}`,
      card,
      safe.cards.get(key),
    ]),
    ...[...rendered.popups].map(([language, popup]): [string, Element, Element | undefined] => [
      `popup ${language}`,
      popup,
      safe.popups.get(language),
    ]),
  ];
  for (const [where, element, twin] of pairs) {
    problems.push(...findForeignMarkup(element, where));
    if (!twin) {
      problems.push(`${where}: no defused render to compare with`);
      continue;
    }
    const mine = describeStructure(element);
    const theirs = describeStructure(twin);
    const at = mine.findIndex((line, index) => line !== theirs[index]);
    if (at !== -1 || mine.length !== theirs.length) {
      const index = at === -1 ? Math.min(mine.length, theirs.length) : at;
      problems.push(
        `${where}: element ${index} is ${mine[index] ?? '(none)'}, defused ${theirs[index] ?? '(none)'}`,
      );
    }
  }

  // Names and descriptions, exactly as the pack wrote them.
  basePack.entities.forEach((entity, e) => {
    for (const language of LANGUAGES) {
      const card = rendered.cards.get(`${entity.id}/${language}`);
      const name = plan.names[e]![language];
      const description = plan.descriptions[e]![language];
      if (name !== undefined && card?.querySelector('h2')?.textContent !== PAYLOADS[name]) {
        problems.push(`card ${entity.id}/${language}: the name is not payload ${name} as text`);
      }
      if (
        description !== undefined &&
        card?.querySelector('.description')?.textContent !== PAYLOADS[description]
      ) {
        problems.push(
          `card ${entity.id}/${language}: the description is not payload ${description}`,
        );
      }
    }
  });

  // Sentences are shown as a reader sees them: a run of white space is one space.
  const squeeze = (value: string) => value.replace(/\s+/g, ' ');
  const shownText = squeeze(
    [...rendered.cards.values(), ...rendered.popups.values()].map(readShown).join('\n'),
  );
  const inPage = [
    plan.title,
    plan.siteName,
    plan.jsonLdHeadline,
    plan.headline,
    ...plan.paragraphs.flat(),
  ];
  const inPack = plan.pack.map(({ id }) => id);
  const shown = [...new Set([...inPage, ...inPack])].filter((id) =>
    shownText.includes(squeeze(PAYLOADS[id]!)),
  );

  // The defused render has done its part; the hostile one stays, for handlers that would run late.
  for (const root of safe.roots) root.remove();
  return { problems, inPage, inPack, shown, cards: rendered.cards.size, done: dealer.isDone };
}

/** The ids of the payloads that ran, after `waitMs` for late ones (loads, focus, toggles). */
export async function readSentinel(waitMs: number): Promise<number[]> {
  await new Promise((resolve) => setTimeout(resolve, waitMs));
  return [...fired];
}

/** Runs `payload` through the sentinel as markup would: proves the sentinel sees a payload run. */
export async function runPayloadAsMarkup(id: number): Promise<boolean> {
  const before = fired.length;
  const probe = document.createElement('div');
  // eslint-disable-next-line no-unsanitized/property -- the point: show that the sentinel fires.
  probe.innerHTML = PAYLOADS[id]!;
  document.documentElement.append(probe);
  await new Promise((resolve) => setTimeout(resolve, 300));
  probe.remove();
  const ran = fired.length > before;
  fired.splice(before);
  return ran;
}
