// A static server that behaves like a production host for Closer: files from dist/,
// index.html for any path that isn't a file (so deep links and reloads work), the
// security headers from headers.mjs, and compressed bodies: the build writes a brotli
// (`.br`) and a gzip (`.gz`) copy beside each text and wasm file (.ci/hooks/post-build.mjs),
// sent to a browser that accepts that encoding, as a static host sends them.
// Usage: node serve.mjs <dist> <port>
// With { watch: true } (the cross-engine journeys), index.html first loads an error watcher
// (engines/watch.js) from this same origin, so every engine can report script errors.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFor } from './headers.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const WATCH = '/__e2e/watch.js';

/** The copy of `file` to send for this request's Accept-Encoding: brotli, else gzip, else
 *  none. A copy older than its file (the file was replaced after the build) is not used. */
async function encoded(req, file, info) {
  const accepts = String(req.headers['accept-encoding'] || '').split(',').map((e) => e.trim().split(';')[0]);
  for (const [encoding, ext] of [['br', '.br'], ['gzip', '.gz']]) {
    if (!accepts.includes(encoding)) continue;
    const copy = await stat(file + ext).catch(() => null);
    if (copy && copy.isFile() && copy.mtimeMs >= info.mtimeMs) return { encoding, path: file + ext };
  }
  return null;
}

// `inlineStyles`: the benchmark's floor is one HTML file with its CSS inlined; the same
// headers, with inline styles allowed.
// `watch`: see the top of this file.
export function startServer(dist, port = 0, host = '127.0.0.1', { inlineStyles = false, watch = false } = {}) {
  const headers = (rel) => {
    const h = headersFor(rel);
    if (inlineStyles) h['Content-Security-Policy'] = h['Content-Security-Policy'].replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
    return h;
  };
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      if (watch && url.pathname === WATCH) {
        res.writeHead(200, { 'Content-Type': TYPES['.js'], ...headersFor(WATCH) });
        return res.end(await readFile(join(import.meta.dirname, 'engines', 'watch.js')));
      }
      let rel = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
      let file = join(dist, rel);
      let info = await stat(file).catch(() => null);
      if (info && info.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info) {
        if (extname(rel)) {
          res.writeHead(404, { 'Content-Type': 'text/plain', ...headers(rel) });
          return res.end('Not found');
        }
        file = join(dist, 'index.html');
        rel = '/index.html';
        info = await stat(file);
      }
      const watched = watch && file === join(dist, 'index.html');
      const copy = watched ? null : await encoded(req, file, info);
      let body = await readFile(copy ? copy.path : file);
      if (watched) body = body.toString('utf8').replace('<head>', `<head><script src="${WATCH}"></script>`);
      const extra = copy ? { 'Content-Encoding': copy.encoding } : {};
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream', ...headers(rel), 'Vary': 'Accept-Encoding', ...extra });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(e));
    }
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dist = 'dist', port = '8080'] = process.argv.slice(2);
  const server = await startServer(dist, Number(port));
  console.log(`serving ${dist} on http://127.0.0.1:${server.address().port}`);
}
