/** The new folder made complete: the kept pages linked in, and its files and bytes counted without walking it. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { INDEX_DIR } from '../../site/search-plugin.js';
import { crashPoint } from '../crash.js';
import { notice, type SiteBuild } from './build.js';
import { bytesOf } from './render.js';

/** Folders of files that no template renders: passthrough copies and the search client (the search index is counted by its writer). */
const ASSET_DIRS = ['assets'];

/** Files under a folder, relative to it, with "/" separators. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(join(d, e.name), r);
      else out.push(r);
    }
  };
  if (existsSync(dir)) walk(dir, '');
  return out.sort();
}

/** Waits for the kept pages' links, and counts the new folder's files and bytes (`site.size`); passes on the search index's notices. */
export async function completeFolder(site: SiteBuild): Promise<void> {
  const { ctx, tmp } = site;
  const index = site.run.searchIndex;
  for (const line of index?.notices ?? []) notice(ctx, line);
  // The unchanged pages were linked in while Eleventy rendered; the new folder is complete once they are.
  let files = 0;
  let bytes = 0;
  for (const l of await Promise.all(site.linking)) {
    files += l.files;
    bytes += l.bytes;
  }
  // The rest: the pages rendered, the search index (its writer counted it), and the assets.
  for (const [f, b] of site.renderedBytes) {
    if (site.linkedNames.has(f)) continue;
    files++;
    bytes += b;
  }
  if (index) {
    files += index.files;
    bytes += index.bytes;
  }
  for (const dir of index ? ASSET_DIRS : [...ASSET_DIRS, INDEX_DIR]) {
    for (const f of filesUnder(join(tmp, dir))) {
      files++;
      bytes += bytesOf(join(tmp, dir, f));
    }
  }
  site.size = { files, bytes };
  crashPoint('site-complete');
}
