/**
 * `news-archive add`: copies new raw texts into content/sources under a safe, stable name.
 * An exact duplicate (same bytes) is refused and named; a near-duplicate (same title and date as
 * an article already there) is warned about; each new article is summarised.
 *
 * Quick on a large archive: titles and dates of built articles come from the build's manifest;
 * only sources added since the last build are extracted to learn theirs.
 */
import { readFileSync, readdirSync, statSync, existsSync, mkdirSync } from 'node:fs';
import { join, basename, extname, relative, resolve } from 'node:path';
import { ingest } from '../ingest/index.js';
import { hashOf } from '../lib/hash.js';
import { extract } from '../extract/index.js';
import { titleSlug } from '../write/slug.js';
import { writeAtomic } from '../lib/fs.js';
import { defaultOptions } from '../pipeline/context.js';
import { listSources } from '../pipeline/records/sources.js';
import { readManifest } from '../pipeline/records/manifest.js';
import { createContext } from '../pipeline/context.js';
import { readSourceSettings, SOURCE_SETTINGS_FILE } from '../ingest/source-settings.js';
import { notAnArticle } from './refuse.js';

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '']);

export interface AddOptions {
  root: string;
  stdinName?: string;
  /**
   * Outlet of the texts added (`--outlet`): they go into `content/sources/<outlet>/`, whose
   * `_source.yml` says so. A folder added with its own `_source.yml` keeps its outlet.
   */
  outlet?: string | null;
  /** Keep a file that cannot be an article (see refuse.ts) instead of refusing it. */
  force?: boolean;
  /** Where messages go (the terminal by default). */
  log?: (line: string) => void;
  /** Standard input, for tests. */
  stdin?: () => Promise<Buffer>;
}

interface Incoming {
  label: string;
  name: string;
  bytes: Buffer;
  /** The outlet of the folder it came from (its _source.yml), and that folder's name. */
  folder?: { name: string; outlet: string };
}

