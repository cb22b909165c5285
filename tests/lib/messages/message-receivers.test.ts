/**
 * Every receiver of a message between Kontext's contexts, each under 10,000 random and malformed
 * messages (fast-check): the content script's request handler, the background's request handler,
 * the popup's checks of the content script's answers (page view, reveal), the benchmark's check
 * of the timings, and the settings every context reads from storage, which the popup and the
 * options page write. None throws; a receiver acts on nothing (no effect is called) but its own
 * well-formed messages from Kontext itself; no message is changed by being read (they are frozen)
 * and none reaches `Object.prototype`. Each check is shown to pass a well-formed message through,
 * so it could fail.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { analyzeText } from '../../../lib/analysis/analyze-text';
import { buildPageView } from '../../../lib/analysis/build-page-view';
import {
  createBackgroundHandler,
  type BackgroundEffects,
  type BackgroundMessageSender,
} from '../../../lib/messages/handle-background-request';
import { createRequestHandler, type RequestEffects } from '../../../lib/messages/handle-request';
import {
  EXTENSION_ID,
  kindOf,
  pathsOf,
  replaceAt,
  VALID_REQUESTS as REQUESTS,
  valueAt,
} from '../../../lib/messages/messages.fixture';
import { parsePageViewAnswer, type PageViewAnswer } from '../../../lib/messages/page-view';
import {
  APPLY_HIGHLIGHT_COLORS,
  LOAD_CARD_UI,
  GET_PAGE_VIEW,
  GET_TIMINGS,
  parseBackgroundRequest,
  parseRequest,
  REVEAL_MENTION,
  revealMentionAnswerSchema,
  START_NAVIGATION,
  timingsAnswerSchema,
  type TimingsAnswer,
} from '../../../lib/messages/protocol';
import { readSettings } from '../../../lib/settings/read-settings';
import { settingsSchema } from '../../../lib/settings/settings';
import { BLOCK_SEPARATOR } from '../../../lib/text/block-separator';
import { BUNDLED_PACK, createBundledRecognizer } from '../bundled-pack';

/** Messages each receiver gets. */
const RUNS = 10_000;
const BACKGROUND_REQUESTS = [{ type: APPLY_HIGHLIGHT_COLORS }, { type: LOAD_CARD_UI }] as const;

/** A content script of Kontext on a news page, as `runtime.onMessage` describes the sender. */
const CONTENT_SCRIPT: BackgroundMessageSender = {
  id: EXTENSION_ID,
  url: 'https://www.tagesschau.de/ausland/asien/kim-putin-100.html',
  tab: { id: 7 },
  frameId: 0,
};

/**
 * Well-formed timings, made from the schema's own fields (the benchmark adds some now and then):
 * a number for each number, a list of numbers for each list.
 */
const TIMINGS = Object.fromEntries(
  Object.entries(timingsAnswerSchema.shape).map(([key, schema]) => [
    key,
    schema._zod.def.type === 'array' ? [20.25, 31] : 12.5,
  ]),
) as TimingsAnswer;

/** The state no message may touch. */
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();
afterAll(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

/** Freezes `value` and all it holds, so that a receiver that changes a message throws. */
function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (typeof value !== 'object' || value === null || seen.has(value)) return value;
  seen.add(value);
  // A typed array with elements cannot be frozen; its elements are numbers anyway.
  if (ArrayBuffer.isView(value)) return value;
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor && 'value' in descriptor) deepFreeze(descriptor.value, seen);
  }
  return Object.freeze(value);
}

/** Any value at all, the odd ones too (null prototypes, boxed values, maps, sparse arrays). */
const anyValue = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** Strings that look like a message type and are not one. */
function nearTypes(type: string): fc.Arbitrary<string> {
  return fc.constantFrom(
    type.toUpperCase(),
    ` ${type}`,
    `${type} `,
    `${type}\u0000`,
    type.replace('kontext:', 'kontext-'),
    type.replace('kontext:', ''),
    type.replace('e', '\u0435'), // a Cyrillic e
    `${type}s`,
    type.slice(0, -1),
  );
}

/**
 * Messages near the well-formed ones and far from them: each well-formed message broken in one
 * place (a key dropped, a key added, `__proto__` among them, a value swapped for any other, a type
 * nearly right), wrapped (in an array, in an object, as JSON text), or anything at all.
 */
