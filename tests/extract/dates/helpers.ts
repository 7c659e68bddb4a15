import { expect } from 'vitest';
import { findDates } from '../../../src/extract/dates/index.js';

/** chrono's testSingleCase style: a real sentence, a fixed publication date, the exact phrase and value. */
export function expectDate(text: string, published: string | null, phrase: string, value: string, end?: string): void {
  const found = findDates(text, published);
  const hit = found.find((d) => d.text === phrase);
  expect(hit, `"${phrase}" in ${JSON.stringify(found)}`).toBeDefined();
  expect(hit!.value).toBe(value);
  expect(hit!.end).toBe(end);
  expect(text.slice(hit!.index, hit!.index + phrase.length)).toBe(phrase);
}

export function expectNoDate(text: string, published: string | null, phrase?: string): void {
  const found = findDates(text, published);
  if (phrase) expect(found.filter((d) => d.text.includes(phrase) || phrase.includes(d.text))).toEqual([]);
  else expect(found).toEqual([]);
}
