import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { createRequestHandler, type RequestEffects } from './handle-request';
import { parsePageViewAnswer, type PageView } from './page-view';
import {
  EXTENSION_ID,
  kindOf,
  pathsOf,
  replaceAt,
  VALID_REQUESTS,
  valueAt,
} from './messages.fixture';
import {
  GET_PAGE_VIEW,
  GET_TIMINGS,
  parseRequest,
  REVEAL_MENTION,
  START_NAVIGATION,
} from './protocol';

const VIEW: PageView = {
  host: 'www.tagesschau.de',
  page: { title: 'Kim bei Putin', publishedAt: '2023-09-14', language: 'de', date: '2023-09-14' },
  packs: [{ id: 'kim-putin-2023', title: 'Kim bei Putin (September 2023)', asOf: '2025-06-30' }],
  mentionCount: 3,
  adjectivesShown: false,
  groups: [
    {
      type: 'person',
      entities: [
        {
          packId: 'kim-putin-2023',
          entityId: 'vladimir-putin',
          name: 'Wladimir Putin',
          type: 'person',
          role: 'Präsident Russlands',
          count: 2,
          positions: [0.1, 0.5],
        },
      ],
    },
    {
      type: 'state',
      entities: [
        {
          packId: 'kim-putin-2023',
          entityId: 'russia',
          name: 'Russland',
          type: 'state',
          count: 1,
          positions: [0.2],
        },
      ],
    },
  ],
  quotes: [
    {
      id: 'putin-possibilities',
      packId: 'kim-putin-2023',
      speakerId: 'vladimir-putin',
      speaker: 'Wladimir Putin',
      text: 'Möglichkeiten',
      language: 'de',
      date: '2023-09',
      provenance: { kind: 'source', publisher: 'tagesschau.de', date: '2023-09-14' },
      onPage: true,
    },
  ],
  relations: [
    {
      id: 'putin-leader-of-russia',
      packId: 'kim-putin-2023',
      subjectId: 'vladimir-putin',
      subject: 'Wladimir Putin',
      relation: 'leader-of',
      objectId: 'russia',
      object: 'Russland',
      text: 'Putin ist Präsident und Staatschef Russlands.',
      date: '2023-09-13',
      provenance: { kind: 'background' },
    },
  ],
  timeline: [
    {
      date: '2023-09-14',
      statements: [],
      article: [{ phrase: 'heute', sentence: 'Putin sprach heute.' }],
      published: true,
    },
  ],
  gist: ['Putin sprach heute.'],
};

/**
 * Messages that are not well-formed requests: anything at all, and well-formed requests broken in
 * one place (a key dropped, a key added, a value swapped for any other value).
 */
function malformedRequests(): fc.Arbitrary<unknown> {
  const broken = fc.constantFrom(...VALID_REQUESTS).chain((request) => {
    const keys = Object.keys(request);
    return fc.oneof(
      fc.constantFrom(...keys).map((key) => {
        const copy: Record<string, unknown> = { ...request };
        delete copy[key];
        return copy;
      }),
      fc
        .tuple(
          fc.string().filter((key) => !keys.includes(key)),
          fc.anything(),
        )
        .map(([key, value]) => ({ ...request, [key]: value })),
      fc
        .tuple(fc.constantFrom(...keys), fc.anything())
        .filter(([key, value]) => (request as Record<string, unknown>)[key] !== value)
        .map(([key, value]) => ({ ...request, [key]: value })),
    );
  });
  return fc
    .oneof(fc.anything(), broken)
    .filter(
      (message) =>
        !VALID_REQUESTS.some((valid) => JSON.stringify(valid) === JSON.stringify(message)) ||
        typeof message !== 'object',
    );
}

function isWellFormed(message: unknown): boolean {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return false;
  const record = message as Record<string, unknown>;
  const keys = Object.keys(record).sort().join();
  if (record.type === GET_PAGE_VIEW) {
    return keys === 'language,type' && (record.language === 'de' || record.language === 'en');
  }
  if (record.type === REVEAL_MENTION) {
    return (
      keys === 'entityId,index,packId,type' &&
      [record.packId, record.entityId].every((id) => typeof id === 'string' && id.length > 0) &&
      Number.isSafeInteger(record.index) &&
      (record.index as number) >= 0 &&
      (record.index as number) <= 100_000
    );
  }
  return (record.type === START_NAVIGATION || record.type === GET_TIMINGS) && keys === 'type';
}

function fakeEffects() {
  return {
    getPageView: vi.fn<RequestEffects['getPageView']>(async () => ({
      status: 'ready' as const,
      view: VIEW,
    })),
    revealMention: vi.fn<RequestEffects['revealMention']>(async () => true),
    startNavigation: vi.fn<RequestEffects['startNavigation']>(),
    getTimings: vi.fn<RequestEffects['getTimings']>(() => ({
      startedAt: 12.5,
      highlightedAt: [18.5],
      annotatedAt: [20.25],
    })),
  };
}

