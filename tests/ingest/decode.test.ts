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

describe('decode: hostile and broken bytes', () => {
  it('rejects an empty file', () => {
    expect(() => decode(new Uint8Array())).toThrow('empty file: nothing to archive');
  });

  it('reads UTF-16 big-endian with a byte order mark', () => {
    const body = Buffer.from('Zürich', 'utf16le').swap16();
    expect(decode(Uint8Array.from([0xfe, 0xff, ...body]))).toEqual({ text: 'Zürich', encoding: 'utf-16be', warnings: [] });
  });

  it('reads UTF-16 without a byte order mark when every other byte is zero, and says so', () => {
    const r = decode(Buffer.from('Mayor wins vote', 'utf16le'));
    expect(r.text).toBe('Mayor wins vote');
    expect(r.encoding).toBe('utf-16le');
    expect(r.warnings).toEqual(['no byte order mark: decoded as UTF-16LE (every other byte is zero)']);
    expect(decode(Buffer.from('Mayor wins vote', 'utf16le').swap16()).encoding).toBe('utf-16be');
  });

  it('rejects UTF-16 with a byte order mark and an unpaired surrogate', () => {
    expect(() => decode(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00]))).toThrow('invalid UTF-16LE despite its byte order mark');
  });

  it('rejects UTF-8 with a byte order mark and a broken sequence', () => {
    expect(() => decode(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41, 0xc3, 0x28]))).toThrow('invalid UTF-8 despite its byte order mark');
  });

  it('rejects damaged UTF-8 instead of garbling its accented letters as Windows-1252', () => {
    const bytes = Uint8Array.from([...enc('Zoë Nguyễn said '), 0xff, ...enc(' so.')]);
    expect(() => decode(bytes)).toThrow(
      'invalid UTF-8: byte 0xff at offset 19 is not part of a character, in a text with 2 valid UTF-8 character(s); reading it as Windows-1252 would garble them',
    );
  });

  it('reads Latin-1 text whose accented letters are not UTF-8', () => {
    const r = decode(Buffer.from('Renée Lefèvre à Besançon', 'latin1'));
    expect(r.text).toBe('Renée Lefèvre à Besançon');
    expect(r.encoding).toBe('windows-1252');
  });

  it('names the byte that Windows-1252 does not define', () => {
    expect(() => decode(Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x8d]))).toThrow(
      'unknown encoding: not valid UTF-8 and not Windows-1252 text (byte 0x8d is undefined in Windows-1252)',
    );
  });

  it.each([
    ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a]],
    ['PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
    ['ZIP archive or office document', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]],
  ])('rejects a %s by its signature', (kind, bytes) => {
    expect(() => decode(Uint8Array.from(bytes as number[]))).toThrow(`binary file: a ${kind}, not a text`);
  });

  it('keeps a text with a few stray control bytes (normalise removes them)', () => {
    const text = 'The harbour reopened on Tuesday\u0007, the port authority said in a statement.';
    expect(decode(enc(text)).text).toBe(text);
  });

  it('rejects random bytes as binary', () => {
    let seed = 7;
    const bytes = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 23);
    expect(() => decode(bytes)).toThrow(DecodeError);
  });
});
