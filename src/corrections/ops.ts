/**
 * A correction is one field-level operation on a record, written by an editor (or derived from
 * an editor's hand edit of a record). Operations are applied in order, after every extraction:
 *
 *   - set: title            value: "A better title"      (a scalar field; null clears it)
 *   - add: people           value: { name: Jane Doe, role: minister }
 *   - remove: people        match: Justin
 *   - update: people        match: Han Dong   set: { role: MP }   (null removes a field)
 *   - replace: quotes       match: "text of the quote"   value: { speaker: ..., text: ... }
 *
 * `match` names an item of a list: by `name` (or an alias) for people, organisations and places;
 * by `text` for dates, quotes and claims; by the text itself for warnings. Case and spacing do
 * not matter. When several items read the same (three dates "2021"), `sentence` picks the one
 * with that evidence sentence.
 */
import { z } from 'zod';

export const SCALAR_FIELDS = ['id', 'title', 'dek', 'published', 'author', 'outlet', 'dateline', 'url', 'body', 'boilerplate'] as const;
export const LIST_FIELDS = ['people', 'organizations', 'places', 'dates', 'quotes', 'claims', 'warnings'] as const;

export type ListField = (typeof LIST_FIELDS)[number];

const scalarField = z.enum(SCALAR_FIELDS);
const listField = z.enum(LIST_FIELDS);
const item = z.union([z.record(z.string(), z.unknown()), z.string()]);

export const setOp = z.object({ set: scalarField, value: z.string().nullable() }).strict();
export const addOp = z.object({ add: listField, value: item }).strict();
const sentence = z.string().min(1).optional();
export const removeOp = z.object({ remove: listField, match: z.string().min(1), sentence }).strict();
export const updateOp = z.object({ update: listField, match: z.string().min(1), sentence, set: z.record(z.string(), z.unknown()) }).strict();
export const replaceOp = z.object({ replace: listField, match: z.string().min(1), sentence, value: item }).strict();

export const correctionOp = z.union([setOp, addOp, removeOp, updateOp, replaceOp]);
export type CorrectionOp = z.infer<typeof correctionOp>;

/** One line that says what an operation does, for reports. */
export function describeOp(op: CorrectionOp): string {
  if ('set' in op && 'value' in op) return `set ${op.set}`;
  if ('add' in op) return `add to ${op.add} ${JSON.stringify(itemLabel(op.value))}`;
  if ('remove' in op) return `remove from ${op.remove} "${op.match}"`;
  if ('update' in op) return `update ${Object.keys(op.set).join(', ')} of "${op.match}" in ${op.update}`;
  return `replace "${op.match}" in ${op.replace}`;
}

function itemLabel(value: unknown): string {
  if (typeof value === 'string') return value;
  const v = value as Record<string, unknown>;
  return String(v.name ?? v.text ?? '?');
}
