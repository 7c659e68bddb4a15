/**
 * Incremental pages: what the build adds to the site's configuration so that each one-item-per-page
 * template renders only the pages whose data changed since the published site was built (their
 * hashes, site-cache.ts), its other pages linked from the published folder, and no more than one
 * pass's share of its pages per Eleventy run.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { UserConfig } from '@11ty/eleventy';
import { entityKey } from '../../archive/entities.js';
import { PACKAGE_ROOT } from '../../paths.js';
import { entityIds, pageHash } from '../site-cache.js';
import type { SiteBuild } from './build.js';
import { passesFor, passShare } from './passes.js';

interface PaginationData {
  size?: number;
  data?: string;
  before?: (items: unknown[], data: unknown) => unknown[];
}

/** A template's name below the templates folder, with "/" separators, from Eleventy's input path. */
export function templateKey(site: SiteBuild, inputPath: string): string {
  return relative(site.templates, resolve(PACKAGE_ROOT, inputPath)).split(sep).join('/');
}

/** What the build adds to the site's configuration: fresh templates, and the incremental pages. */
export function incrementalConfig(site: SiteBuild, eleventyConfig: UserConfig): void {
  const { pass, capable } = site;
  // Eleventy keeps template texts in a process-wide cache: a long-lived process (npm start,
  // tests, the benchmark) would render a changed template from its old text.
  eleventyConfig.setUseTemplateCache(false);
  eleventyConfig.dataFilterSelectors.add('pagination.pageNumber');
  eleventyConfig.on('eleventy.after', () => {
    site.afterStarted = performance.now();
  });
  eleventyConfig.addPreprocessor('news-archive-incremental', 'njk', function (this: { inputPath: string }, data: { pagination?: PaginationData }) {
    const key = templateKey(site, this.inputPath);
    const p = data.pagination;
    // The later passes render more pages of the one-item-per-page templates, and nothing else.
    if (pass.index > 0 && !(p && capable.has(key))) return false;
    if (!p || !capable.has(key)) return;
    const before = p.before;
    p.before = function (this: unknown, items: unknown[], all: unknown) {
      const plan = site.planned.get(key);
      if (plan) {
        site.rendered.set(key, passShare(plan.hashes, pass.index, site.perPass));
        return passShare(plan.items, pass.index, site.perPass);
      }
      const list = before ? before.call(this, items, all) : items;
      return planTemplate(site, key, list, all);
    };
  });
}

/** The first pass's plan of one template's pages: the unchanged ones kept (linked in), the others to render; returns the first pass's share. */
function planTemplate(site: SiteBuild, key: string, list: unknown[], all: unknown): unknown[] {
  const { current, tmp, incremental, previous, pass, perPass } = site;
  const hashes = pageHashes(site, list, all);
  const old = incremental ? (previous!.pages[key] ?? {}) : {};
  const page: Record<string, string[]> = {};
  const todo: unknown[] = [];
  const todoHashes: string[] = [];
  const keptHere: string[] = [];
  let kept = 0;
  list.forEach((item, i) => {
    const h = hashes[i];
    const outputs = old[h];
    // Kept: its files are linked from the published site into the new folder.
    if (outputs?.length && outputs.every((f) => existsSync(join(current!, f)))) {
      page[h] = outputs;
      keptHere.push(...outputs);
      kept++;
      return;
    }
    todo.push(item);
    todoHashes.push(h);
  });
  site.pages[key] = page;
  if (keptHere.length) {
    for (const f of keptHere) site.linkedNames.add(f);
    const done = site.linker.link(current!, tmp, keptHere);
    done.catch(() => undefined); // awaited after Eleventy (a failed build throws the folder away)
    site.linking.push(done);
  }
  site.planned.set(key, { items: todo, hashes: todoHashes });
  pass.count = Math.max(pass.count, passesFor(todo.length, perPass));
  site.rendered.set(key, passShare(todoHashes, 0, perPass));
  site.keptBy.set(key, kept);
  return passShare(todo, 0, perPass);
}

/** Each page's hash (timed as `site.hash`); an item paginated by two templates (a person's page and feed) is hashed once. */
function pageHashes(site: SiteBuild, list: unknown[], all: unknown): string[] {
  const ids = (site.ids ??= entityIds((all as { archive?: unknown }).archive, entityKey));
  const tHash = performance.now();
  const hashes = list.map((item) => {
    if (!item || typeof item !== 'object') return pageHash(item, ids, entityKey);
    let h = site.hashed.get(item);
    if (h === undefined) site.hashed.set(item, (h = pageHash(item, ids, entityKey)));
    return h;
  });
  site.ctx.timings['site.hash'] = (site.ctx.timings['site.hash'] ?? 0) + (performance.now() - tHash);
  return hashes;
}
