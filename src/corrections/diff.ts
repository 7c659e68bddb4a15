/**
 * An editor's hand edit of a record, turned into corrections: the difference between what the
 * build wrote and what the file now holds, as field-level operations that will apply again
 * after any later extraction.
 */
import { recordId } from '../write/slug.js';
import type { CorrectableRecord } from './apply.js';
import { LIST_FIELDS, type CorrectionOp, type ListField } from './ops.js';
import { fold, itemKey, itemSentences } from './match.js';

const DIFFED_SCALARS = ['title', 'dek', 'published', 'author', 'outlet', 'dateline', 'url'] as const;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The `match` (and, when the key is shared, `sentence`) that names `item` in `list`. */
function target(field: ListField, list: unknown[], item: unknown): { match: string; sentence?: string } {
  const match = itemKey(field, item);
  const shared = list.filter((x) => fold(itemKey(field, x)) === fold(match)).length > 1;
  const sentence = itemSentences(item)[0];
  return shared && sentence ? { match, sentence } : { match };
}

/**
 * Pairs the items of two versions of a list: identical items first, then items with the same
 * key in order. Unpaired items were removed or added; paired items that differ were updated.
 */
function listOps(field: ListField, before: unknown[], after: unknown[]): CorrectionOp[] {
  const ops: CorrectionOp[] = [];
  const unpairedAfter = new Set(after.map((_, i) => i));
  const pairs = new Map<number, number>();
  before.forEach((item, i) => {
    const j = [...unpairedAfter].find((k) => same(item, after[k]));
    if (j !== undefined) {
      pairs.set(i, j);
      unpairedAfter.delete(j);
    }
  });
  before.forEach((item, i) => {
    if (pairs.has(i)) return;
    const j = [...unpairedAfter].find((k) => fold(itemKey(field, after[k])) === fold(itemKey(field, item)));
    if (j !== undefined) {
      pairs.set(i, j);
      unpairedAfter.delete(j);
    }
  });
  before.forEach((item, i) => {
    const j = pairs.get(i);
    if (j === undefined) {
      ops.push({ remove: field, ...target(field, before, item) });
      return;
    }
    const edited = after[j];
    if (same(item, edited)) return;
    if (typeof edited !== 'object' || typeof item !== 'object') {
      ops.push({ replace: field, ...target(field, before, item), value: edited as string });
      return;
    }
    const b = item as Record<string, unknown>;
    const a = edited as Record<string, unknown>;
    const patch: Record<string, unknown> = {};
    for (const k of [...new Set([...Object.keys(b), ...Object.keys(a)])].sort()) {
      if (!same(b[k], a[k])) patch[k] = a[k] === undefined ? null : a[k];
    }
    ops.push({ update: field, ...target(field, before, item), set: patch });
  });
  for (const j of [...unpairedAfter].sort((x, y) => x - y)) ops.push({ add: field, value: after[j] as Record<string, unknown> | string });
  return ops;
}

/** Operations that turn `generated` into `edited` (empty when only the formatting differs). */
export function diffRecords(generated: CorrectableRecord, edited: CorrectableRecord): CorrectionOp[] {
  const ops: CorrectionOp[] = [];
  for (const f of DIFFED_SCALARS) {
    if (!same(generated.data[f], edited.data[f])) ops.push({ set: f, value: (edited.data[f] as string | null) ?? null });
  }
  // The id follows the title and date unless the editor chose another one.
  const derived = recordId(edited.data.published, edited.data.title);
  if (edited.data.id !== generated.data.id && edited.data.id !== derived) ops.push({ set: 'id', value: edited.data.id });
  if (generated.body.trim() !== edited.body.trim()) ops.push({ set: 'body', value: edited.body });
  if ((generated.boilerplate ?? '') !== (edited.boilerplate ?? '')) ops.push({ set: 'boilerplate', value: edited.boilerplate || null });
  for (const field of LIST_FIELDS) {
    ops.push(...listOps(field, (generated.data[field] ?? []) as unknown[], (edited.data[field] ?? []) as unknown[]));
  }
  return ops;
}
