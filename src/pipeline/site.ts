/**
 * Stage 2: content/articles → _site with Eleventy. Every build writes a new, complete site folder
 * and publishes it atomically (publish.ts: `_site` is a link swapped by one rename), so a failed or
 * killed build leaves the published site whole, and a reader never sees a mix.
 *
 * A full build (the first, or after a change of templates or site code, or --force) renders every
 * page. An incremental build renders only the pages whose data changed since the published site was
 * built (see site-cache.ts), and the lists, search index and assets; the unchanged pages are hard
 * links to the published folder's files, not rendered or copied (made on a thread of their own while
 * Eleventy renders: src/lib/file-thread.ts). The search index is written
 * whole into the new folder, its files whose content the published index holds linked to those
 * (src/search/write.ts compares the bytes).
 *
 * The stage is a preparation (site/prepare.ts: the SiteBuild its steps share) and an ordered list
 * of named steps (SITE_STEPS, each in its own file under site/).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildLock } from './lock.js';
import type { BuildContext } from './context.js';
import type { SiteBuild, SiteStep } from './site/build.js';
import { prepareSite } from './site/prepare.js';
import { render } from './site/render.js';
import { completeFolder } from './site/complete.js';
import { publishSite, writeSiteManifest, reportFigures } from './site/finish.js';

export { templatesFor } from './site/prepare.js';
export { passShare, passesFor } from './site/passes.js';

/** Steps run as one, their time (when they all succeed) the timing `key`. */
function timedAs(key: string, steps: readonly SiteStep[]): SiteStep {
  return async (site: SiteBuild) => {
    const t0 = performance.now();
    for (const step of steps) await step(site);
    site.ctx.timings[key] = performance.now() - t0;
  };
}

/** The site stage's steps, in the order they run. */
const SITE_STEPS: readonly SiteStep[] = [render, timedAs('site.swap', [completeFolder, publishSite, writeSiteManifest]), reportFigures];

/**
 * Builds the site into a new folder and publishes it. `lock` is the build lock held by the caller:
 * the site is published only while it is still held.
 */
export async function buildSite(ctx: BuildContext, lock?: BuildLock): Promise<{ files: number }> {
  const site = prepareSite(ctx, lock);
  for (const step of SITE_STEPS) await step(site);
  return { files: site.size.files };
}

/** Files and bytes of a built site (hidden files aside). */
export function siteSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        files++;
        bytes += statSync(p).size;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { files, bytes };
}