function messagesAround(valid: readonly Record<string, unknown>[]): fc.Arbitrary<unknown> {
  const broken = fc.constantFrom(...valid).chain((message) => {
    const keys = Object.keys(message);
    return fc.oneof(
      fc.constantFrom(...keys).map((key) => {
        const copy = { ...message };
        delete copy[key];
        return copy;
      }),
      fc
        .tuple(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'then')), anyValue)
        .filter(([key]) => !keys.includes(key))
        .map(([key, value]) => {
          const copy: Record<string, unknown> = { ...message };
          Object.defineProperty(copy, key, { value, enumerable: true });
          return copy;
        }),
      fc
        .tuple(fc.constantFrom(...keys), anyValue)
        .map(([key, value]) => ({ ...message, [key]: value })),
      nearTypes(String(message.type)).map((type) => ({ ...message, type })),
      fc.constant([message]),
      fc.constant({ message }),
      fc.constant(JSON.stringify(message)),
      fc.constant(JSON.parse(`{"__proto__": {"polluted": true}, "type": "${message.type}"}`)),
    );
  });
  return fc.oneof(anyValue, broken, broken);
}

/** The receiver's own idea of a well-formed request, written out apart from its schema. */
function isWellFormedRequest(message: unknown): boolean {
  if (Object.prototype.toString.call(message) !== '[object Object]') return false;
  const record = message as Record<string, unknown>;
  if (Object.getPrototypeOf(record) !== Object.prototype) return false;
  const keys = Object.keys(record).sort().join();
  const isId = (value: unknown) =>
    typeof value === 'string' && value.length > 0 && value.length <= 200;
  switch (record.type) {
    case GET_PAGE_VIEW:
      return keys === 'language,type' && (record.language === 'de' || record.language === 'en');
    case REVEAL_MENTION:
      return (
        keys === 'entityId,index,packId,type' &&
        isId(record.packId) &&
        isId(record.entityId) &&
        Number.isSafeInteger(record.index) &&
        (record.index as number) >= 0 &&
        (record.index as number) <= 100_000
      );
    case START_NAVIGATION:
    case GET_TIMINGS:
      return keys === 'type';
    default:
      return false;
  }
}

function isWellFormedBackgroundRequest(message: unknown): boolean {
  if (Object.prototype.toString.call(message) !== '[object Object]') return false;
  const record = message as Record<string, unknown>;
  return (
    Object.getPrototypeOf(record) === Object.prototype &&
    Object.keys(record).join() === 'type' &&
    (record.type === APPLY_HIGHLIGHT_COLORS || record.type === LOAD_CARD_UI)
  );
}

function fakeEffects() {
  return {
    getPageView: vi.fn<RequestEffects['getPageView']>(async () => ({
      status: 'off' as const,
      host: 'www.tagesschau.de',
    })),
    revealMention: vi.fn<RequestEffects['revealMention']>(async () => true),
    startNavigation: vi.fn<RequestEffects['startNavigation']>(),
    getTimings: vi.fn<RequestEffects['getTimings']>(() => TIMINGS),
  };
}

function expectNoEffect(effects: Record<string, ReturnType<typeof vi.fn>>) {
  for (const effect of Object.values(effects)) expect(effect).not.toHaveBeenCalled();
}

describe('the content script’s handler', () => {
  test(`${RUNS.toLocaleString('en')} malformed messages from Kontext itself: no effect, no answer`, () => {
    const effects = fakeEffects();
    const handle = createRequestHandler(EXTENSION_ID, effects);
    fc.assert(
      fc.property(
        messagesAround(REQUESTS).filter((message) => !isWellFormedRequest(message)),
        (message) => {
          deepFreeze(message);
          expect(parseRequest(message)).toBeUndefined();
          expect(handle(message, { id: EXTENSION_ID })).toBeUndefined();
        },
      ),
      { numRuns: RUNS },
    );
    expectNoEffect(effects);
    // The same handler does act on a well-formed request from Kontext.
    void handle(REQUESTS[3], { id: EXTENSION_ID });
    expect(effects.startNavigation).toHaveBeenCalledTimes(1);
  });

  test(`${RUNS.toLocaleString('en')} messages, well-formed ones too, from senders that are not Kontext: no effect`, () => {
    const effects = fakeEffects();
    const handle = createRequestHandler(EXTENSION_ID, effects);
    const sender = fc.oneof(
      fc.constant({}),
      fc.record({ id: fc.string().filter((id) => id !== EXTENSION_ID) }),
      fc.record({
        id: fc.constantFrom(EXTENSION_ID.toUpperCase(), ` ${EXTENSION_ID}`, `${EXTENSION_ID}x`),
      }),
      // As a sender without an extension id would look: a page, a frame.
      fc.record({
        id: fc.constant(undefined),
        url: fc.webUrl(),
        tab: fc.record({ id: fc.nat() }),
        frameId: fc.nat(),
      }),
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...REQUESTS), messagesAround(REQUESTS)),
        sender,
        (message, from) => {
          deepFreeze(message);
          expect(handle(message, from)).toBeUndefined();
        },
      ),
      { numRuns: RUNS },
    );
    expectNoEffect(effects);
  });
});

