// A plain static file server for dist/, as static hosts behave: no rewrites, no fallback but the
// folder's 404.html (with status 404) for addresses it has no file for, and gzip for text.
// `node tests/support/static-server.mjs <dir> <port> [base]` serves the folder under a subpath
// such as /transparency/, and nothing outside it but that 404.html.
import { createReadStream } from 'node:fs';
import { createGzip } from 'node:zlib';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';

const root = path.resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 4173);
const base = (process.argv[4] ?? '/').replace(/\/?$/, '/');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

async function resolveFile(urlPath) {
  if (!urlPath.startsWith(base) && `${urlPath}/` !== base) return null;
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.slice(base.length - 1) || '/');
  } catch {
    return null;
  }
  const file = path.join(root, decoded);
  if (!file.startsWith(root)) return null;
  const info = await stat(file).catch(() => null);
  if (info?.isFile()) return file;
  if (info?.isDirectory()) {
    const index = path.join(file, 'index.html');
    const indexInfo = await stat(index).catch(() => null);
    return indexInfo?.isFile() ? index : null;
  }
  return null;
}

createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  // Like python's http.server: a folder without its trailing slash redirects.
  const file = await resolveFile(pathname);
  if (!file) {
    const notFound = path.join(root, '404.html');
    if (!(await stat(notFound).catch(() => null))?.isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(404, { 'Content-Type': types['.html'] });
    createReadStream(notFound).pipe(response);
    return;
  }
  if (file.endsWith('index.html') && !pathname.endsWith('/') && !pathname.endsWith('.html')) {
    const { search } = new URL(request.url ?? '/', 'http://localhost');
    response.writeHead(301, { Location: `${pathname}/${search}` }).end();
    return;
  }
  const type = types[path.extname(file)] ?? 'application/octet-stream';
  const compress =
    /text|javascript|json|svg|csv/.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  response.writeHead(200, {
    'Content-Type': type,
    Vary: 'Accept-Encoding',
    ...(compress ? { 'Content-Encoding': 'gzip' } : {}),
  });
  const stream = createReadStream(file);
  (compress ? stream.pipe(createGzip()) : stream).pipe(response);
}).listen(port, '0.0.0.0', () => {
  console.log(`Serving ${root} on http://localhost:${port}${base}`);
});
