/**
 * One build of the site: the state that goes through the site stage's steps (site.ts SITE_STEPS),
 * from the new version folder to the published site and its manifest.
 */
import type { EntityOp } from '../../archive/resolve/entities-file.js';
import type { RenderPass, SiteRun } from '../../site/options.js';
import type { BuildLock } from '../lock.js';
import type { PageHashIds, SiteManifest } from '../site-cache.js';
import type { BuildContext } from '../context.js';
import type { FileThread } from '../../lib/file-thread.js';

export interface SiteBuild {
  ctx: BuildContext;
  /** The build lock held by the caller: the site is published only while it is still held. */
  lock: BuildLock | undefined;
  /** The published site's folder, or null before the first build. */
  current: string | null;
  /** The new version folder the site is built into. */
  tmp: string;
  /** The templates folder (the project's, else the package's), and the fingerprint of the site's code and templates. */
  templates: string;
  fingerprint: string;
  /** The last build's site manifest, when valid. */
  previous: SiteManifest | null;
  /** Whether only the pages whose data changed are rendered (the others linked from the published site). */
  incremental: boolean;
  /** The operations of content/entities.yml. */
  entityOps: EntityOp[];
  /** The rendering pass running (its count grows as the first pass plans each template's pages). */
  pass: RenderPass;
  /** Pages per template in one pass. */
  perPass: number;
  /** The Eleventy plugins' run (src/site/options.ts): its options and what they share. */
  run: SiteRun;
  /** The templates that paginate one item per page, whose pages can be kept from the published site. */
  capable: Set<string>;
  /** Per template, page hash → the page's output files: the next build's manifest. */
  pages: SiteManifest['pages'];
  /** Per template: the pages to render (items and their hashes), planned in the first pass. */
  planned: Map<string, { items: unknown[]; hashes: string[] }>;
  /** Per template: the hash of each page the current pass renders, by page number. */
  rendered: Map<string, string[]>;
  /** Per template: how many pages were kept. */
  keptBy: Map<string, number>;
  /** The published site's files the new one keeps as they are, being linked in while Eleventy renders. */
  /** Links the published site's unchanged pages into the new folder, on a thread of its own (src/lib/file-thread.ts). */
  linker: FileThread;
  linking: Promise<{ files: number; bytes: number }>[];
  linkedNames: Set<string>;
  /** Entity names to page ids, for the page hashes (site-cache.ts), made when first needed. */
  ids: PageHashIds | null;
  /** An item's page hash, once computed (an item paginated by two templates is hashed once). */
  hashed: WeakMap<object, string>;
  /** When Eleventy's `eleventy.after` began (the search index and client are written after it); 0 when it did not. */
  afterStarted: number;
  /** Pages rendered. */
  count: number;
  /** The pages rendered (relative to the new folder) and their bytes: the site's size is counted without walking it. */
  renderedBytes: Map<string, number>;
  /** Files and bytes of the complete new folder. */
  size: { files: number; bytes: number };
}

/** One step of the site stage. */
export type SiteStep = (site: SiteBuild) => void | Promise<void>;

/** A one-line notice about the build's own files (an invalid cache rebuilt). */
export function notice(ctx: BuildContext, line: string): void {
  ctx.notices.push(line);
}
