/** Text clean-up that keeps meaning: line ends, control characters, Unicode form, spaces. */

/**
 * C0 and C1 control characters (tab and line feed kept), zero-width space, byte order marks and
 * the Unicode non-characters U+FFFE/U+FFFF: none of them is text, and some break YAML or HTML.
 */
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\ufeff\ufffe\uffff]/g;
const LINE_ENDS = /\r\n?|\u2028|\u2029|\u0085/g;
/**
 * Runs of spaces are collapsed first, then a single trailing space is removed: a trailing-space
 * pattern run over a long run of spaces that is not at a line end backtracks quadratically.
 */
const INNER_SPACE = /[ \t\u00a0]{2,}/g;
const TRAILING_SPACE = /[ \t\u00a0]$/gm;

export function normalise(text: string): { text: string; warnings: string[] } {
  const warnings: string[] = [];
  let out = text.replace(LINE_ENDS, '\n');
  const before = out.length;
  out = out.replace(CONTROL_CHARS, '');
  if (out.length !== before) warnings.push(`removed ${before - out.length} control character(s)`);
  out = out.normalize('NFC').replace(INNER_SPACE, ' ').replace(TRAILING_SPACE, '');
  return { text: out, warnings };
}