describe('requests', () => {
  test('well-formed requests are accepted as they are', () => {
    for (const request of VALID_REQUESTS) expect(parseRequest(request)).toEqual(request);
  });

  test.each([
    ['not an object', 'kontext:get-page-view'],
    ['an array', [GET_PAGE_VIEW]],
    ['an unknown type', { type: 'kontext:get-page-summary' }],
    ['a language Kontext does not speak', { type: GET_PAGE_VIEW, language: 'fr' }],
    ['an extra key', { type: START_NAVIGATION, extra: 1 }],
    ['a negative index', { ...VALID_REQUESTS[2], index: -1 }],
    ['a fractional index', { ...VALID_REQUESTS[2], index: 1.5 }],
    ['an empty id', { ...VALID_REQUESTS[2], entityId: '' }],
  ])('rejects %s', (_, message) => {
    expect(parseRequest(message)).toBeUndefined();
  });

  test('1,000 random malformed messages: every one rejected, none acted on', async () => {
    const effects = fakeEffects();
    const handle = createRequestHandler(EXTENSION_ID, effects);
    let checked = 0;
    fc.assert(
      fc.property(malformedRequests(), (message) => {
        // A mutation may by chance give another well-formed request; that one must pass.
        fc.pre(!isWellFormed(message));
        checked += 1;
        expect(parseRequest(message)).toBeUndefined();
        expect(handle(message, { id: EXTENSION_ID })).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
    expect(checked).toBeGreaterThanOrEqual(900);
    expect(effects.getPageView).not.toHaveBeenCalled();
    expect(effects.revealMention).not.toHaveBeenCalled();
    expect(effects.startNavigation).not.toHaveBeenCalled();
    expect(effects.getTimings).not.toHaveBeenCalled();
  });
});

describe('the content script’s handler', () => {
  test('answers the page view and the reveal, and starts navigation without an answer', async () => {
    const effects = fakeEffects();
    const handle = createRequestHandler(EXTENSION_ID, effects);
    const sender = { id: EXTENSION_ID };
    await expect(handle(VALID_REQUESTS[0], sender)).resolves.toEqual({
      status: 'ready',
      view: VIEW,
    });
    expect(effects.getPageView).toHaveBeenCalledWith('de');
    await expect(handle(VALID_REQUESTS[2], sender)).resolves.toEqual({ revealed: true });
    expect(effects.revealMention).toHaveBeenCalledWith('kim-putin-2023', 'vladimir-putin', 3);
    expect(handle(VALID_REQUESTS[3], sender)).toBeUndefined();
    expect(effects.startNavigation).toHaveBeenCalledTimes(1);
    await expect(handle(VALID_REQUESTS[4], sender)).resolves.toEqual({
      startedAt: 12.5,
      highlightedAt: [18.5],
      annotatedAt: [20.25],
    });
  });

  test('a well-formed request from anyone but Kontext itself is not acted on', () => {
    const effects = fakeEffects();
    const handle = createRequestHandler(EXTENSION_ID, effects);
    for (const sender of [{}, { id: 'another-extension' }, { id: '' }]) {
      for (const request of VALID_REQUESTS) expect(handle(request, sender)).toBeUndefined();
    }
    fc.assert(
      fc.property(
        fc.constantFrom(...VALID_REQUESTS),
        fc.string().filter((id) => id !== EXTENSION_ID),
        (request, id) => {
          expect(handle(request, { id })).toBeUndefined();
        },
      ),
      { numRuns: 200 },
    );
    expect(effects.getPageView).not.toHaveBeenCalled();
    expect(effects.revealMention).not.toHaveBeenCalled();
    expect(effects.startNavigation).not.toHaveBeenCalled();
    expect(effects.getTimings).not.toHaveBeenCalled();
  });
});

describe('page-view answers', () => {
  test('a well-formed answer is accepted as it is', () => {
    expect(parsePageViewAnswer({ status: 'ready', view: VIEW })).toEqual({
      status: 'ready',
      view: VIEW,
    });
    expect(parsePageViewAnswer({ status: 'off', host: 'www.tagesschau.de' })).toEqual({
      status: 'off',
      host: 'www.tagesschau.de',
    });
  });

  test.each([
    ['no status', { view: VIEW }],
    ['a count that disagrees with the positions', withEntity({ count: 3 })],
    ['a mention total that disagrees with the counts', { ...VIEW, mentionCount: 4 }],
    ['a position beyond the text', withEntity({ positions: [0.1, 1.5] })],
    ['an unknown entity type', withEntity({ type: 'planet' })],
    ['an entity in the wrong group', withEntity({ type: 'state' })],
    ['an extra key', { ...VIEW, html: '<b>x</b>' }],
    ['a text that is not text', { ...VIEW, gist: [{ toString: 'x' }] }],
    ['a date that is no date', { ...VIEW, page: { ...VIEW.page, date: 'yesterday' } }],
  ])('rejects %s', (_, view) => {
    const answer = 'view' in (view as object) ? view : { status: 'ready', view };
    expect(parsePageViewAnswer(answer)).toBeUndefined();
  });

  test('1,000 random malformed answers: every one rejected', () => {
    const paths = pathsOf({ status: 'ready', view: VIEW });
    // A value of another kind than the one it replaces (never undefined: optional fields may be).
    const otherThan = (original: unknown) =>
      fc.anything().filter((value) => value !== undefined && kindOf(value) !== kindOf(original));
    const broken = fc.oneof(
      fc.anything().filter((value) => kindOf(value) !== 'object'),
      fc
        .constantFrom(...paths)
        .chain((path) =>
          otherThan(valueAt(VIEW_ANSWER, path)).map((value) => replaceAt(VIEW_ANSWER, path, value)),
        ),
      fc
        .constantFrom(...(Object.keys(VIEW) as (keyof PageView)[]))
        .map((key) => replaceAt(VIEW_ANSWER, ['view', key], undefined)),
    );
    fc.assert(
      fc.property(broken, (answer) => {
        expect(parsePageViewAnswer(answer)).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  });
});

const VIEW_ANSWER = { status: 'ready', view: VIEW };

function withEntity(change: Record<string, unknown>) {
  const [first, ...rest] = VIEW.groups;
  return {
    ...VIEW,
    groups: [{ ...first!, entities: [{ ...first!.entities[0]!, ...change }] }, ...rest],
  };
}
