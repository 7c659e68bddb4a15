/**
 * People, organisations and places. First cut: compromise's named-entity tags, cleaned.
 */
import nlp from 'compromise';
import type { Entity, Person } from '../../types.js';
import type { Extractor } from '../context.js';
import { countWord, sentencesNaming } from '../evidence.js';

function clean(name: string): string {
  return name
    .replace(/[’']s$/u, '')
    .replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '')
    .trim();
}

function collect(names: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const raw of names) {
    const n = clean(raw);
    if (n.length > 1) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  return counts;
}

export const entities: Extractor = {
  name: 'entities',
  run(ctx) {
    const text = ctx.doc.text;
    const doc = nlp(text);
    const people = collect(doc.people().json().map((p: { text: string }) => p.text));
    const orgs = collect(doc.organizations().json().map((p: { text: string }) => p.text));
    const places = collect(doc.places().json().map((p: { text: string }) => p.text));
    const toEntity = (name: string): Entity => ({
      name,
      aliases: [],
      mentions: Math.max(1, countWord(text, name)),
      sentences: sentencesNaming(ctx.doc, [name]),
    });
    ctx.result.people = [...people.keys()].map((n): Person => toEntity(n));
    ctx.result.organizations = [...orgs.keys()].map(toEntity);
    ctx.result.places = [...places.keys()].map(toEntity);
  },
};
