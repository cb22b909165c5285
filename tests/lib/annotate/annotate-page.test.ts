/** @vitest-environment happy-dom */
/**
 * The first annotation of a page reads it and recognizes its names while the reader's settings
 * are still being read from storage, and draws nothing until they are (`drawAfter`): settings can
 * say the site is off, and then the page must never see a highlight.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { annotatePage, type AnnotateOptions } from '../../../lib/annotate/annotate-page';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
// wxt's fake browser gives the packs' storage area, as in tests/lib/packs/pack-store.test.ts.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRecognizer } from '../../../lib/analysis/create-recognizer';
import { UNCERTAIN_BELOW } from '../../../lib/matching/resolve-mentions';
import { createKnowledgeLoader } from '../../../lib/packs/page-knowledge';
import { importPack, loadImportedPagePacks } from '../../../lib/packs/pack-store';
import { BUNDLED_PACK, createBundledRecognizer } from '../bundled-pack';
import type { KnowledgePack } from '../../../lib/knowledge/pack-types';
import { compilePack } from '../../../lib/knowledge/compile-pack';

/** The CSS Custom Highlight API and StaticRange, which happy-dom lacks. */
class FakeHighlight extends Set<AbstractRange> {
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

class FakeStaticRange {
  constructor(init: StaticRangeInit) {
    Object.assign(this, init);
  }
}

const PARAGRAPHS = [
  'Der nordkoreanische Machthaber Kim Jong Un ist zu einem Treffen mit Kremlchef Wladimir Putin in Russland eingetroffen.',
  'Putin empfing Kim auf dem Weltraumbahnhof Wostotschny im Osten des Landes, wie russische Agenturen berichteten.',
  'Die beiden Staaten wollen ihre Zusammenarbeit ausbauen, sagte ein Sprecher in Moskau nach dem Gespräch der beiden.',
];

function options(drawAfter?: Promise<unknown>, signal = new AbortController().signal) {
  const win = window as unknown as AnnotateOptions['win'];
  return {
    doc: document,
    win,
    recognizer: createBundledRecognizer(),
    readerLanguages: ['de'],
    today: '2023-09-13',
    ...(drawAfter && { drawAfter }),
    signal,
  } satisfies AnnotateOptions;
}

/** The article of `PARAGRAPHS` in a German page, with highlights drawn into `registry`. */
function setUpPage(registry: Map<string, FakeHighlight>): void {
  const win = window as unknown as Record<string, unknown>;
  win.Highlight = FakeHighlight;
  win.StaticRange = FakeStaticRange;
  win.CSS = { highlights: registry };
  document.documentElement.lang = 'de';
  document.body.replaceChildren();
  const article = document.createElement('article');
  for (const text of PARAGRAPHS) {
    const paragraph = document.createElement('p');
    paragraph.textContent = text;
    article.append(paragraph);
  }
  document.body.append(article);
}

/** Resolves once the work before drawing has had every chance to run. */
function settleWork(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 50));
}

