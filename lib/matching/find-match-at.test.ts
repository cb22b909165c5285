import { describe, expect, test } from 'vitest';
import { findMatchAt } from './find-match-at';

const MATCHES = [
  { start: 0, end: 5, entityId: 'a' },
  { start: 10, end: 21, entityId: 'b' },
  { start: 30, end: 35, entityId: 'c' },
];

describe('findMatchAt', () => {
  test('finds the match covering an offset, start inclusive and end exclusive', () => {
    expect(findMatchAt(MATCHES, 0)?.entityId).toBe('a');
    expect(findMatchAt(MATCHES, 4)?.entityId).toBe('a');
    expect(findMatchAt(MATCHES, 10)?.entityId).toBe('b');
    expect(findMatchAt(MATCHES, 34)?.entityId).toBe('c');
  });

  test('finds nothing between, before or after the matches', () => {
    for (const offset of [-1, 5, 9, 21, 29, 35, 1000]) {
      expect(findMatchAt(MATCHES, offset)).toBeUndefined();
    }
    expect(findMatchAt([], 0)).toBeUndefined();
  });
});
