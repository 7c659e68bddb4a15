/**
 * `news-archive add`: copies new raw texts into content/sources under a safe, stable name.
 * An exact duplicate (same bytes) is refused and named; a near-duplicate (same title and date as
 * an article already there) is warned about; each new article is summarised.
 *
 * Quick on a large archive: titles and dates of built articles come from the build's manifest;
 * only sources added since the last build are extracted to learn theirs.
 */
import { readFileSync, readdirSync, statSync, existsSync, mkdirSync } from 'node:fs';
import { join, basename, extname, relative } from 'node:path';
import { ingest, sha256 } from '../ingest/index.js';
import { extract } from '../extract/index.js';
import { titleSlug } from '../write/slug.js';
import { writeAtomic } from '../build/fs.js';
import { defaultOptions } from '../build/context.js';
import { listSources, readManifest } from '../build/records.js';
import { createContext } from '../build/context.js';
import { notAnArticle } from './refuse.js';

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '']);

export interface AddOptions {
  root: string;
  stdinName?: string;
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
    return readdirSync(arg)
      .filter((n) => !n.startsWith('.') && TEXT_EXTENSIONS.has(extname(n).toLowerCase()))
      .sort()
      .flatMap((n) => collect(join(arg, n), log).filter((i) => i.bytes.length >= 0));
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
      const hash = sha256(bytes);
      existing.set(hash, s.name);
      const built = manifest[s.name];
      if (built && built.sha256 === hash && built.title !== undefined) {
        seen.set(nearKey(built.title, built.published ?? null), s.name);
      } else {
        const x = extract(ingest(s.name, bytes));
        seen.set(nearKey(x.title, x.published), s.name);
      }
    } catch {
      /* reported by build */
    }
  }
  let failed = 0;
  const incoming: Incoming[] = [];
  for (const arg of args) {
    if (arg === '-') {
      const bytes = await (options.stdin ?? readStdin)();
      incoming.push({ label: 'standard input', name: options.stdinName ?? `stdin-${sha256(bytes).slice(0, 12)}.txt`, bytes });
    } else {
      const before = incoming.length;
      incoming.push(...collect(arg, log));
      if (incoming.length === before && !existsSync(arg)) failed++;
    }
  }
  for (const item of incoming) {
    const hash = sha256(item.bytes);
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
    let name = safeSourceName(item.name);
    if (existsSync(join(opts.sourcesDir, name))) name = name.replace(/(\.[a-z]+)$/, `-${hash.slice(0, 8)}$1`);
    let summaryLine: string;
    try {
      const x = extract(ingest(name, item.bytes));
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
