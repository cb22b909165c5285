import { describe, expect, test } from 'vitest';
import { parseSiteInput } from './parse-site-input';

describe('parseSiteInput', () => {
  test.each([
    ['notes.example.org', 'notes.example.org'],
    ['  Notes.Example.org  ', 'notes.example.org'],
    ['https://notes.example.org/2023/09/summit.html', 'notes.example.org'],
    ['http://blog.example.com', 'blog.example.com'],
    // A news site's host is keyed by its listed domain.
    ['www.tagesschau.de', 'tagesschau.de'],
  ])('%s is the site %s', (input, site) => {
    expect(parseSiteInput(input)).toBe(site);
  });

  test.each([
    [''],
    ['localhost'],
    ['ftp://notes.example.org'],
    ['notes.example.org:8080'],
    ['user@notes.example.org'],
    ['not a host'],
    ['javascript:alert(1)'],
  ])('%j is no site', (input) => {
    expect(parseSiteInput(input)).toBeUndefined();
  });
});