describe('annotatePage, drawing after the settings', () => {
  let registry: Map<string, FakeHighlight>;

  beforeEach(() => {
    registry = new Map();
    setUpPage(registry);
  });

  afterEach(() => {
    document.body.replaceChildren();
  });

  test('draws at once without a gate', async () => {
    const annotation = await annotatePage(options());
    expect(annotation?.analysis.entities.map((entity) => entity.entityId)).toContain(
      'vladimir-putin',
    );
    expect([...registry.keys()]).toContain('kontext-person');
  });

  test('recognizes while the settings are read, and draws only once they are', async () => {
    let settle!: () => void;
    const drawAfter = new Promise<void>((resolve) => (settle = resolve));
    let highlighted = false;
    let recognized = false;
    const base = options(drawAfter);
    const recognizer = base.recognizer;
    const annotating = annotatePage({
      ...base,
      recognizer: {
        ...recognizer,
        recognizeSteps: function* (text, resolveOptions) {
          const resolved = yield* recognizer.recognizeSteps(text, resolveOptions);
          recognized = true;
          return resolved;
        },
      },
      onHighlighted: () => (highlighted = true),
    });
    await settleWork();
    expect(recognized).toBe(true);
    expect(registry.size).toBe(0);
    expect(highlighted).toBe(false);
    settle();
    const annotation = await annotating;
    expect(highlighted).toBe(true);
    const { entities, mentions } = annotation!.analysis;
    const certainPersons = entities
      .filter((entity) => entity.type === 'person')
      .flatMap((entity) => entity.mentions)
      .filter((index) => mentions[index]!.confidence >= UNCERTAIN_BELOW);
    expect(certainPersons.length).toBeGreaterThan(0);
    expect(registry.get('kontext-person')?.size).toBe(certainPersons.length);
  });

  test('stopped while the settings are read (the site is off): draws nothing, ever', async () => {
    let settle!: () => void;
    const drawAfter = new Promise<void>((resolve) => (settle = resolve));
    const controller = new AbortController();
    const annotating = annotatePage(options(drawAfter, controller.signal));
    await settleWork();
    controller.abort();
    settle();
    expect(await annotating).toBeUndefined();
    expect(registry.size).toBe(0);
  });

  test('a page that names no one is done without waiting for the settings', async () => {
    for (const paragraph of document.querySelectorAll('p')) {
      paragraph.textContent = 'Der Regen kam am Dienstag, und die Straßen waren nass.';
    }
    let highlighted = false;
    const never = new Promise<void>(() => undefined);
    const annotation = await annotatePage({
      ...options(never),
      onHighlighted: () => (highlighted = true),
    });
    expect(highlighted).toBe(true);
    expect(annotation!.analysis.mentions).toEqual([]);
    expect(registry.size).toBe(0);
  });

  test('settings that could not be read: draws with what it has', async () => {
    const annotation = await annotatePage(options(Promise.reject(new Error('storage is gone'))));
    expect(annotation).toBeDefined();
    expect(registry.size).toBeGreaterThan(0);
  });
});

/**
 * The sample pack imported into storage beside the bundled pack (unless `alone`), and read as a
 * page reads it. It names Putin and Russland too: the bundled pack's entities win, and the
 * imported ones are their alternatives. Its entities are without their Wikidata items, so that
 * its Putin is another entity than the bundled pack's, of the same names.
 */
async function importSamplePack({ alone = false } = {}) {
  const sample = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../fixtures/packs/sample-import.json'), 'utf8'),
  ) as KnowledgePack;
  for (const entity of sample.entities) delete entity.refs?.wikidata;
  const file = JSON.stringify(sample);
  const area = fakeBrowser.storage.local;
  await importPack(area, file, 'sample-import.json', [BUNDLED_PACK.id], 1000);
  const stored = await loadImportedPagePacks(area);
  const recognizer = createRecognizer(
    alone ? [] : [compilePack(BUNDLED_PACK)],
    stored.map(({ id, head }) => ({ id, entityCount: head.entityCount })),
  );
  return { recognizer, loader: createKnowledgeLoader(area, recognizer, stored) };
}

