/** Text clean-up that keeps meaning: line ends, control characters, Unicode form, spaces. */

const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\ufeff]/g;
const LINE_ENDS = /\r\n?|\u2028|\u2029/g;
const TRAILING_SPACE = /[ \t\u00a0]+$/gm;
const INNER_SPACE = /[ \t\u00a0]{2,}/g;

export function normalise(text: string): { text: string; warnings: string[] } {
  const warnings: string[] = [];
  let out = text.replace(LINE_ENDS, '\n');
  const before = out.length;
  out = out.replace(CONTROL_CHARS, '');
  if (out.length !== before) warnings.push(`removed ${before - out.length} control character(s)`);
  out = out.normalize('NFC').replace(TRAILING_SPACE, '').replace(INNER_SPACE, ' ');
  return { text: out, warnings };
}
