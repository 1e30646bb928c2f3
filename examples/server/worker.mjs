// @ts-check
// One render worker: takes a request body and an operation, answers status, headers and body.
// Runs in a worker thread so that the server can stop a render that takes too long.
import { parentPort, workerData } from 'node:worker_threads';
import { deriveChecklist, findOutput, loadPlan, setDeflate } from 'kehoach';
import { nativeDeflate } from 'kehoach/node';

// DOCX compressed by Node's zlib (native), not pako: several times faster, same documents.
setDeflate(nativeDeflate);

// The outputs of kehoach's registry (the same the CLI lists), and the ones the app's modules register.
const ready = Promise.all((workerData?.modules ?? []).map((/** @type {string} */ m) => import(m)));

const JSON_TYPE = 'application/json; charset=utf-8';

/** Most diagnostics in one answer: a 2 MiB body can hold 100 000 mistakes; the first ones are enough. */
const MAX_DIAGNOSTICS = 100;

/** A 422 answer: the first diagnostics, and how many more there were. @param {import('kehoach').Diagnostic[]} diagnostics */
const invalid = (diagnostics) => json(422, {
  valid: false,
  diagnostics: diagnostics.slice(0, MAX_DIAGNOSTICS),
  ...(diagnostics.length > MAX_DIAGNOSTICS ? { truncated: diagnostics.length - MAX_DIAGNOSTICS } : {}),
});

const json = (status, value) => ({ status, headers: { 'content-type': JSON_TYPE }, body: JSON.stringify(value) });
/**
 * Largest file one answer carries (issue 23: a 634-byte plan asked for a 21 MB calendar, and 30
 * clients that never read held the server at 2 GB). A rendered plan is well under 1 MB.
 */
const MAX_OUTPUT_BYTES = workerData?.maxOutputBytes ?? 8 * 1024 * 1024;

/** A file answer, or a 422 when the file is larger than an answer may be. @param {import('kehoach').AnyOutput} output @param {string} name @param {string | Uint8Array} body */
const file = (output, name, body) => {
  const size = typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
  if (size > MAX_OUTPUT_BYTES) {
    return json(422, {
      error: `Kết quả quá lớn (${Math.round(size / 1048576)} MB; giới hạn ${MAX_OUTPUT_BYTES / 1048576} MB): lập danh mục cho từng cơ quan hoặc rút ngắn thời kỳ.`,
      errorEn: `The result is too large (${size} bytes; the limit is ${MAX_OUTPUT_BYTES}).`,
    });
  }
  return fileAnswer(output, name, body);
};

/** @param {import('kehoach').AnyOutput} output @param {string} name @param {string | Uint8Array} body */
const fileAnswer = (output, name, body) => ({
  status: 200,
  headers: { 'content-type': output.mediaType, 'content-disposition': `attachment; filename="${name}.${output.extension}"` },
  body,
});

function load(body, contentType) {
  // JSON is YAML 1.2, so one loader gives the same diagnostics, with line and column, for both.
  return loadPlan(body, { file: /json/i.test(contentType ?? '') ? 'request.json' : 'request.yaml' });
}

/** Answers one request: `render` (a plan output), `checklist` (a checklist output) or `validate`. */
async function handle({ op, format, body, contentType }) {
  const { plan, diagnostics } = load(body, contentType);
  if (!plan) return invalid(diagnostics);
  if (op === 'validate') return json(200, { valid: true, diagnostics });
  if (op === 'render') {
    const output = findOutput('plan', format);
    if (!output) return json(400, { error: `Không có định dạng “${format}”.`, errorEn: `No output "${format}".` });
    const r = await output.render(plan, {});
    return r.output !== undefined ? file(output, 'ke-hoach', r.output) : invalid(r.diagnostics);
  }
  const output = findOutput('checklist', format);
  if (!output) return json(400, { error: `Không có định dạng “${format}”.`, errorEn: `No output "${format}".` });
  const c = deriveChecklist(plan);
  if (c.diagnostics.some((d) => d.severity === 'error')) return invalid(c.diagnostics);
  const r = await output.render({ checklist: c.checklist, plan }, {});
  return r.output !== undefined ? file(output, 'nhiem-vu', r.output) : invalid(r.diagnostics);
}

const port = parentPort;
if (!port) throw new Error('worker.mjs runs as a worker thread of app.mjs');

port.on('message', async (job) => {
  let answer;
  try {
    await ready;
    answer = await handle(job);
  } catch (e) {
    // The cause stays in the server's log; the client learns nothing about the server's insides.
    console.error('kehoach worker:', e);
    answer = json(500, { error: 'Lỗi nội bộ — internal error' });
  }
  port.postMessage({ id: job.id, ...answer });
});
