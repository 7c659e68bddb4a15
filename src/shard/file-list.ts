/**
 * The files a command is given: its arguments, then the lines of `--files-from` (a file, or `-`
 * for standard input, as a Hadoop Streaming or Spark `pipe()` mapper receives its split). Blank
 * lines are skipped; a line is a path as it is (no quoting), with a trailing CR taken off.
 */
import { readFileSync } from 'node:fs';

/** One path per line, blank lines skipped. */
export function parseFileList(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l.trim() !== '');
}

/** Reads a list file, or standard input for `-` (read whole: a mapper's split is finite). */
export function readFileList(from: string, readStdin: () => string = () => readFileSync(0, 'utf8')): string[] {
  try {
    return parseFileList(from === '-' ? readStdin() : readFileSync(from, 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(`--files-from ${from}: cannot be read (${code ?? (err as Error).message})`);
  }
}
