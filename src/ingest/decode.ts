import iconv from 'iconv-lite';

/**
 * Raw bytes → text. The encoding is decided from evidence (BOM, valid UTF-8),
 * never guessed silently: a file that is neither text nor a known encoding is rejected
 * with a reason, so nothing turns into mojibake.
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
/** Bytes that Windows-1252 leaves undefined: their presence means it is not Windows-1252 text. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
/** Share of control bytes (other than tab, newline, carriage return, form feed) above which a file is binary. */
const BINARY_CONTROL_SHARE = 0.01;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function controlShare(bytes: Uint8Array): number {
  if (bytes.length === 0) return 0;
  let n = 0;
  for (const b of bytes) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) n++;
  return n / bytes.length;
}

export function decode(bytes: Uint8Array): Decoded {
  const warnings: string[] = [];
  if (startsWith(bytes, UTF8_BOM)) {
    return { text: decodeStrict('utf-8', bytes.subarray(3)), encoding: 'utf-8', warnings };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: decodeStrict('utf-16le', bytes.subarray(2)), encoding: 'utf-16le', warnings };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: decodeStrict('utf-16be', bytes.subarray(2)), encoding: 'utf-16be', warnings };
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
  for (const b of bytes) {
    if (CP1252_UNDEFINED.has(b)) {
      throw new DecodeError('unknown encoding: not valid UTF-8 and not Windows-1252 text');
    }
  }
  warnings.push('not valid UTF-8: decoded as Windows-1252 (Latin-1)');
  // Node's TextDecoder treats 'windows-1252' as ISO-8859-1 (0x93 → U+0093, not “): iconv-lite maps it right.
  return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'windows-1252', warnings };
}

function decodeStrict(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new DecodeError(`invalid ${encoding.toUpperCase()} despite its byte order mark`);
  }
}
