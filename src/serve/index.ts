/**
 * `npm start` (`news-archive serve`): build, serve the published site on 127.0.0.1 (or --host),
 * and build again when a source is added, changed or removed, a corrections file or a record is
 * edited, content/entities.yml or a template changes. Every rebuild is a normal build: it takes the build lock (waiting
 * for a `build` or `add` of another process) and publishes the new site atomically, so the server
 * answers from the old site or the new one, never from a half-written one. Reload the page to see
 * a rebuild.
 */
import { createServer } from 'node:http';
import { join, relative } from 'node:path';
import chokidar from 'chokidar';
import { build, summary } from '../pipeline/index.js';
import { defaultOptions } from '../pipeline/context.js';
import { templatesFor } from '../pipeline/site.js';
import { PACKAGE_TEMPLATES } from '../paths.js';
import { siteHandler } from './static.js';

export interface ServeOptions {
  root: string;
  port: number;
  /** Interface to listen on: 127.0.0.1 by default (this machine only). */
  host: string;
}

/** Quiet time after the last change before a rebuild starts (an editor saves in several writes). */
const SETTLE_MS = 300;

/** File-system errors of a response stream (a file deleted between its lookup and its reading). */
const STREAM_ERRORS = new Set(['ENOENT', 'EISDIR', 'EACCES', 'EPERM', 'ENOTDIR']);

export async function serve({ root, port, host }: ServeOptions): Promise<void> {
  const options = defaultOptions(root);
  console.log(summary(await build(options)));

  // sirv streams a file it looked up a moment before; if a build deleted it meanwhile, the stream's
  // error has no listener: that request fails, the server goes on.
  process.on('uncaughtException', (err: NodeJS.ErrnoException) => {
    if (!err.code || !STREAM_ERRORS.has(err.code)) throw err;
    console.error(`news-archive: a request failed: ${err.message}`);
  });
  const server = createServer(siteHandler(options.outDir));
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok());
  });
  const shown = host.includes(':') ? `[${host}]` : host;
  console.log(`news-archive: serving ${relative(process.cwd(), options.outDir) || options.outDir} on http://${shown}:${port}/`);

  let running: Promise<void> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | null = null;
  const rebuild = (): Promise<void> => {
    running = (async () => {
      do {
        again = false;
        try {
          console.log(summary(await build(options)));
        } catch (err) {
          console.error(`news-archive: ${(err as Error).message}`);
        }
      } while (again);
      running = null;
    })();
    return running;
  };
  const changed = (path: string) => {
    // The build's own writes of records come while it runs: not a reason to build again.
    if (running && path.startsWith(options.articlesDir)) return;
    if (running) {
      again = true;
      return;
    }
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      console.log(`news-archive: ${relative(root, path)} changed: building`);
      void rebuild();
    }, SETTLE_MS);
  };
  const templates = templatesFor(root);
  // The whole content/ folder: sources, corrections, records and entities.yml (chokidar sees a file
  // that does not exist yet only through its folder).
  const watched = [join(root, 'content'), ...(templates === PACKAGE_TEMPLATES ? [] : [templates])];
  chokidar
    .watch(watched, { ignoreInitial: true, ignored: (p) => /(^|[/\\])\./.test(relative(root, p)), awaitWriteFinish: { stabilityThreshold: 200 } })
    .on('add', changed)
    .on('change', changed)
    .on('unlink', changed);
}
