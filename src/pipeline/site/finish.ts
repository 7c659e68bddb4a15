/** The end of the site stage: the new folder published, its manifest written, its figures reported. */
import { writeSealed } from '../../lib/sealed.js';
import { crashPoint } from '../crash.js';
import { publish, versionName } from '../publish.js';
import type { SiteManifest } from '../site-cache.js';
import type { SiteBuild } from './build.js';
import { siteManifestPath } from './manifest.js';

/** Publishes the new folder (the `_site` link swapped), only while the build lock is still held. */
export function publishSite(site: SiteBuild): void {
  site.lock?.assertHeld();
  publish(site.ctx.options.outDir, site.tmp);
  crashPoint('site-published');
}

/** Writes the site manifest: each page's hash and files, for the next build to keep what did not change. */
export function writeSiteManifest(site: SiteBuild): void {
  const index = site.run.searchIndex;
  const manifest: SiteManifest = {
    fingerprint: site.fingerprint,
    stamp: versionName(site.tmp)!,
    pages: site.pages,
    size: site.size,
    ...(index ? { search: index.hashes, indexBytes: index.bytes } : {}),
  };
  writeSealed(siteManifestPath(site.ctx.options.cacheDir), manifest);
  crashPoint('site-manifest');
}

/** The built site's figures, for the summary and the build report (`ctx.site`). */
export function reportFigures(site: SiteBuild): void {
  const index = site.run.searchIndex;
  site.ctx.site = {
    ...site.size,
    rendered: site.count,
    kept: [...site.keptBy.values()].reduce((a, b) => a + b, 0),
    mode: site.incremental ? 'incremental' : 'full',
    passes: site.pass.count,
    search: site.run.searchWriter ?? undefined,
    ...(index ? { searchFiles: { files: index.files, written: index.written } } : {}),
    ...(index?.maxRssKB ? { searchMaxRssKB: index.maxRssKB } : {}),
  };
}
