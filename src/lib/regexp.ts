/**
 * Text to be matched literally inside a regular expression: the package's one escape, from the
 * maintained `escape-string-regexp` (it writes `-` as `\x2d`, so the result is valid in a pattern
 * with the `u` flag and inside a character class too).
 */
export { default as escapeRegExp } from 'escape-string-regexp';
