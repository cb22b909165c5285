import { describe, expect, test } from 'vitest';
import { GET_PAGE_SUMMARY, isGetPageSummaryRequest, parsePageSummary } from './protocol';

const SUMMARY = {
  total: 3,
  entities: [
    { id: 'vladimir-putin', name: 'Wladimir Putin', type: 'person', count: 2 },
    { id: 'russia', name: 'Russland', type: 'state', count: 1 },
  ],
};

describe('messages', () => {
  test('a summary request has exactly its type', () => {
    expect(isGetPageSummaryRequest({ type: GET_PAGE_SUMMARY })).toBe(true);
    expect(isGetPageSummaryRequest({ type: GET_PAGE_SUMMARY, extra: 1 })).toBe(false);
    expect(isGetPageSummaryRequest({ type: 'other' })).toBe(false);
    expect(isGetPageSummaryRequest(null)).toBe(false);
    expect(isGetPageSummaryRequest([GET_PAGE_SUMMARY])).toBe(false);
  });

  test('a well-formed summary is accepted as it is', () => {
    expect(parsePageSummary(SUMMARY)).toEqual(SUMMARY);
  });

  test.each([
    ['not an object', 'summary'],
    ['a total that disagrees with the counts', { ...SUMMARY, total: 4 }],
    [
      'an unknown entity type',
      { total: 1, entities: [{ ...SUMMARY.entities[0], type: 'x', count: 1 }] },
    ],
    ['a count of zero', { total: 0, entities: [{ ...SUMMARY.entities[0], count: 0 }] }],
    [
      'a name that is not text',
      { total: 1, entities: [{ ...SUMMARY.entities[0], name: {}, count: 1 }] },
    ],
  ])('rejects %s', (_, value) => {
    expect(parsePageSummary(value)).toBeUndefined();
  });
});
