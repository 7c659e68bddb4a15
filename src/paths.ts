/**
 * Where the package itself lives (its templates, sources and Eleventy config), wherever it is
 * run from, and whether this code runs compiled (dist/, as the `news-archive` command does) or as
 * TypeScript through tsx (tests, development).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

/** True when running the JavaScript that `npm run compile` wrote into dist/. */
export const COMPILED = import.meta.url.endsWith('.js');
/** The package's folder: this file is src/paths.ts, or dist/src/paths.js once compiled. */
export const PACKAGE_ROOT = COMPILED ? dirname(dirname(HERE)) : dirname(HERE);
/** The TypeScript sources: what the code versions hash, and what the browser bundle is built from. */
export const SOURCE_ROOT = join(PACKAGE_ROOT, 'src');
export const PACKAGE_TEMPLATES = join(PACKAGE_ROOT, 'templates');

/** A module of this package as it runs (`search/index-process` → its .ts or compiled .js file), to start in a child process. */
export function runnableModule(fromSrc: string): string {
  return join(HERE, `${fromSrc}.${COMPILED ? 'js' : 'ts'}`);
}

/** Node options a child process needs to run `runnableModule`: tsx's loader for TypeScript, nothing once compiled. */
export function childExecArgv(): string[] {
  return COMPILED ? [] : ['--import', import.meta.resolve('tsx')];
}
