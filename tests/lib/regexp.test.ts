import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/lib/regexp.js';

describe('escapeRegExp', () => {
  it('matches names with regular-expression characters literally, with and without the u flag', () => {
    // Names of the kinds the extractor and the site look for: dotted, hyphenated, with brackets.
    for (const name of ['U.S.', 'Al-Ain', 'AT&T (Europe)', 'C++', 'Yahoo!', '$5.2bn', 'a|b', 'x[1]\\y']) {
      expect(new RegExp(`^${escapeRegExp(name)}$`, 'u').test(name)).toBe(true);
      expect(new RegExp(`^${escapeRegExp(name)}$`).test(name)).toBe(true);
    }
  });

  it('does not let a dot or a bracket match other text', () => {
    expect(new RegExp(escapeRegExp('U.S.'), 'u').test('UKS,')).toBe(false);
    expect(new RegExp(`^${escapeRegExp('[ab]')}$`, 'u').test('a')).toBe(false);
    expect(new RegExp(`[${escapeRegExp('a-z')}]`, 'u').test('m')).toBe(false);
  });
});
