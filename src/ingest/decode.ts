import iconv from 'iconv-lite';

/**
 * Raw bytes → text. The encoding is decided from evidence (a byte order mark, valid UTF-8, the
 * zero bytes of UTF-16, the bytes Windows-1252 never uses), never guessed silently: a file that
 * is neither text nor a known encoding is rejected with a reason, so nothing turns into mojibake.
 */

export class DecodeError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'DecodeError';
  }
}

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  warnings: string[];
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];
/** Bytes that Windows-1252 leaves undefined: their presence means it is not Windows-1252 text. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
/** Share of control bytes (other than tab, newline, carriage return, form feed) above which a file is binary (random bytes hold about 11 %). */
const BINARY_CONTROL_SHARE = 0.05;
/** Share of zero bytes at odd (or even) offsets that marks UTF-16 text without a byte order mark. */
const UTF16_ZERO_SHARE = 0.9;
/** The opening bytes of common binary formats that are otherwise mostly printable. */
const BINARY_SIGNATURES: [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['ZIP archive or office document', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['RTF document', [0x7b, 0x5c, 0x72, 0x74, 0x66]],
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function controlShare(bytes: Uint8Array): number {
  if (bytes.length === 0) return 0;
  let n = 0;
  for (const b of bytes) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) n++;
  return n / bytes.length;
}

/** 'utf-16le' / 'utf-16be' when nearly every other byte is zero (ASCII-range text in UTF-16), else null. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = bytes.length / 2;
  if (oddZero / pairs >= UTF16_ZERO_SHARE && evenZero === 0) return 'utf-16le';
  if (evenZero / pairs >= UTF16_ZERO_SHARE && oddZero === 0) return 'utf-16be';
  return null;
}

/**
 * Counts well-formed multi-byte UTF-8 sequences and the bytes that are not part of one, and
 * notes where the first bad byte is. Text that has many of the former is UTF-8 that got damaged,
 * not Windows-1252 (whose accented letters almost never form a valid sequence).
 */
function utf8Evidence(bytes: Uint8Array): { valid: number; invalid: number; firstInvalid: number } {
  let valid = 0;
  let invalid = 0;
  let firstInvalid = -1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    // The second byte's range excludes overlong forms, surrogates and code points above U+10FFFF.
    const [lo, hi] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    let ok = need > 0 && i + need < bytes.length && bytes[i + 1] >= lo && bytes[i + 1] <= hi;
    for (let k = 2; ok && k <= need; k++) if ((bytes[i + k] & 0xc0) !== 0x80) ok = false;
    if (ok) {
      valid++;
      i += need + 1;
    } else {
      invalid++;
      if (firstInvalid < 0) firstInvalid = i;
      i++;
    }
  }
  return { valid, invalid, firstInvalid };
}

export function decode(bytes: Uint8Array): Decoded {
  const warnings: string[] = [];
  if (bytes.length === 0) throw new DecodeError('empty file: nothing to archive');
  if (startsWith(bytes, UTF8_BOM)) {
    return { text: decodeStrict('utf-8', bytes.subarray(3)), encoding: 'utf-8', warnings };
  }
  if (startsWith(bytes, UTF16LE_BOM)) {
    return { text: decodeStrict('utf-16le', bytes.subarray(2)), encoding: 'utf-16le', warnings };
  }
  if (startsWith(bytes, UTF16BE_BOM)) {
    return { text: decodeStrict('utf-16be', bytes.subarray(2)), encoding: 'utf-16be', warnings };
  }
  for (const [kind, signature] of BINARY_SIGNATURES) {
    if (startsWith(bytes, signature)) throw new DecodeError(`binary file: a ${kind}, not a text`);
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    warnings.push(`no byte order mark: decoded as ${utf16.toUpperCase()} (every other byte is zero)`);
    return { text: decodeStrict(utf16, bytes, 'without a byte order mark'), encoding: utf16, warnings };
  }
  if (controlShare(bytes) > BINARY_CONTROL_SHARE) {
    throw new DecodeError('binary file: too many control bytes to be text');
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', warnings };
  } catch {
    // Not UTF-8: Windows-1252 (a superset of Latin-1) is the one other encoding news text
    // commonly arrives in, and it can be recognised: it never uses these five bytes.
  }
  const evidence = utf8Evidence(bytes);
  if (evidence.valid >= evidence.invalid && evidence.firstInvalid >= 0) {
    const at = evidence.firstInvalid;
    throw new DecodeError(
      `invalid UTF-8: byte 0x${bytes[at].toString(16).padStart(2, '0')} at offset ${at} is not part of a character, ` +
        `in a text with ${evidence.valid} valid UTF-8 character(s); reading it as Windows-1252 would garble them`,
    );
  }
  for (const b of bytes) {
    if (CP1252_UNDEFINED.has(b)) {
      throw new DecodeError(`unknown encoding: not valid UTF-8 and not Windows-1252 text (byte 0x${b.toString(16)} is undefined in Windows-1252)`);
    }
  }
  warnings.push('not valid UTF-8: decoded as Windows-1252 (Latin-1)');
  // Node's TextDecoder treats 'windows-1252' as ISO-8859-1 (0x93 → U+0093, not “): iconv-lite maps it right.
  return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'windows-1252', warnings };
}

function decodeStrict(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array, how = 'despite its byte order mark'): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new DecodeError(`invalid ${encoding.toUpperCase()} ${how}`);
  }
}
