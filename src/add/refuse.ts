/**
 * What cannot be an article, told before `add` copies it into content/sources (where every later
 * build would report it): an empty or whitespace-only file, a known binary format (recognised by
 * its opening bytes with file-type), bytes that decode to no known text encoding (src/ingest's
 * decoder), or text holding control characters (a binary file that decoded by chance, such as a
 * UTF-32 file read as UTF-16). `add --force` keeps such a file anyway.
 */
import { fileTypeFromBuffer } from 'file-type';
import { decode } from '../ingest/decode.js';

/** Control characters no article text holds (tab, newline, carriage return and form feed aside). */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

/**
 * A Unicode byte order mark (UTF-8, UTF-16 either way): marks a text, and its bytes are also an
 * MPEG audio frame's sync word to file-type, so those files are not asked about.
 */
const TEXT_MARK = /^(\xef\xbb\xbf|\xff\xfe|\xfe\xff)/;

/** Why these bytes cannot be an article, or null when they can. */
export async function notAnArticle(bytes: Uint8Array): Promise<string | null> {
  if (bytes.length === 0) return 'empty file';
  const marked = TEXT_MARK.test(Buffer.from(bytes.subarray(0, 3)).toString('latin1'));
  const type = marked ? undefined : await fileTypeFromBuffer(bytes);
  if (type && !type.mime.startsWith('text/')) return `a ${type.mime} file (.${type.ext}), not a text`;
  let text: string;
  try {
    text = decode(bytes).text;
  } catch (err) {
    return (err as Error).message;
  }
  if (!text.trim()) return 'only white space: nothing to archive';
  const control = CONTROL_CHARACTER.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return `holds a control character (U+${code}): binary data, or an encoding that is not supported`;
  }
  return null;
}
