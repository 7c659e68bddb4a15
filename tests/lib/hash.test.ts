import { describe, expect, it } from 'vitest';
import { hashOf } from '../../src/lib/hash.js';

// Digests of "abc": the test vectors of FIPS 180-2 (SHA-256) and FIPS 180-1 (SHA-1).
const SHA256_ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

describe('hashOf', () => {
  it('is SHA-256 in hex by default, for text and bytes alike', () => {
    expect(hashOf('abc')).toBe(SHA256_ABC);
    expect(hashOf(new TextEncoder().encode('abc'))).toBe(SHA256_ABC);
  });

  it('takes another algorithm, encoding and length', () => {
    expect(hashOf('abc', { algorithm: 'sha1', encoding: 'base64url' })).toBe('qZk-NkcGgWq6PiVxeFDCbJzQ2J0');
    expect(hashOf('abc', { encoding: 'base64url', length: 12 })).toBe('ungWv48Bz-pB');
    expect(hashOf('abc', { length: 10 })).toBe('ba7816bf8f');
  });

  it('hashes a list of parts as one stream, so a boundary the caller does not write is not seen', () => {
    expect(hashOf(['a', new TextEncoder().encode('b'), 'c'])).toBe(SHA256_ABC);
    expect(hashOf(['ab', 'c'])).toBe(hashOf(['a', 'bc']));
    expect(hashOf(['ab\n', 'c'])).not.toBe(hashOf(['a\n', 'bc']));
  });
});
