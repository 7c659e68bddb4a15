#!/usr/bin/env node
/**
 * Compiles the package's TypeScript (src/ and .eleventy.ts) to JavaScript in dist/, one file per
 * module (no bundling: the files keep their names, so `src/x/y.ts` runs as `dist/src/x/y.js`).
 * Run by `npm install` (the `prepare` script) and before `npm run build` / `npm start`, so the
 * `news-archive` command runs plain JavaScript: no TypeScript loader at run time.
 * esbuild only strips types; `npm test` type-checks with tsc. Only files whose bytes changed are
 * written, each by a rename, so a command already running from dist/ never reads a half-written file.
 */
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const OUT = join(ROOT, 'dist');

const sources = [
  '.eleventy.ts',
  ...readdirSync(join(ROOT, 'src'), { recursive: true })
    .map((f) => join('src', String(f)))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')),
];

const { outputFiles } = await build({
  write: false,
  absWorkingDir: ROOT,
  entryPoints: sources,
  outdir: OUT,
  outbase: '.',
  bundle: false,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
});

for (const file of outputFiles) {
  let old = null;
  try {
    old = readFileSync(file.path);
  } catch {
    // Not compiled yet: written below.
  }
  if (old && Buffer.compare(old, file.contents) === 0) continue;
  mkdirSync(dirname(file.path), { recursive: true });
  const tmp = `${file.path}.${process.pid}.tmp`;
  writeFileSync(tmp, file.contents);
  renameSync(tmp, file.path);
}
