// @ts-check
// One render worker: takes a request body and an operation, answers status, headers and body.
// Runs in a worker thread so that the server can stop a render that takes too long.
import { parentPort } from 'node:worker_threads';
import { nativeDeflate } from '@kehoach/node';
import { deriveChecklist, loadPlan, OUTPUT_FORMATS, renderAs, setDeflate, toCsv, toIcs } from 'kehoach';

// DOCX compressed by Node's zlib (native), not pako: several times faster, same documents.
setDeflate(nativeDeflate);

// Document formats come from the registry of `kehoach` (the CLI uses the same); checklist formats here.
const TYPES = {
  ...Object.fromEntries(Object.values(OUTPUT_FORMATS).map((f) => [f.id, f.mediaType])),
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
};

/** Most diagnostics in one answer: a 2 MiB body can hold 100 000 mistakes; the first ones are enough. */
const MAX_DIAGNOSTICS = 100;

/** A 422 answer: the first diagnostics, and how many more there were. @param {import('kehoach').Diagnostic[]} diagnostics */
const invalid = (diagnostics) => json(422, {
  valid: false,
  diagnostics: diagnostics.slice(0, MAX_DIAGNOSTICS),
  ...(diagnostics.length > MAX_DIAGNOSTICS ? { truncated: diagnostics.length - MAX_DIAGNOSTICS } : {}),
});

const json = (status, value) => ({ status, headers: { 'content-type': TYPES.json }, body: JSON.stringify(value) });
const file = (format, name, body) => ({
  status: 200,
  headers: { 'content-type': TYPES[format], 'content-disposition': `attachment; filename="${name}.${format}"` },
  body,
});

function load(body, contentType) {
  // JSON is YAML 1.2, so one loader gives the same diagnostics, with line and column, for both.
  return loadPlan(body, { file: /json/i.test(contentType ?? '') ? 'request.json' : 'request.yaml' });
}

function handle({ op, format, body, contentType }) {
  const { plan, diagnostics } = load(body, contentType);
  if (!plan) return invalid(diagnostics);
  if (op === 'validate') return json(200, { valid: true, diagnostics });
  if (op === 'render') {
    const r = renderAs(plan, format);
    return r.output !== undefined ? file(format, 'ke-hoach', r.output) : invalid(r.diagnostics);
  }
  const c = deriveChecklist(plan);
  if (c.diagnostics.some((d) => d.severity === 'error')) return invalid(c.diagnostics);
  if (format === 'csv') return file('csv', 'nhiem-vu', toCsv(c.checklist));
  if (format === 'ics') return file('ics', 'nhiem-vu', toIcs(c.checklist));
  return json(200, c.checklist);
}

const port = parentPort;
if (!port) throw new Error('worker.mjs runs as a worker thread of app.mjs');

port.on('message', (job) => {
  let answer;
  try {
    answer = handle(job);
  } catch (e) {
    // The cause stays in the server's log; the client learns nothing about the server's insides.
    console.error('kehoach worker:', e);
    answer = json(500, { error: 'Lỗi nội bộ — internal error' });
  }
  port.postMessage({ id: job.id, ...answer });
});
