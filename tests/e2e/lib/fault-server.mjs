// A real HTTP data service for the live build (VITE_API_BASE_URL), on its own origin, that answers the REST
// contract and misbehaves on request: one fault kind per resource path, switched by a control API, with a log
// of every request so a journey can check retry counts and back-off from the server's side.
// Plain .mjs (typed by fault-server.d.mts) so plain-node tools can use it; the contract's answers come from
// the reference server (mocks/demo-server.ts resolveRequest), passed in as `resolve` by a TS caller.
//
//   GET    /api/v1/<resource path>?…   the contract, or the fault set for that path
//   POST   /__faults  {"/projects":"500"}   replace the fault map (unknown kinds → 400)
//   GET    /__faults                   the fault map
//   DELETE /__faults                   no faults, empty log
//   GET    /__log                      { now, requests: [{ path, kind, status, start, end }] } (ms since epoch)
//   DELETE /__log                      empty log
import { createServer } from 'node:http';

/** Every way the service can misbehave, and the two loads it can serve. */
export const FAULT_KINDS = /** @type {const} */ ([
  '500', '404', '429', 'network', 'timeout', 'badjson', 'schema', 'html', 'empty', 'scale',
]);

/**
 * Seconds a 429 asks the client to wait. Longer than the client's first back-off step (1 s), so a client that
 * ignored the header (or could not read it cross-origin) would retry visibly too soon.
 */
export const RETRY_AFTER_S = 2;

const HTML = '<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>豫东南高新区</title></head>'
  + '<body><div id="root"></div><script type="module" src="./assets/index.js"></script></body></html>\n';

/**
 * @param {{
 *   port: number,
 *   allowOrigin: string,
 *   resolve: (path: string, params: URLSearchParams) => { status: number, contentType: string, text: string },
 *   apiPrefix?: string,
 *   host?: string,
 * }} options
 */
