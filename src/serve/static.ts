/**
 * Serving the published site: sirv, over the folder `_site` points at when the request comes in
 * (publish.ts), so a request is answered from one whole version of the site even while a build
 * publishes the next. Only files inside that folder are served: a path that is not valid percent
 * encoding, holds a NUL or a backslash, or has a `.` or `..` segment once decoded, is refused
 * before it reaches the file system.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import sirv from 'sirv';
import { publishedDir } from '../pipeline/publish.js';

type Handler = ReturnType<typeof sirv>;

/** The request's path, decoded, when it is a safe path inside the site; null otherwise. */
export function safeRequestPath(url: string | undefined): string | null {
  const raw = (url ?? '/').split(/[?#]/, 1)[0];
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (!path.startsWith('/') || path.includes('\0') || path.includes('\\')) return null;
  if (path.split('/').some((segment) => segment === '..' || segment === '.')) return null;
  return path;
}

function notFound(dir: string | null, res: ServerResponse): void {
  res.statusCode = 404;
  let page: Buffer | null = null;
  try {
    if (dir) page = readFileSync(join(dir, '404.html'));
  } catch {
    /* no 404 page */
  }
  res.setHeader('Content-Type', page ? 'text/html;charset=utf-8' : 'text/plain;charset=utf-8');
  res.end(page ?? 'Not found');
}

/** A request handler serving the site published at `outDir`. */
export function siteHandler(outDir: string): (req: IncomingMessage, res: ServerResponse) => void {
  const handlers = new Map<string, Handler>();
  return (req, res) => {
    const dir = publishedDir(outDir);
    const path = safeRequestPath(req.url);
    if (!dir || path === null || (req.method !== 'GET' && req.method !== 'HEAD')) return notFound(dir, res);
    // The resolved file must stay inside the folder (the check sirv makes with a bare prefix).
    const inside = resolve(dir, `.${path}`);
    if (inside !== resolve(dir) && !inside.startsWith(resolve(dir) + sep)) return notFound(dir, res);
    let handler = handlers.get(dir);
    if (!handler) {
      handlers.clear(); // one version at a time
      handler = sirv(dir, { dev: true, etag: true, dotfiles: false });
      handlers.set(dir, handler);
    }
    try {
      handler(req, res, () => notFound(dir, res));
    } catch (err) {
      res.statusCode = 500;
      res.end(`news-archive: ${(err as Error).message}`);
    }
  };
}
