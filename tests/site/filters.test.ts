/** The site's filters that stand in for Eleventy's: same answers. */
import { describe, it, expect } from 'vitest';
import { fastUrl } from '../../src/site/filters.js';
// Eleventy's own url filter (not exported by the package: imported by its file).
// @ts-expect-error: a JavaScript file without types
import eleventyUrlFilter from '../../node_modules/@11ty/eleventy/src/Filters/Url.js';

const eleventyUrl = eleventyUrlFilter as (url: string, prefix: string) => string;

const PATHS = [
  '/',
  '',
  '/people/han-dong/',
  '/articles/2021-09-24-trudeau/index.html',
  '/a//b///',
  '/x/../y/',
  '/./z',
  '/search/?q=Han%20Dong',
  '//cdn.example.org/lib.js',
  'https://globalnews.ca/news/1/',
  'mailto:desk@example.org',
  'relative/path/',
  '../up/',
];

describe('fastUrl', () => {
  for (const prefix of ['/', '/archive/', '/archive']) {
    it(`gives Eleventy's answer for every path with the path prefix "${prefix}"`, () => {
      let calls = 0;
      const base = (url: string, override?: string) => (calls++, eleventyUrl(url, override ?? prefix));
      const url = fastUrl(base);
      for (const p of PATHS) expect(url(p), p).toBe(eleventyUrl(p, prefix));
      // Asked again: remembered.
      const before = calls;
      for (const p of PATHS) url(p);
      expect(calls).toBe(before);
      // An explicit prefix is Eleventy's business.
      expect(url('/people/', '/other/')).toBe('/other/people/');
    });
  }

  it('does not call Eleventy for site paths when the prefix is "/"', () => {
    const asked: string[] = [];
    const url = fastUrl((u: string) => (asked.push(u), eleventyUrl(u, '/')));
    expect(url('/people/han-dong/')).toBe('/people/han-dong/');
    expect(url('/a//b')).toBe('/a/b');
    expect(url('https://globalnews.ca/')).toBe('https://globalnews.ca/');
    expect(asked).toEqual(['/', 'https://globalnews.ca/']);
  });
});