export async function startFaultServer({ port, allowOrigin, resolve, apiPrefix = '/api/v1', host = '127.0.0.1' }) {
  /** @type {Record<string, string>} */
  let faults = {};
  /** @type {Array<{ path: string, kind: string, status: number | null, start: number, end: number | null }>} */
  let log = [];
  const sockets = new Set();

  const cors = {
    'Access-Control-Allow-Origin': allowOrigin,
    // Neither is CORS-safelisted: without this the client cannot read how long a 429 asks it to wait (Date: to
    // measure an HTTP-date Retry-After against the server's clock).
    'Access-Control-Expose-Headers': 'Retry-After, Date',
    Vary: 'Origin',
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (path === '/__faults' || path === '/__log') return control(req, res, path);

    if (req.method === 'OPTIONS') {
      // The client sends only `accept`, a simple request; answer a preflight anyway should that change.
      res.writeHead(204, { ...cors, 'Access-Control-Allow-Methods': 'GET', 'Access-Control-Allow-Headers': 'accept, content-type', 'Access-Control-Max-Age': '600' });
      return res.end();
    }
    if (!path.startsWith(`${apiPrefix}/`)) return sendJson(res, 404, { error: { code: 'not_found', message: `no route ${path}` } }, cors);
    if (req.method !== 'GET') return sendJson(res, 405, { error: { code: 'method_not_allowed', message: req.method } }, cors);

    const resource = path.slice(apiPrefix.length);
    const kind = faults[resource] ?? 'ok';
    const entry = { path: resource, kind, status: /** @type {number | null} */ (null), start: Date.now(), end: /** @type {number | null} */ (null) };
    log.push(entry);
    // When the exchange ended: the moment the answer was sent (or the socket reset), measured in the same
    // tick as `start`; an unanswered request ends when the browser gives up on it (a client timeout aborts).
    res.on('close', () => { entry.end ??= Date.now(); });

    const contract = (extra = {}) => {
      const params = new URLSearchParams(url.search);
      for (const [k, v] of Object.entries(extra)) params.set(k, v);
      return resolve(resource, params);
    };
    const answer = (status, contentType, text, headers = {}) => {
      entry.status = status;
      entry.end = Date.now();
      res.writeHead(status, { ...cors, 'Content-Type': contentType, 'Cache-Control': 'no-store', ...headers });
      res.end(text);
    };
    const error = (status, code, message, headers = {}) =>
      answer(status, 'application/json; charset=utf-8', JSON.stringify({ error: { code, message } }), headers);

    switch (kind) {
      case '500': return error(500, 'internal', 'injected server error');
      case '404': return error(404, 'not_found', `no resource at ${resource}`);
      case '429': return error(429, 'rate_limited', 'too many requests', { 'Retry-After': String(RETRY_AFTER_S) });
      case 'network': entry.end = Date.now(); return req.socket.destroy();
      case 'timeout': return; // never answers; close() ends it
      case 'badjson': return answer(200, 'application/json; charset=utf-8', '{"asOf":"2024-');
      case 'schema': return answer(200, 'application/json; charset=utf-8', JSON.stringify({ asOf: 'yesterday', items: 'oops', tasks: 7 }));
      case 'html': return answer(200, 'text/html; charset=utf-8', HTML);
      default: {
        const body = kind === 'empty' ? contract({ scenario: 'empty' })
          : kind === 'scale' ? contract({ scenario: 'scale', n: '10000' })
            : contract();
        return answer(body.status, `${body.contentType}; charset=utf-8`, body.text);
      }
    }
  });

  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  function control(req, res, path) {
    if (path === '/__log') {
      if (req.method === 'DELETE') { log = []; return sendJson(res, 204); }
      return sendJson(res, 200, { now: Date.now(), requests: log });
    }
    if (req.method === 'GET') return sendJson(res, 200, faults);
    if (req.method === 'DELETE') { faults = {}; log = []; return sendJson(res, 204); }
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'GET, POST or DELETE' });
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => { text += chunk; });
    req.on('end', () => {
      let next;
      try { next = JSON.parse(text || '{}'); } catch { return sendJson(res, 400, { error: 'body is not JSON' }); }
      const bad = Object.entries(next).filter(([p, k]) => !p.startsWith('/') || !FAULT_KINDS.includes(k));
      if (typeof next !== 'object' || next === null || Array.isArray(next) || bad.length) {
        return sendJson(res, 400, { error: `expected {"/<resource path>": one of ${FAULT_KINDS.join('|')}}`, bad });
      }
      faults = next;
      sendJson(res, 200, faults);
    });
  }

  await new Promise((ok, fail) => {
    server.once('error', (error) => fail(/** @type {NodeJS.ErrnoException} */ (error).code === 'EADDRINUSE'
      ? new Error(`fault server: port ${port} on ${host} is taken (another live-fault run, or something else: \`ss -ltnp 'sport = :${port}'\`). `
        + 'The live build has this port baked in; set E2E_LIVE_PORT to use another one.')
      : error));
    server.listen(port, host, () => ok(undefined));
  });
  const origin = `http://${host}:${port}`;
  return {
    origin,
    apiBase: origin + apiPrefix,
    close: () => new Promise((ok) => {
      // Requests left hanging by the timeout fault must not outlive the suite.
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
      server.close(() => ok(undefined));
    }),
  };
}

/**
 * The control API from a test's side.
 * @param {string} origin e.g. http://127.0.0.1:47817
 */
export function faultControl(origin) {
  const call = async (method, path, body) => {
    const res = await fetch(origin + path, {
      method,
      ...(body ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}),
    });
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${await res.text()}`);
    return res.status === 204 ? undefined : res.json();
  };
  return {
    set: (faults) => call('POST', '/__faults', faults),
    reset: () => call('DELETE', '/__faults'),
    clearLog: () => call('DELETE', '/__log'),
    log: () => call('GET', '/__log'),
  };
}

function sendJson(res, status, body, headers = {}) {
  if (body === undefined) return res.writeHead(status, headers).end();
  res.writeHead(status, { ...headers, 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}
