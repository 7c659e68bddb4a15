/**
 * `news-archive serve` (npm start): listens on 127.0.0.1 only, serves only files of the published
 * site (a bad path gets a 404 and the server goes on), and rebuilds when a source is changed, added
 * or removed.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { appendFileSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import { tempProject, removeProject, SEED_FILES, MEANTIME } from '../helpers/project.js';

const BIN = resolve(import.meta.dirname, '..', '..', 'bin', 'news-archive.js');
const ID_001 = '2023-03-24-mp-han-dong-resigns-from-trudeaus-liberal-party-following';
const ADDED = 'The Liberal caucus met again on Monday to discuss the resignation.';
const M002 = '002-airbus-launches-worlds-largest-passenger-plane.txt';

/** A GET of a raw path (not normalised by a URL parser, as curl --path-as-is sends it). */
function rawGet(port: number, path: string, host = '127.0.0.1'): Promise<{ status: number; body: string }> {
  return new Promise((ok, fail) => {
    const req = request({ host, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => ok({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

/** An address of this machine other than loopback, if it has one. */
function otherAddress(): string | null {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return null;
}

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
  let port: number;
  beforeAll(async () => {
    root = tempProject();
    // Beside the project, a folder whose name starts with the output's: never served.
    mkdirSync(join(root, '_site.bak'));
    writeFileSync(join(root, '_site.bak', 'secret.txt'), 'not for the web');
    port = await freePort();
    url = `http://127.0.0.1:${port}/articles/${ID_001}/`;
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
    // Removed, the file's operations are gone with it.
    rmSync(file);
    const restored = await until(async () => !(await (await fetch(url)).text()).includes('Han Dong MP'), 60_000);
    expect(restored, output).toBe(true);
  }, 180_000);

  it('answers a path outside the site with 404 and keeps serving', async () => {
    const secret = join(root, '_site.bak', 'secret.txt');
    expect(readFileSync(secret, 'utf8')).toBe('not for the web');
    for (const path of [
      '/..%2fpackage.json',
      '/..%2f_site.bak/secret.txt',
      '/../_site.bak/secret.txt',
      '/%2e%2e/_site.bak/secret.txt',
      '/..%5c_site.bak%5csecret.txt',
      '/%00',
      '/%E0%A4%A',
    ]) {
      const res = await rawGet(port, path);
      expect(res.status, path).toBe(404);
      expect(res.body, path).not.toContain('not for the web');
    }
    expect((await fetch(url)).ok).toBe(true);
  }, 30_000);

  it('listens on 127.0.0.1 only', async () => {
    const other = otherAddress();
    if (other === null) {
      // A machine with loopback only: the check is that loopback answers.
      expect((await rawGet(port, '/')).status).toBe(200);
      return;
    }
    await expect(rawGet(port, '/', other)).rejects.toThrow(/ECONNREFUSED/);
  }, 30_000);

  it('renders an added source, and drops a removed one', async () => {
    const added = join(root, 'content', 'sources', M002);
    copyFileSync(join(MEANTIME, 'articles', M002), added);
    const list = `http://127.0.0.1:${port}/sitemap.xml`;
    expect(await (await fetch(list)).text()).toContain(ID_001);
    const listed = await until(async () => (await (await fetch(list)).text()).includes('airbus'), 90_000);
    expect(listed, output).toBe(true);
    rmSync(added);
    const gone = await until(async () => !(await (await fetch(list)).text()).includes('airbus'), 90_000);
    expect(gone, output).toBe(true);
  }, 200_000);
});
