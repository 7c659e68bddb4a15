/** Precision/recall bookkeeping shared by every scorer. */

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
  falseFinds: string[];
}

export function tally(): Tally {
  return { tp: 0, fp: 0, fn: 0, misses: [], falseFinds: [] };
}

export function add(into: Tally, from: Tally): Tally {
  into.tp += from.tp;
  into.fp += from.fp;
  into.fn += from.fn;
  into.misses.push(...from.misses);
  into.falseFinds.push(...from.falseFinds);
  return into;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export function scores(t: Tally): Scores {
  const precision = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const recall = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp: t.tp, fp: t.fp, fn: t.fn };
}

/** Case- and space-insensitive form of a name, as the MEANTIME matching rule asks. */
export function key(name: string): string {
  return name.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();
}

/** Most frequent items first, "name ×3". */
export function worst(items: string[], n = 15): string[] {
  const counts = new Map<string, number>();
  for (const i of items) counts.set(i, (counts.get(i) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([k, c]) => (c > 1 ? `${k} ×${c}` : k));
}