/** Where an added text goes: a sub-folder of content/sources for an outlet, or the top. */
interface Destination {
  folder: string | null;
  outlet: string | null;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A file name that is safe on every system and stable for the same input name. */
export function safeSourceName(name: string): string {
  const ext = extname(name).toLowerCase();
  const stem = titleSlug(basename(name, extname(name))).slice(0, 80);
  return `${stem}${TEXT_EXTENSIONS.has(ext) && ext ? ext : '.txt'}`;
}

function collect(arg: string, log: (l: string) => void): Incoming[] {
  let st;
  try {
    st = statSync(arg);
  } catch (err) {
    log(`error   ${arg}: cannot be read (${(err as NodeJS.ErrnoException).code})`);
    return [];
  }
  if (st.isDirectory()) {
    const settings = readSourceSettings(arg);
    for (const reason of settings.problems) log(`warning ${settings.path}: ${reason}`);
    const outlet = settings.settings.outlet;
    const folder = outlet ? { name: basename(resolve(arg)), outlet } : undefined;
    return readdirSync(arg)
      .filter((n) => !n.startsWith('.') && n !== SOURCE_SETTINGS_FILE && TEXT_EXTENSIONS.has(extname(n).toLowerCase()))
      .sort()
      .flatMap((n) => collect(join(arg, n), log).map((i) => (folder ? { ...i, folder } : i)));
  }
  try {
    return [{ label: arg, name: basename(arg), bytes: readFileSync(arg) }];
  } catch (err) {
    log(`error   ${arg}: cannot be read (${(err as NodeJS.ErrnoException).code})`);
    return [];
  }
}

function nearKey(title: string, published: string | null): string {
  return `${title.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()}|${published ?? 'undated'}`;
}

export async function addSources(args: string[], options: AddOptions): Promise<number> {
  const log = options.log ?? ((l: string) => console.log(l));
  const opts = defaultOptions(options.root);
  mkdirSync(opts.sourcesDir, { recursive: true });
  const ctx = createContext(opts);
  const existing = new Map<string, string>(); // sha256 → file name
  const seen = new Map<string, string>(); // "title|date" → file name
  const manifest = readManifest(ctx);
  for (const s of listSources(ctx)) {
    try {
      const bytes = readFileSync(s.path);
      const hash = hashOf(bytes);
      existing.set(hash, s.name);
      const built = manifest[s.name];
      if (built && built.sha256 === hash && built.title !== undefined) {
        seen.set(nearKey(built.title, built.published ?? null), s.name);
      } else {
        const x = extract(ingest(s.name, bytes, { outlet: s.outlet }));
        seen.set(nearKey(x.title, x.published), s.name);
      }
    } catch {
      /* reported by build */
    }
  }
  let failed = 0;
  const outletOption = options.outlet?.trim().replace(/\s+/g, ' ') || null;
  const incoming: Incoming[] = [];
  for (const arg of args) {
    if (arg === '-') {
      const bytes = await (options.stdin ?? readStdin)();
      incoming.push({ label: 'standard input', name: options.stdinName ?? `stdin-${hashOf(bytes).slice(0, 12)}.txt`, bytes });
    } else {
      const before = incoming.length;
      incoming.push(...collect(arg, log));
      if (incoming.length === before && !existsSync(arg)) failed++;
    }
  }
  for (const item of incoming) {
    const hash = hashOf(item.bytes);
    const dup = existing.get(hash);
    if (dup) {
      log(`refused ${item.label}: same content as content/sources/${dup}`);
      failed++;
      continue;
    }
    const refusal = await notAnArticle(item.bytes);
    if (refusal && !options.force) {
      log(`refused ${item.label}: ${refusal} (--force keeps it anyway)`);
      failed++;
      continue;
    }
    const destination = destinationOf(item, outletOption);
    const settled = settleFolder(opts.sourcesDir, destination);
    if (settled) {
      log(`refused ${item.label}: ${settled}`);
      failed++;
      continue;
    }
    const prefix = destination.folder ? `${destination.folder}/` : '';
    let name = prefix + safeSourceName(item.name);
    if (existsSync(join(opts.sourcesDir, name))) name = name.replace(/(\.[a-z]+)$/, `-${hash.slice(0, 8)}$1`);
    let summaryLine: string;
    try {
      const outlet = destination.outlet ?? readSourceSettings(opts.sourcesDir).settings.outlet;
      const x = extract(ingest(name, item.bytes, { outlet }));
      const key = nearKey(x.title, x.published);
      const near = seen.get(key);
      if (near) log(`warning ${item.label}: same title and date as content/sources/${near} (a near-duplicate?)`);
      seen.set(key, name);
      summaryLine = `"${x.title}" · ${x.published ?? 'undated'} · ${x.outlet ?? 'no outlet'} · ${x.people.length} people`;
    } catch (err) {
      summaryLine = `not readable as an article yet: ${(err as Error).message} (kept; build will report it)`;
    }
    writeAtomic(join(opts.sourcesDir, name), item.bytes);
    existing.set(hash, name);
    log(`added   ${relative(options.root, join(opts.sourcesDir, name))}: ${summaryLine}`);
  }
  return failed ? 1 : 0;
}

/** A folder with its own outlet keeps it (under its own name); otherwise --outlet makes the folder. */
function destinationOf(item: Incoming, outlet: string | null): Destination {
  if (item.folder) return { folder: titleSlug(item.folder.name).slice(0, 80) || 'source', outlet: item.folder.outlet };
  if (outlet) return { folder: titleSlug(outlet).slice(0, 80) || 'outlet', outlet };
  return { folder: null, outlet: null };
}

/**
 * Makes sure the destination folder says the outlet: writes its `_source.yml` when it has none.
 * Returns why the text cannot go there (the folder's file names another outlet), or null.
 */
function settleFolder(sourcesDir: string, destination: Destination): string | null {
  if (!destination.folder || !destination.outlet) return null;
  const folder = join(sourcesDir, destination.folder);
  const current = readSourceSettings(folder);
  if (current.text === null) {
    writeAtomic(
      join(folder, SOURCE_SETTINGS_FILE),
      `# Settings of the sources in this folder (see README, "Outlets").\noutlet: ${JSON.stringify(destination.outlet)}\n`,
    );
    return null;
  }
  if (current.settings.outlet !== destination.outlet) {
    return `content/sources/${destination.folder}/${SOURCE_SETTINGS_FILE} gives the outlet ${JSON.stringify(current.settings.outlet)}, not ${JSON.stringify(destination.outlet)}`;
  }
  return null;
}
