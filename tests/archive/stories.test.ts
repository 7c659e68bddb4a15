/** Stories: the two seed articles (one event, a day apart, sharing rare names) are one story; unrelated articles are not. */
import { describe, it, expect } from 'vitest';
import type { ArticleRecord } from '../../src/write/schema.js';
import { findStories, nameIndex } from '../../src/archive/stories.js';

function rec(id: string, published: string | null, people: string[], organizations: string[] = []): ArticleRecord {
  const e = (name: string) => ({ name, aliases: [], mentions: 1, sentences: [] });
  return {
    id, title: id, dek: null, published, author: null, outlet: null, dateline: null, url: null,
    source: { file: `${id}.txt`, sha256: '0'.repeat(64), extractor: 't' },
    people: people.map(e), organizations: organizations.map(e), places: [], dates: [], quotes: [], claims: [], warnings: [], body: '',
  };
}

// The names the two seed articles share (../shared/seeds/gold.json), published 2023-03-23 and 2023-03-24.
const SEED_A = rec('a', '2023-03-23', ['Han Dong', 'Michael Kovrig', 'Michael Spavor', 'Justin Trudeau', 'David Mulroney'], ['Global News', 'House of Commons']);
const SEED_B = rec('b', '2023-03-24', ['Han Dong', 'Michael Kovrig', 'Michael Spavor', 'Justin Trudeau', 'Pierre Poilievre'], ['Global News', 'House of Commons']);

describe('findStories', () => {
  it('groups two articles a day apart that share several names', () => {
    const stories = findStories([SEED_B, SEED_A]);
    expect(stories).toHaveLength(1);
    expect(stories[0].id).toBe('a');
    expect(stories[0].articles).toEqual(['a', 'b']);
    expect(stories[0].first).toBe('2023-03-23');
    expect(stories[0].last).toBe('2023-03-24');
    expect(stories[0].names.slice(0, 4).sort()).toEqual(['Han Dong', 'Justin Trudeau', 'Michael Kovrig', 'Michael Spavor']);
  });

  it('keeps apart the same names weeks apart', () => {
    const later = { ...SEED_B, id: 'c', published: '2023-05-02' };
    expect(findStories([SEED_A, later])).toEqual([]);
  });

  it('keeps apart articles that share only one person', () => {
    const other = rec('d', '2023-03-24', ['Justin Trudeau', 'Chrystia Freeland'], ['Bank of Canada']);
    expect(findStories([SEED_A, other])).toEqual([]);
  });

  it('does not link on names that most of the archive holds', () => {
    // 40 articles all naming the same two people and one organisation: common names link nothing.
    const many = Array.from({ length: 40 }, (_, i) => rec(`m${i}`, '2023-03-23', ['Justin Trudeau', 'Pierre Poilievre', `Person ${i} Unique`], ['House of Commons']));
    expect(findStories(many)).toEqual([]);
  });

  it('weighs rare names over common ones', () => {
    const many = Array.from({ length: 40 }, (_, i) => rec(`m${i}`, '2023-01-0' + ((i % 9) + 1), ['Justin Trudeau'], []));
    const idx = nameIndex([SEED_A, SEED_B, ...many]);
    expect(idx.weight('p:michael kovrig')).toBeGreaterThan(idx.weight('p:justin trudeau'));
  });

  it('gives the same stories whatever the input order', () => {
    const c = rec('c', '2023-03-25', ['Han Dong', 'Michael Kovrig', 'Michael Spavor'], ['Global News']);
    const one = findStories([SEED_A, SEED_B, c]);
    expect(findStories([c, SEED_B, SEED_A])).toEqual(one);
    expect(one[0].articles).toEqual(['a', 'b', 'c']);
  });
});
