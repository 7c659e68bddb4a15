/**
 * `npm start`: build, then serve _site with Eleventy's dev server. A change under
 * content/sources re-extracts that source; the records and templates are watched by Eleventy,
 * which rebuilds and reloads the browser.
 */
import { relative } from 'node:path';
import chokidar from 'chokidar';
import Eleventy from '@11ty/eleventy';
import { build, summary } from './build/index.js';
import { defaultOptions, createContext } from './build/context.js';
import { syncRecords } from './build/records.js';
import { setSiteOptions } from './site/options.js';
import { PACKAGE_ROOT, PACKAGE_TEMPLATES, ELEVENTY_CONFIG } from './paths.js';

export async function serve(root: string, port: number): Promise<void> {
  const options = defaultOptions(root);
  console.log(summary(await build(options)));
  setSiteOptions({ articlesDir: options.articlesDir });
  process.chdir(PACKAGE_ROOT);
  const elev = new Eleventy(PACKAGE_TEMPLATES, options.outDir, {
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
      const ctx = createContext(options);
      syncRecords(ctx);
      const c = ctx.counts;
      console.log(`news-archive: ${relative(root, path)} changed: ${c.new} new, ${c.changed} changed, ${c.removed} removed, ${c.failed} failed`);
      for (const p of ctx.problems.filter((x) => x.level === 'error')) console.log(`  error   ${p.file}: ${p.reason}`);
    });
  };
  chokidar
    .watch(options.sourcesDir, { ignoreInitial: true, awaitWriteFinish: { stabilityThreshold: 200 } })
    .on('add', resync)
    .on('change', resync)
    .on('unlink', resync);
}
