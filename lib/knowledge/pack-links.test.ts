import { describe, expect, test } from 'vitest';
import { findLinkProblem, getLinkScheme, isLinkLike } from './pack-links';

describe('pack links', () => {
  test('read the scheme as a browser does, through spaces, tabs and line breaks', () => {
    expect(getLinkScheme('https://example.org/')).toBe('https');
    expect(getLinkScheme(' \u0001JavaScript:alert(1)')).toBe('javascript');
    expect(getLinkScheme('java\tscr\nipt:alert(1)')).toBe('javascript');
    expect(getLinkScheme('no link')).toBeUndefined();
  });

  test('tell links from prose that has a colon', () => {
    expect(isLinkLike('Kim: a profile')).toBe(false);
    expect(isLinkLike('Note: see below')).toBe(false);
    expect(isLinkLike('javascript:void(0)')).toBe(true);
    expect(isLinkLike('ftp://example.org/')).toBe(true);
    expect(isLinkLike('data:text/html,<b>x</b>')).toBe(true);
    expect(isLinkLike('//example.org/')).toBe(true);
  });

  test('accept well-formed https: links only', () => {
    expect(findLinkProblem('https://www.tagesschau.de/ausland/')).toBeUndefined();
    expect(findLinkProblem('http://www.tagesschau.de/')).toContain('not encrypted');
    expect(findLinkProblem('javascript:alert(1)')).toContain('would run code');
    expect(findLinkProblem('file:///etc/passwd')).toContain('a file: link');
    expect(findLinkProblem('www.tagesschau.de')).toContain('must start with https://');
    expect(findLinkProblem('https://www.tages schau.de/')).toContain('not a valid link');
    expect(findLinkProblem('https://')).toContain('not a valid link');
  });
});
