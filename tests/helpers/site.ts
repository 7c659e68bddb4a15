/** Comparing built sites, running the command line as a user would, and searching a built index. */
import { expect } from 'vitest';
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { SearchEngine } from '../../src/search/engine.js';
import { docFile } from '../../src/search/format.js';

export const BIN = resolve(import.meta.dirname, '..', '..', 'bin', 'news-archive.js');
/** SOURCE_DATE_EPOCH of the ingestion day buildProject uses (2026-01-15), for builds run through the CLI. */
export const TEST_EPOCH = String(Date.UTC(2026, 0, 15) / 1000);

/** Every file under a folder (hidden ones too) with its bytes. */
export function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

export function expectSameFiles(a: string, b: string): void {
  const sa = snapshot(a);
  const sb = snapshot(b);
  expect([...sa.keys()].sort()).toEqual([...sb.keys()].sort());
  const differing = [...sa.keys()].filter((k) => !sa.get(k)!.equals(sb.get(k)!));
  expect(differing).toEqual([]);
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
}

/** Runs `news-archive <args>` in a child process (CI set: no progress bar); `onOutput` sees its output so far. */
export function runCli(args: string[], env: Record<string, string> = {}, onOutput?: (out: string) => void): Promise<CliRun> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, CI: '1', SOURCE_DATE_EPOCH: TEST_EPOCH, ...env } });
    let out = '';
    const take = (d: Buffer) => {
      out += d;
      onOutput?.(out);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', fail);
    child.on('close', (code, signal) => ok({ code, signal, out }));
  });
}

/** The ids of the articles a search of the built site's index finds, in rank order. */
export async function searchIds(siteDir: string, q: string): Promise<string[]> {
  const dir = join(siteDir, 'search-index');
  const load = async (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const engine = new SearchEngine(load);
  const { hits } = await engine.search({ q });
  return Promise.all(hits.map(async (h) => ((await load(docFile(h.doc))) as { id: string }).id));
}
