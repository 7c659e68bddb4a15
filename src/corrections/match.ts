/** Which item of a record's list a correction's `match` names. */
import type { ListField } from './ops.js';

/** Case, accents of the compatibility form and spacing do not matter. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

/** The text that names an item: `name` for entities, `text` for dates, quotes and claims. */
export function itemKey(field: ListField, item: unknown): string {
  if (field === 'warnings' || typeof item === 'string') return String(item);
  const v = item as Record<string, unknown>;
  const key = field === 'people' || field === 'organizations' || field === 'places' ? v.name : v.text;
  return typeof key === 'string' ? key : '';
}

/** Every form an item answers to: its key, and for entities its aliases. */
function forms(field: ListField, item: unknown): string[] {
  const out = [itemKey(field, item)];
  if (item && typeof item === 'object' && Array.isArray((item as { aliases?: unknown }).aliases)) {
    for (const a of (item as { aliases: unknown[] }).aliases) if (typeof a === 'string') out.push(a);
  }
  return out;
}

/** The evidence sentences of an item (`sentence` or `sentences`). */
export function itemSentences(item: unknown): string[] {
  if (!item || typeof item !== 'object') return [];
  const v = item as { sentence?: unknown; sentences?: unknown };
  const out: string[] = [];
  if (typeof v.sentence === 'string') out.push(v.sentence);
  if (Array.isArray(v.sentences)) for (const s of v.sentences) if (typeof s === 'string') out.push(s);
  return out;
}

/**
 * Index of the item named by `match` (an exact key first, then an alias) and, when `sentence`
 * is given, that has it as evidence (several dates may read "2021"); -1 when none.
 */
export function findItem(field: ListField, list: readonly unknown[], match: string, sentence?: string): number {
  const m = fold(match);
  const s = sentence === undefined ? null : fold(sentence);
  const hasSentence = (item: unknown) => s === null || itemSentences(item).some((x) => fold(x) === s);
  const exact = list.findIndex((item) => fold(itemKey(field, item)) === m && hasSentence(item));
  if (exact >= 0) return exact;
  return list.findIndex((item) => forms(field, item).some((f) => fold(f) === m) && hasSentence(item));
}
