/**
 * The package's one hash helper: every content hash, cache key, fingerprint and fallback slug is
 * made here, so the algorithm and encoding of each are stated where it is used.
 */
import { createHash } from 'node:crypto';

export type HashPart = string | Uint8Array;

export interface HashOptions {
  /** `sha256` unless said otherwise; `sha1` only where a short, stable file-content name is enough. */
  algorithm?: 'sha256' | 'sha1';
  /** `hex` unless said otherwise; `base64url` packs more bits into a shorter key. */
  encoding?: 'hex' | 'base64url';
  /** Keep only this many characters of the digest. */
  length?: number;
}

/**
 * The digest of some bytes or text, or of a list of parts in order (as one stream: the parts are
 * not separated, so callers that need boundaries write them into the parts).
 */
export function hashOf(input: HashPart | readonly HashPart[], { algorithm = 'sha256', encoding = 'hex', length }: HashOptions = {}): string {
  const h = createHash(algorithm);
  if (typeof input === 'string' || input instanceof Uint8Array) h.update(input);
  else for (const part of input) h.update(part);
  const digest = h.digest(encoding);
  return length === undefined ? digest : digest.slice(0, length);
}

/** A sha256 digest made piece by piece, for a text too large to hold twice (src/lib/sealed.ts). */
export function streamingHash(): { update(bytes: Uint8Array): void; digest(): string } {
  const h = createHash('sha256');
  return { update: (bytes) => void h.update(bytes), digest: () => h.digest('hex') };
}
