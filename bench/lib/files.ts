/** Sizes of a built site: every file, raw and gzipped. */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (e.isFile()) out.push(p);
  }
  return out.sort();
}

export interface SizeSummary {
  files: number;
  bytes: number;
  gzipBytes?: number;
  list?: { path: string; bytes: number; gzipBytes: number }[];
}

export function gzipSize(buf: Uint8Array): number {
  return gzipSync(buf).length;
}

/** Total size of `files`; with `gzip`, each file's gzip -6 size too (as a server would send it). */
export function sizeOf(root: string, files: string[], gzip = false, list = false): SizeSummary {
  let bytes = 0;
  let gz = 0;
  const rows: SizeSummary['list'] = [];
  for (const f of files) {
    if (gzip) {
      const buf = readFileSync(f);
      const g = gzipSize(buf);
      bytes += buf.length;
      gz += g;
      if (list) rows.push({ path: relative(root, f).split(sep).join('/'), bytes: buf.length, gzipBytes: g });
    } else bytes += statSync(f).size;
  }
  return { files: files.length, bytes, ...(gzip ? { gzipBytes: gz } : {}), ...(list ? { list: rows } : {}) };
}

/**
 * The search index of the built site, whatever its files are: everything under `search-index/`
 * (the split index: meta, term shards, display fragments) and anything under `search/` that is
 * not a page (where the single-file index used to be),
 * and the client script(s) under `assets/` whose name says search.
 */
export function searchFiles(site: string): { index: string[]; client: string[] } {
  const index = [...walk(join(site, 'search-index')), ...walk(join(site, 'search')).filter((f) => !f.endsWith('.html'))];
  const client = walk(join(site, 'assets')).filter((f) => /search/i.test(f.slice(join(site, 'assets').length)) && /\.m?js$/.test(f));
  return { index, client };
}
