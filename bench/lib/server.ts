/**
 * A static server for the benchmark: the built site at /, Pagefind's output at /pagefind/ and
 * the benchmark's own pages at /__bench/. Every response is gzipped when the browser accepts it
 * and gzip makes it at least 5% smaller (text, JSON, JS, WASM; Pagefind's chunks are gzipped
 * already and go as they are). It logs the bytes of every response, headers included, so a
 * query's cost is what went over the wire, whatever the files are.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, statSync, existsSync } from 'node:fs';
import { join, normalize, extname } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface LoggedResponse {
  path: string;
  status: number;
  bytes: number;
  rawBytes: number;
  gzip: boolean;
}

export interface BenchServer {
  url: string;
  log: LoggedResponse[];
  reset(): void;
  close(): Promise<void>;
}

export async function serve(mounts: { prefix: string; dir?: string; files?: Record<string, string> }[]): Promise<BenchServer> {
  const log: LoggedResponse[] = [];
  const gzCache = new Map<string, Buffer | null>();
  const ordered = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);

  const resolveFile = (urlPath: string): { body: Buffer; type: string; key: string } | null => {
    for (const m of ordered) {
      if (!urlPath.startsWith(m.prefix)) continue;
      const rest = urlPath.slice(m.prefix.length);
      if (m.files) {
        const f = m.files[rest];
        return f === undefined ? null : { body: Buffer.from(f), type: TYPES[extname(rest)] ?? 'application/octet-stream', key: urlPath };
      }
      let file = normalize(join(m.dir!, rest));
      if (!file.startsWith(normalize(m.dir!))) return null;
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) return null;
      return { body: readFileSync(file), type: TYPES[extname(file)] ?? 'application/octet-stream', key: file };
    }
    return null;
  };

  const server: Server = createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const found = resolveFile(urlPath);
    let body: Buffer;
    const headers: Record<string, string> = { 'Cache-Control': 'no-cache' };
    let gzip = false;
    let rawBytes = 0;
    if (!found) {
      res.statusCode = 404;
      body = Buffer.from('not found');
      headers['Content-Type'] = 'text/plain';
    } else {
      rawBytes = found.body.length;
      headers['Content-Type'] = found.type;
      body = found.body;
      if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        let gz = gzCache.get(found.key);
        if (gz === undefined) {
          const g = gzipSync(found.body);
          gz = g.length <= found.body.length * 0.95 ? g : null;
          gzCache.set(found.key, gz);
        }
        if (gz) {
          body = gz;
          gzip = true;
          headers['Content-Encoding'] = 'gzip';
          headers['Vary'] = 'Accept-Encoding';
        }
      }
    }
    headers['Content-Length'] = String(body.length);
    res.writeHead(res.statusCode || 200, headers);
    res.end(body);
    const headerBytes = Object.entries(headers).reduce((s, [k, v]) => s + k.length + v.length + 4, 40);
    log.push({ path: urlPath, status: res.statusCode, bytes: body.length + headerBytes, rawBytes, gzip });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    reset: () => void log.splice(0),
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