describe('annotatePage with an imported pack read as the page needs it', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    setUpPage(new Map());
  });

  test('reads the entities a mention may stand for, not only the one it chose', async () => {
    // Describing the mentions reads their alternatives, the sample pack's entities.
    const { recognizer, loader } = await importSamplePack();
    const annotation = await annotatePage({ ...options(), recognizer, loader });
    // Its alternative is the sample pack's entity of the same id, read from storage.
    const { mentions } = annotation!.analysis;
    expect(
      mentions.some(
        (mention) =>
          mention.entityId === 'vladimir-putin' && mention.alternatives?.includes('vladimir-putin'),
      ),
    ).toBe(true);
  });

  test('a stored pack’s names are drawn before its entities are read', async () => {
    const { recognizer, loader } = await importSamplePack({ alone: true });
    const registry = new Map<string, FakeHighlight>();
    setUpPage(registry);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const read: number[][] = [];
    const drawn: string[][] = [];
    const annotating = annotatePage({
      ...options(),
      recognizer,
      loader: {
        beforeRecognition: (text, slicing) => loader.beforeRecognition(text, slicing),
        loadEntities: async (entities, slicing) => {
          await held;
          await loader.loadEntities(entities, slicing);
          read.push([...entities]);
        },
      },
      // The highlights are drawn by the types the aliases came with, no entity read yet.
      onHighlighted: () => {
        expect(read).toEqual([]);
        expect(recognizer.entities.every((entity) => entity === undefined)).toBe(true);
        drawn.push([...registry.keys()].sort());
        release();
      },
    });
    const annotation = await annotating;
    expect(drawn).toEqual([['kontext-person', 'kontext-state']]);
    // One read after drawing, of every entity named.
    expect(read).toHaveLength(1);
    const named = new Set(annotation!.analysis.entities.map(({ entityId }) => entityId));
    expect([...named].sort()).toEqual(['russia', 'vladimir-putin']);
  });

  test('a failure after drawing takes its highlights off again', async () => {
    const { recognizer, loader } = await importSamplePack();
    const registry = new Map<string, FakeHighlight>();
    setUpPage(registry);
    let reads = 0;
    const annotating = annotatePage({
      ...options(),
      recognizer,
      loader: {
        beforeRecognition: (text, slicing) => loader.beforeRecognition(text, slicing),
        // The entities are read after drawing: storage is gone by then.
        loadEntities: async () => {
          reads += 1;
          throw new Error('storage is gone');
        },
      },
    });
    await expect(annotating).rejects.toThrow('storage is gone');
    expect(reads).toBe(1);
    expect(registry.size).toBe(0);
  });

  test('entities storage no longer holds: their mentions are drawn, and left out after', async () => {
    const { recognizer, loader } = await importSamplePack({ alone: true });
    setUpPage(new Map());
    const annotation = await annotatePage({
      ...options(),
      recognizer,
      loader: {
        beforeRecognition: (text, slicing) => loader.beforeRecognition(text, slicing),
        // The chunks were removed meanwhile (the pack was deleted): nothing comes.
        loadEntities: async () => {},
      },
    });
    expect(annotation?.analysis.mentions).toEqual([]);
    expect(annotation?.analysis.entities).toEqual([]);
  });
});

describe('annotatePage and states named by their adjective', () => {
  /** A pack that knows Russia (the bundled pack's, by its Wikidata item) by its adjective. */
  const ADJECTIVES: KnowledgePack = {
    format: 1,
    id: 'adjectives',
    title: { de: 'Adjektive', en: 'Adjectives' },
    languages: ['de', 'en'],
    version: '1.0.0',
    asOf: '2026-12-01',
    sources: [],
    entities: [
      {
        id: 'russia',
        type: 'state',
        names: { de: 'Russland', en: 'Russia' },
        aliases: {
          de: [{ text: 'russisch', kind: 'adjective', forms: ['russische', 'russischen'] }],
          en: [{ text: 'Russian', kind: 'adjective' }],
        },
        description: { de: 'Staat.', en: 'State.' },
        refs: { wikidata: 'Q159' },
      },
    ],
    statements: [],
    events: [],
  };

  let registry: Map<string, FakeHighlight>;
  beforeEach(() => {
    registry = new Map();
    setUpPage(registry);
  });

  const drawn = () => [...registry.values()].reduce((sum, ranges) => sum + ranges.size, 0);
  const recognizer = () => createRecognizer([compilePack(BUNDLED_PACK), compilePack(ADJECTIVES)]);

  test('recognized and linked as a mention of its own kind, not drawn unless asked for', async () => {
    const annotation = await annotatePage({ ...options(), recognizer: recognizer() });
    const adjective = annotation!.analysis.mentions.find((mention) => mention.kind === 'adjective');
    expect(adjective).toMatchObject({ entityId: 'russia', packId: BUNDLED_PACK.id });
    expect(annotation!.collected.text.slice(adjective!.start, adjective!.end)).toBe('russische');
    const mentions = annotation!.analysis.mentions.length;
    expect(drawn()).toBe(mentions - 1);
  });

  test('drawn where the reader turned adjectives on', async () => {
    const annotation = await annotatePage({
      ...options(),
      recognizer: recognizer(),
      areAdjectivesShown: () => true,
    });
    expect(drawn()).toBe(annotation!.analysis.mentions.length);
  });
});
