/** The site manifest: what the last build rendered (each page's hash and files), read by the next one to render only what changed. */
import { join, relative } from 'node:path';
import { readSealed, invalidNotice } from '../../lib/sealed.js';
import { siteManifestSchema, type SiteManifest } from '../site-cache.js';
import type { BuildContext } from '../context.js';
import { notice } from './build.js';

const SITE_MANIFEST = 'site-manifest.json';

export function siteManifestPath(cacheDir: string): string {
  return join(cacheDir, SITE_MANIFEST);
}

/** The site manifest, if it is valid (an invalid one is reported and the site rendered whole). */
export function readPreviousManifest(ctx: BuildContext): SiteManifest | null {
  const path = siteManifestPath(ctx.options.cacheDir);
  const read = readSealed(path, siteManifestSchema);
  if (read.ok) return read.value;
  if (!read.missing) notice(ctx, invalidNotice(relative(ctx.options.root, path), read.reason));
  return null;
}
