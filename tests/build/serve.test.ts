/** `news-archive serve` (npm start): a changed source reaches content/articles and the served page. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempProject, removeProject, SEED_FILES } from '../helpers/project.js';

const BIN = resolve(import.meta.dirname, '..', '..', 'bin', 'news-archive.js');
const ID_001 = '2023-03-24-mp-han-dong-resigns-from-trudeaus-liberal-party-following';
const ADDED = 'The Liberal caucus met again on Monday to discuss the resignation.';

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

/** Polls until `check` passes or the time is up; returns whether it passed. */
async function until(check: () => Promise<boolean> | boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if (await check()) return true;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

describe('news-archive serve', () => {
  let root: string;
  let child: ChildProcess;
  let output = '';
  let url: string;
  beforeAll(async () => {
    root = tempProject();
    const port = await freePort();
    url = `http://localhost:${port}/articles/${ID_001}/`;
    child = spawn('node', [BIN, 'serve', '--root', root, '--port', String(port)], { env: { ...process.env, CI: '1' }, detached: true });
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
  });
  afterAll(async () => {
    if (child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    }
    await new Promise((r) => setTimeout(r, 500));
    removeProject(root);
  });

  it('re-extracts a changed source and serves the updated page', async () => {
    const up = await until(async () => (await fetch(url)).ok, 90_000);
    expect(up, output).toBe(true);
    expect(await (await fetch(url)).text()).not.toContain(ADDED);
    appendFileSync(join(root, 'content', 'sources', SEED_FILES[1]), `\n${ADDED}\n`);
    const recorded = await until(() => readFileSync(join(root, 'content', 'articles', `${ID_001}.md`), 'utf8').includes(ADDED), 30_000);
    expect(recorded, output).toBe(true);
    const served = await until(async () => (await (await fetch(url)).text()).includes(ADDED), 60_000);
    expect(served, output).toBe(true);
  }, 200_000);

  it('rebuilds when content/entities.yml changes, and names a broken one', async () => {
    const file = join(root, 'content', 'entities.yml');
    writeFileSync(file, '- rename: { from: Han Dong, to: Han Dong MP }\n');
    const renamed = await until(async () => (await (await fetch(url)).text()).includes('Han Dong MP'), 60_000);
    expect(renamed, output).toBe(true);
    writeFileSync(file, '- rename: { from: Han Dong, to: [\n');
    const named = await until(() => output.includes('content/entities.yml: not YAML'), 30_000);
    expect(named, output).toBe(true);
    // The pages served stay as they were.
    expect(await (await fetch(url)).text()).toContain('Han Dong MP');
  }, 120_000);
});
