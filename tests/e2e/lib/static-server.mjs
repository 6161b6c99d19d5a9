// A deliberately plain static host: files from one directory under one sub-path,
// no SPA fallback and no rewrites, so a build that only works at "/" fails here.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg)/;

/**
 * Serve `root` at `http://127.0.0.1:<free port><basePath>`.
 * Text is gzipped like any real host would, so transfer sizes in the bench are realistic.
 * @param {{ root: string, basePath?: string, gzip?: boolean }} options
 */
export async function startStaticServer({ root, basePath = '/yudongnan/demo/', gzip = true }) {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const gzCache = new Map();
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const path = decodeURIComponent(url.pathname);
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method Not Allowed');
      if (path === base.slice(0, -1)) {
        res.writeHead(301, { Location: base + url.search }).end();
        return;
      }
      if (!path.startsWith(base)) return send(res, 404, 'Not Found');
      let rel = path.slice(base.length) || 'index.html';
      if (rel.endsWith('/')) rel += 'index.html';
      const file = normalize(join(root, rel));
      if (!file.startsWith(normalize(root) + sep)) return send(res, 403, 'Forbidden');
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) return send(res, 404, 'Not Found');
      const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      let body = await readFile(file);
      const headers = {
        'Content-Type': type,
        'X-Content-Type-Options': 'nosniff',
        // Hashed assets are immutable; the HTML must always be revalidated.
        'Cache-Control': rel.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      };
      if (gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        if (!gzCache.has(file)) gzCache.set(file, gzipSync(body, { level: 9 }));
        body = gzCache.get(file);
        headers['Content-Encoding'] = 'gzip';
        headers.Vary = 'Accept-Encoding';
      }
      headers['Content-Length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      send(res, 500, String(error));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: origin + base,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve(undefined)); }),
  };
}

function send(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(text);
}
