/**
 * Applies an editor's corrections to a freshly extracted record, one operation at a time. An
 * operation whose target is gone (the person is no longer extracted) is stale: reported, kept in
 * its file, and the rest still apply. An operation that would make the record invalid is
 * reported and skipped.
 */
import { recordSchema, formatIssues, type RecordData } from '../write/schema.js';
import { describeOp, type CorrectionOp, type ListField } from './ops.js';
import { findItem, itemKey } from './match.js';

/** A record as corrections see it: the front matter plus the body. */
export interface CorrectableRecord {
  data: RecordData;
  body: string;
  boilerplate: string | null;
}

export interface CorrectionIssue {
  /** 0-based position of the operation in its file. */
  index: number;
  op: string;
  reason: string;
}

export interface AppliedCorrections {
  record: CorrectableRecord;
  applied: number;
  /** Operations whose target no longer exists. */
  stale: CorrectionIssue[];
  /** Operations that would break the record. */
  invalid: CorrectionIssue[];
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

/** A list item with the fields of `patch` set (null removes a field). */
function patched(item: unknown, patch: Record<string, unknown>): unknown {
  const out: Record<string, unknown> = { ...(item as Record<string, unknown>) };
  for (const [k, v] of Object.entries(patch)) {
    if (v === null || v === undefined) delete out[k];
    else out[k] = v;
  }
  return out;
}

/** Applies one operation in place; returns a stale reason, or null when it applied. */
function applyOne(rec: CorrectableRecord, op: CorrectionOp): string | null {
  if ('set' in op && 'value' in op) {
    if (op.set === 'body') rec.body = op.value ?? '';
    else if (op.set === 'boilerplate') rec.boilerplate = op.value;
    else (rec.data as Record<string, unknown>)[op.set] = op.value;
    return null;
  }
  const field: ListField = 'add' in op ? op.add : 'remove' in op ? op.remove : 'update' in op ? op.update : op.replace;
  const list = (rec.data[field] ?? []) as unknown[];
  rec.data[field] = list as never;
  if ('add' in op) {
    const at = findItem(field, list, itemKey(field, op.value));
    if (at >= 0) list[at] = typeof op.value === 'string' ? op.value : { ...(list[at] as object), ...op.value };
    else list.push(clone(op.value));
    return null;
  }
  const at = findItem(field, list, op.match, op.sentence);
  if (at < 0) return `no item "${op.match}"${op.sentence ? ' with that sentence' : ''} in ${field} any more`;
  if ('remove' in op) list.splice(at, 1);
  else if ('update' in op) list[at] = patched(list[at], op.set);
  else list[at] = clone(op.replace === 'warnings' ? String(op.value) : op.value);
  return null;
}

export function applyCorrections(record: CorrectableRecord, ops: readonly CorrectionOp[]): AppliedCorrections {
  let current = clone(record);
  const stale: CorrectionIssue[] = [];
  const invalid: CorrectionIssue[] = [];
  let applied = 0;
  ops.forEach((op, index) => {
    const next = clone(current);
    const staleReason = applyOne(next, op);
    if (staleReason) {
      stale.push({ index, op: describeOp(op), reason: staleReason });
      return;
    }
    const checked = recordSchema.safeParse(next.data);
    if (!checked.success) {
      invalid.push({ index, op: describeOp(op), reason: formatIssues(checked.error) });
      return;
    }
    next.data = checked.data;
    current = next;
    applied++;
  });
  return { record: current, applied, stale, invalid };
}
