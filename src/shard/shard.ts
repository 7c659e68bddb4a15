/**
 * Shards of a set of sources for a map job: `--shard i/n` keeps the sources whose name hashes to
 * shard i of n. The assignment depends on the name alone (not on the order or number of names a
 * run is given), so n runs with 0/n … n-1/n, on any machines, together extract every source once.
 */
import { hashOf } from '../lib/hash.js';

/** `i/n`: shard i (from 0) of n shards. */
const SHARD_SPEC = /^\s*(\d+)\s*\/\s*(\d+)\s*$/;

export interface Shard {
  index: number;
  count: number;
}

/** Reads `i/n` (0 ≤ i < n); throws with the reason otherwise. */
export function parseShard(value: string): Shard {
  const m = SHARD_SPEC.exec(value);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || !Number.isSafeInteger(index) || !Number.isSafeInteger(count) || count < 1 || index >= count) {
    throw new Error(`--shard must be i/n with 0 ≤ i < n (shard i of n, counted from 0), not "${value}"`);
  }
  return { index, count };
}

/** The shard (0 … count-1) a source name belongs to: the first 48 bits of its SHA-256, modulo count. */
export function shardOf(name: string, count: number): number {
  return parseInt(hashOf(name, { length: 12 }), 16) % count;
}

/** Whether a name belongs to the shard (every name belongs to the one shard of 0/1). */
export function inShard(name: string, shard: Shard | null): boolean {
  return shard === null || shardOf(name, shard.count) === shard.index;
}
