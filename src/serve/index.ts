/**
 * `npm start`: build, then serve _site with Eleventy's dev server. A source added, changed or
 * removed under content/sources (or a corrections file under content/corrections) re-extracts
 * that source into content/articles; the records and templates are watched by Eleventy, which
 * rebuilds and reloads the browser.
 */
import { relative } from 'node:path';
import { rmSync } from 'node:fs';
import chokidar from 'chokidar';
import Eleventy from '@11ty/eleventy';
import { build, summary } from './build/index.js';
import { defaultOptions, createContext } from './build/context.js';
import { syncRecords } from './build/records.js';
import { setSiteOptions } from './site/options.js';
import { templatesFor, siteManifestPath } from './build/site.js';
import { PACKAGE_ROOT, ELEVENTY_CONFIG } from './paths.js';

export async function serve(root: string, port: number): Promise<void> {
  const options = defaultOptions(root);
  console.log(summary(await build(options)));
  setSiteOptions({ articlesDir: options.articlesDir });
  // Eleventy's watch mode writes into _site in place: the next build renders it whole.
  rmSync(siteManifestPath(options.cacheDir), { force: true });
  process.chdir(PACKAGE_ROOT);
  const elev = new Eleventy(templatesFor(root), options.outDir, {
    configPath: ELEVENTY_CONFIG,
    quietMode: true,
    runMode: 'serve',
  });
  await elev.init();
  await elev.watch();
  await elev.serve(port);

  let running = Promise.resolve();
  const resync = (path: string) => {
    running = running.then(() => {
      rmSync(siteManifestPath(options.cacheDir), { force: true });
      const ctx = createContext(options);
      syncRecords(ctx);
      const c = ctx.counts;
      console.log(`news-archive: ${relative(root, path)} changed: ${c.new} new, ${c.changed} changed, ${c.removed} removed, ${c.failed} failed`);
      for (const p of ctx.problems) console.log(`  ${p.level === 'error' ? 'error  ' : 'warning'} ${p.file}: ${p.reason}`);
    }).catch((err: Error) => console.error(`news-archive: ${err.message}`));
  };
  chokidar
    .watch([options.sourcesDir, options.correctionsDir], { ignoreInitial: true, awaitWriteFinish: { stabilityThreshold: 200 } })
    .on('add', resync)
    .on('change', resync)
    .on('unlink', resync);
}
