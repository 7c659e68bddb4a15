/**
 * The extractor on the two seed articles against ../shared/seeds/gold.json: publication date,
 * title, outlet, author and every required person (by name or by one of the gold aliases).
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../../src/ingest/index.js';
import { extract } from '../../src/extract/index.js';
import { SEEDS } from '../helpers/project.js';

interface GoldPerson {
  name: string;
  aliases?: string[];
}
const gold = JSON.parse(readFileSync(join(SEEDS, 'gold.json'), 'utf8')) as {
  articles: Record<string, { published: string; outlet: string | null; author: string | null; title?: string; people: { required: GoldPerson[] } }>;
};
const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

describe.each(Object.entries(gold.articles))('seed %s', (file, g) => {
  const result = extract(ingest(file, readFileSync(join(SEEDS, file))));

  it('has the gold publication date, outlet and author', () => {
    expect(result.published).toBe(g.published);
    expect(result.outlet).toBe(g.outlet);
    expect(result.author).toBe(g.author);
  });

  it('has a title', () => {
    if (g.title) expect(result.title).toBe(g.title);
    else {
      expect(result.title.length).toBeGreaterThan(20);
      expect(result.title.length).toBeLessThanOrEqual(120);
    }
  });

  it.each(g.people.required.map((p) => [p.name, p] as const))('finds %s', (_name, person) => {
    const forms = [person.name, ...(person.aliases ?? [])].map(fold);
    const found = result.people.find((p) => [p.name, ...p.aliases].map(fold).some((f) => forms.includes(f)));
    expect(found, `${person.name} among ${result.people.map((p) => p.name).join(', ')}`).toBeDefined();
  });
});
