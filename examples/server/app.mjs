// @ts-check
// The render service: POST /render?format=docx|md|txt…, POST /export?format=edxml,
// POST /checklist?format=json|md|csv|ics|docx|xlsx…, POST /validate, GET /health. The formats are the
// outputs registered in `kehoach` (its output registry, read at each request). Plans come as YAML or
// JSON (by Content-Type) and go back as the file, or as diagnostics in JSON with HTTP 422. Nothing is
// written to disk and no path from a request is ever opened.
import { createServer } from 'node:http';
import { availableParallelism } from 'node:os';
import { outputs } from 'kehoach';
import { JobCancelled, JobTimeout, QueueFull, WorkerPool } from './pool.mjs';

/**
 * The request target as a URL, or `undefined` when it is not one (`GET //[` makes `new URL` throw).
 * @param {string | undefined} target
 */
export function requestUrl(target) {
  try {
    return new URL(target ?? '/', 'http://localhost');
  } catch {
    return undefined;
  }
}

/** @typedef {{ op: 'render' | 'checklist' | 'validate', formats: () => string[], default: string }} Route */

/**
 * The ids of the plan outputs of one purpose. Outputs converted in batches by another program (PDF
 * by LibreOffice, `kehoach/node`) are not offered: a request gets one worker for a few seconds.
 * @param {'document' | 'exchange'} purpose
 */
const planOutputs = (purpose) => outputs('plan').filter((o) => (o.purpose ?? 'document') === purpose && !o.conversion).map((o) => o.id);

/** @type {Record<string, Route>} */
export const ROUTES = {
  '/render': { op: 'render', formats: () => planOutputs('document'), default: 'docx' },
  '/export': { op: 'render', formats: () => planOutputs('exchange'), default: 'edxml' },
  '/checklist': { op: 'checklist', formats: () => outputs('checklist').map((o) => o.id), default: 'json' },
  '/validate': { op: 'validate', formats: () => ['json'], default: 'json' },
};

/**
 * Creates the service (not yet listening).
 * `corsOrigins`: origins whose pages may call the service from a browser (none by default).
 * `modules`: modules that register outputs of their own (`registerOutput` of `kehoach`), as URLs or
 * specifiers: imported here and by each worker before its first job, so that the routes offer them.
 * `maxOutputBytes`: the largest file an answer carries (8 MiB; larger is a 422 that says why).
 * @param {{ maxBodyBytes?: number, maxOutputBytes?: number, timeoutMs?: number, workers?: number, maxQueue?: number, corsOrigins?: string[], modules?: Array<string | URL> }} [options]
 */
export function createApp(options = {}) {
  const modules = (options.modules ?? []).map(String);
  // The routes list the registered outputs once the modules have registered theirs.
  const ready = Promise.all(modules.map((m) => import(m)));
  const maxBody = options.maxBodyBytes ?? 2 * 1024 * 1024;
  const pool = new WorkerPool(new URL('./worker.mjs', import.meta.url), {
    size: options.workers ?? Math.max(1, Math.min(4, availableParallelism())),
    timeoutMs: options.timeoutMs ?? 10_000,
    maxQueue: options.maxQueue ?? 1000,
    workerData: { modules, maxOutputBytes: options.maxOutputBytes ?? 8 * 1024 * 1024 },
  });
  const allowed = new Set(options.corsOrigins ?? []);
  // CORS headers belong to one response: kept on it, never in a variable shared by requests.
  const corsHeaders = new WeakMap();
  const send = (res, status, headers, body) => {
    if (res.headersSent) return;
    res.writeHead(status, { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...(corsHeaders.get(res) ?? {}), ...headers });
    res.end(body);
  };
  const error = (res, status, vi, en, extra = {}) =>
    send(res, status, { 'content-type': 'application/json; charset=utf-8', ...extra }, JSON.stringify({ error: vi, errorEn: en }));

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  const handle = (req, res) => {
    const url = requestUrl(req.url);
    if (!url) return error(res, 400, 'Địa chỉ yêu cầu không hợp lệ.', 'Malformed request target.');
    // CORS for the listed origins only; a preflight gets its answer without touching a worker.
    const origin = req.headers.origin;
    if (origin && allowed.has(origin)) {
      corsHeaders.set(res, { 'access-control-allow-origin': origin, vary: 'Origin', 'access-control-expose-headers': 'content-disposition' });
    }
    if (req.method === 'OPTIONS') {
      const ok = origin && allowed.has(origin) && ROUTES[url.pathname];
      return send(res, ok ? 204 : 403, ok ? { 'access-control-allow-methods': 'POST', 'access-control-allow-headers': 'content-type', 'access-control-max-age': '600' } : {}, '');
    }
    if (url.pathname === '/health' && req.method === 'GET') return send(res, 200, { 'content-type': 'text/plain' }, 'ok');
    const route = ROUTES[url.pathname];
    if (!route) return error(res, 404, 'Không có địa chỉ này.', 'Not found.');
    if (req.method !== 'POST') return error(res, 405, 'Chỉ nhận POST.', 'Use POST.', { allow: 'POST' });
    const format = url.searchParams.get('format') ?? route.default;
    const formats = route.formats();
    if (!formats.includes(format)) {
      return error(res, 400, `format phải là ${formats.join(', ')}.`, `format must be one of ${formats.join(', ')}.`);
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    const tooLarge = () => {
      error(res, 413, `Nội dung quá lớn; giới hạn ${Math.round(maxBody / 1024)} KB.`, `Body too large; the limit is ${maxBody} bytes.`, { connection: 'close' });
      req.destroy();
    };
    if (declared > maxBody) return tooLarge();
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size > maxBody) tooLarge();
      else chunks.push(c);
    });
    // A client that hangs up before its answer is sent cancels its job: queued, it leaves the queue;
    // running, its worker is stopped and replaced (the next request does not wait for it).
    const gone = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) gone.abort();
    });
    req.on('end', () => void answer().catch((e) => {
      // even an error while answering an error ends this request only
      console.error('kehoach service:', e);
      res.destroy();
    }));
    const answer = async () => {
      if (size > maxBody || res.headersSent) return;
      const body = new Uint8Array(Buffer.concat(chunks));
      try {
        const done = await pool.run({ op: route.op, format, body, contentType: req.headers['content-type'] ?? '' }, gone.signal);
        send(res, done.status, done.headers, typeof done.body === 'string' ? done.body : Buffer.from(done.body));
      } catch (e) {
        if (e instanceof JobCancelled) return;
        if (e instanceof JobTimeout) error(res, 503, 'Quá thời gian xử lý.', 'The render took too long.');
        else if (e instanceof QueueFull) error(res, 503, 'Máy chủ đang bận, thử lại sau.', 'Server busy, retry later.', { 'retry-after': '1' });
        else error(res, 500, 'Lỗi nội bộ.', 'Internal error.');
      }
    };
    req.on('error', () => {});
  };
  // A slow upload is closed when its 30 s are up (Node checks every 30 s by default: up to 89 s).
  const server = createServer({ requestTimeout: 30_000, headersTimeout: 10_000, connectionsCheckingInterval: 1000 }, (req, res) => {
    // No request ends the process: whatever a handler throws is a 500 (its cause in the log).
    ready.then(() => handle(req, res)).catch((e) => {
      console.error('kehoach service:', e);
      try {
        error(res, 500, 'Lỗi nội bộ.', 'Internal error.');
      } catch {
        res.destroy();
      }
    });
  });
  server.on('close', () => void pool.close());
  return server;
}