describe('the background’s handler', () => {
  const effects = () => ({
    applyHighlightColors: vi.fn<BackgroundEffects['applyHighlightColors']>(async () => undefined),
    loadCardUi: vi.fn<BackgroundEffects['loadCardUi']>(async () => undefined),
  });

  test(`${RUNS.toLocaleString('en')} malformed messages from a content script: no effect, no answer`, () => {
    const applied = effects();
    const handle = createBackgroundHandler(EXTENSION_ID, applied);
    fc.assert(
      fc.property(
        messagesAround(BACKGROUND_REQUESTS).filter(
          (message) => !isWellFormedBackgroundRequest(message),
        ),
        (message) => {
          deepFreeze(message);
          expect(parseBackgroundRequest(message)).toBeUndefined();
          expect(handle(message, CONTENT_SCRIPT)).toBeUndefined();
        },
      ),
      { numRuns: RUNS },
    );
    expectNoEffect(applied);
    void handle(BACKGROUND_REQUESTS[0], CONTENT_SCRIPT);
    expect(applied.applyHighlightColors).toHaveBeenCalledTimes(1);
    void handle(BACKGROUND_REQUESTS[1], CONTENT_SCRIPT);
    expect(applied.loadCardUi).toHaveBeenCalledTimes(1);
  });

  test(`${RUNS.toLocaleString('en')} messages from senders that are no content script of Kontext on a web page: no effect`, () => {
    const applied = effects();
    const handle = createBackgroundHandler(EXTENSION_ID, applied);
    const sender = fc
      .record(
        {
          id: fc.oneof(fc.constant(EXTENSION_ID), fc.string()),
          url: fc.oneof(
            fc.webUrl(),
            fc.constantFrom(
              'chrome-extension://abcdefghijklmnop/popup.html',
              'moz-extension://0b6c1e4c-8c0b-4f6e-9d8a-6f5a2b1c3d4e/options.html',
              'about:blank',
              'file:///home/reader/page.html',
              'data:text/html,<p>x</p>',
              'javascript:void(0)',
            ),
          ),
          tab: fc.record({ id: fc.nat() }, { requiredKeys: [] }),
          frameId: fc.nat(),
        },
        { requiredKeys: [] },
      )
      .filter(
        (from) =>
          !(
            from.id === EXTENSION_ID &&
            /^https?:\/\//.test(from.url ?? '') &&
            from.tab?.id !== undefined &&
            from.frameId !== undefined
          ),
      );
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...BACKGROUND_REQUESTS), messagesAround(BACKGROUND_REQUESTS)),
        sender,
        (message, from) => {
          deepFreeze(message);
          expect(handle(message, from)).toBeUndefined();
        },
      ),
      { numRuns: RUNS },
    );
    expectNoEffect(applied);
  });
});

/** A real answer: the page view of a short article with the bundled pack. */
function buildAnswer(): PageViewAnswer {
  const text = [
    'Kim Jong Un traf Wladimir Putin am Mittwoch in Wostotschny.',
    'Putin habe die Einladung "gerne" angenommen, meldete KCNA.',
    'Auch Russlands Verteidigungsminister Sergej Schoigu nahm teil.',
  ].join(BLOCK_SEPARATOR);
  const analysis = analyzeText(text, createBundledRecognizer(), {
    metadata: { title: 'Kim bei Putin', language: 'de', publishedAt: '2023-09-14' },
    language: 'de',
    today: '2026-11-26',
  });
  const view = buildPageView({
    analysis,
    text,
    packs: new Map([[BUNDLED_PACK.id, BUNDLED_PACK]]),
    language: 'de',
    host: 'www.tagesschau.de',
    adjectivesShown: false,
  });
  return { status: 'ready', view };
}

/** A copy of `value` with `change` applied to what is at `path`. */
function changeAt(
  value: unknown,
  path: readonly (string | number)[],
  change: (old: unknown) => unknown,
): unknown {
  return replaceAt(value, path, change(valueAt(value, path)));
}

