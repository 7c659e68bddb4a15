import { describe, it, expect } from 'vitest';
import { decode, DecodeError } from '../../src/ingest/decode.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('decode', () => {
  it('reads UTF-8 and strips its byte order mark', () => {
    const r = decode(Uint8Array.from([0xef, 0xbb, 0xbf, ...enc('Zoë Nguyễn')]));
    expect(r).toEqual({ text: 'Zoë Nguyễn', encoding: 'utf-8', warnings: [] });
  });

  it('reads UTF-16 little-endian with a byte order mark', () => {
    const body = Buffer.from('Łukasz said', 'utf16le');
    expect(decode(Uint8Array.from([0xff, 0xfe, ...body])).text).toBe('Łukasz said');
  });

  it('reads Windows-1252 text that is not UTF-8, and says so', () => {
    const r = decode(Uint8Array.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94])); // “Café”
    expect(r.text).toBe('“Café”');
    expect(r.encoding).toBe('windows-1252');
    expect(r.warnings).toEqual(['not valid UTF-8: decoded as Windows-1252 (Latin-1)']);
  });

  it('rejects a binary file with a reason', () => {
    const bytes = Uint8Array.from({ length: 200 }, (_, i) => (i % 7 === 0 ? 0 : 65));
    expect(() => decode(bytes)).toThrow(DecodeError);
    expect(() => decode(bytes)).toThrow('binary file: too many control bytes to be text');
  });

  it('rejects bytes that are neither UTF-8 nor Windows-1252', () => {
    expect(() => decode(Uint8Array.from([0x41, 0x81, 0x42]))).toThrow('unknown encoding');
  });
});
