// @ts-check
// The page: load → diagnostics → preview → DOCX download, all in the browser with the kehoach library.
import { loadPlan, renderDocx, renderText } from 'kehoach';
import example from '../tuyen-quang-2025-30-7.yaml?raw';

/** @param {string} id */
function el(id) {
  const e = document.getElementById(id);
  if (!e) throw new Error(`#${id} is missing from the page`);
  return e;
}
const source = /** @type {HTMLTextAreaElement} */ (el('source'));
const status = el('status');
const list = /** @type {HTMLOListElement} */ (el('diagnostics'));
const preview = el('preview');
const download = /** @type {HTMLButtonElement} */ (el('download'));
const fileInput = /** @type {HTMLInputElement} */ (el('file'));
/** @type {import('kehoach').Plan | undefined} */
let current;

/** @param {import('kehoach').Diagnostic[]} diagnostics */
function showDiagnostics(diagnostics) {
  list.replaceChildren(
    ...diagnostics.map((d) => {
      const li = document.createElement('li');
      li.className = d.severity;
      li.dataset.line = String(d.line);
      li.dataset.code = d.code;
      li.textContent = `Dòng ${d.line}, cột ${d.column}: ${d.message}${d.suggestion ? ` (${d.suggestion})` : ''} [${d.code}]`;
      li.addEventListener('click', () => {
        const lines = source.value.split('\n');
        const start = lines.slice(0, d.line - 1).reduce((n, l) => n + l.length + 1, 0) + d.column - 1;
        source.focus();
        source.setSelectionRange(start, start + 1);
      });
      return li;
    }),
  );
}

function update() {
  const text = source.value;
  if (!text.trim()) {
    current = undefined;
    status.textContent = 'Chưa có nội dung.';
    status.className = '';
    showDiagnostics([]);
    preview.textContent = '';
    download.disabled = true;
    return;
  }
  const { plan, diagnostics } = loadPlan(text, { file: 'ke-hoach.yaml' });
  current = plan;
  showDiagnostics(diagnostics);
  download.disabled = !plan;
  status.textContent = plan
    ? `Hợp lệ: ${plan.tasks.length} nhiệm vụ, ${Object.keys(plan.agencies).length} cơ quan.`
    : `Có ${diagnostics.filter((d) => d.severity === 'error').length} lỗi.`;
  status.className = plan ? 'ok' : 'bad';
  preview.textContent = plan ? renderText(plan) : '';
}

/** @type {ReturnType<typeof setTimeout> | undefined} */
let timer;
source.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(update, 150);
});
el('example').addEventListener('click', () => {
  source.value = example;
  update();
});
fileInput.addEventListener('change', async () => {
  const f = fileInput.files?.[0];
  if (!f) return;
  const { plan, diagnostics } = loadPlan(new Uint8Array(await f.arrayBuffer()), { file: f.name });
  source.value = plan || !diagnostics.some((d) => d.code === 'INPUT_NOT_UTF8') ? await f.text() : '';
  update();
  if (!plan && !source.value) showDiagnostics(diagnostics);
});
download.addEventListener('click', () => {
  if (!current) return;
  const { docx, diagnostics } = renderDocx(current);
  if (!docx) return showDiagnostics(diagnostics);
  const bytes = /** @type {Uint8Array<ArrayBuffer>} */ (docx);
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: 'ke-hoach.docx' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
});