describe('the popup’s checks of answers', () => {
  const answer = buildAnswer();
  const paths = pathsOf(answer);
  const objectPaths = [[], ...paths].filter((path) => {
    const value = path.reduce<unknown>(
      (node, key) => (node as Record<string, unknown>)[key],
      answer,
    );
    return kindOf(value) === 'object';
  });
  const valueAt = (path: readonly (string | number)[]) =>
    path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], answer);

  test('the page view of a real page passes', () => {
    expect(paths.length).toBeGreaterThan(200);
    expect(parsePageViewAnswer(structuredClone(answer))).toEqual(answer);
  });

  test(`${RUNS.toLocaleString('en')} malformed page-view answers: every one refused, none throws`, () => {
    // Every change breaks the answer: a value of another kind anywhere (never undefined, as
    // optional fields may be left out), a key no object has, a count that disagrees.
    const broken = fc.oneof(
      anyValue.filter((value) => kindOf(value) !== 'object'),
      fc
        .constantFrom(...paths)
        .chain((path) =>
          anyValue
            .filter((value) => value !== undefined && kindOf(value) !== kindOf(valueAt(path)))
            .map((value) => changeAt(answer, path, () => value)),
        ),
      fc
        .tuple(fc.constantFrom(...objectPaths), fc.string(), anyValue)
        .filter(([path, key]) => !(key in (valueAt(path) as object)))
        .map(([path, key, value]) =>
          changeAt(answer, path, (old) => ({ ...(old as object), [key]: value })),
        ),
      fc
        .nat({ max: 1000 })
        .map((extra) =>
          changeAt(answer, ['view', 'mentionCount'], (count) => (count as number) + extra + 1),
        ),
    );
    fc.assert(
      fc.property(broken, (value) => {
        deepFreeze(value);
        expect(parsePageViewAnswer(value)).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
  });

  test(`${RUNS.toLocaleString('en')} malformed reveal answers: every one refused`, () => {
    expect(revealMentionAnswerSchema.safeParse({ revealed: true }).success).toBe(true);
    const isWellFormed = (value: unknown) =>
      Object.prototype.toString.call(value) === '[object Object]' &&
      Object.getPrototypeOf(value) === Object.prototype &&
      Object.keys(value as object).join() === 'revealed' &&
      typeof (value as { revealed: unknown }).revealed === 'boolean';
    fc.assert(
      fc.property(
        messagesAround([{ revealed: true }, { revealed: false }]).filter(
          (value) => !isWellFormed(value),
        ),
        (value) => {
          deepFreeze(value);
          expect(revealMentionAnswerSchema.safeParse(value).success).toBe(false);
        },
      ),
      { numRuns: RUNS },
    );
  });

  test(`${RUNS.toLocaleString('en')} malformed timing answers (the benchmark’s): every one refused`, () => {
    const timings: Record<string, unknown> = TIMINGS;
    const keys = Object.keys(timings);
    const lists = keys.filter((key) => Array.isArray(timings[key]));
    expect(timingsAnswerSchema.safeParse(timings).success).toBe(true);
    expect(lists.length).toBeGreaterThan(0);
    const broken = fc.oneof(
      anyValue.filter((value) => kindOf(value) !== 'object'),
      fc
        .tuple(fc.constantFrom(...keys), anyValue)
        .filter(([key, value]) => kindOf(value) !== kindOf(timings[key]))
        .map(([key, value]) => ({ ...timings, [key]: value })),
      fc
        .tuple(fc.constantFrom(...lists), anyValue)
        .filter(([, value]) => typeof value !== 'number')
        .map(([key, value]) => ({ ...timings, [key]: [1, value] })),
      fc.constantFrom(...keys).map((key) => {
        const copy = { ...timings };
        delete copy[key];
        return copy;
      }),
      fc.tuple(fc.string(), anyValue).map(([key, value]) => ({ ...timings, [`x${key}`]: value })),
    );
    fc.assert(
      fc.property(broken, (value) => {
        deepFreeze(value);
        expect(timingsAnswerSchema.safeParse(value).success).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('settings as every context reads them from storage', () => {
  test(`${RUNS.toLocaleString('en')} random stored values: never throws, always settings the schema accepts`, () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyValue,
          fc.record({ version: fc.integer(), sitesOff: anyValue, colors: anyValue }),
        ),
        (stored) => {
          deepFreeze(stored);
          const { settings } = readSettings(stored);
          expect(settingsSchema.safeParse(settings).success).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
