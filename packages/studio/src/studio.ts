/**
 * The studio: the editor, the outline, the preview and the forms, wired to the worker that runs the
 * kehoach library. Loaded by the page (main.ts) when a document is opened, or at once when the browser
 * keeps documents from an earlier visit. Everything stays in the browser: no request leaves the page.
 */
import type { EditorView } from '@codemirror/view';
import { autosaver } from './autosave.js';
import { readUnitForm, renderCloneResult } from './clone-form.js';
import { Documents, type OpenDocument } from './documents.js';
import { renderVersions } from './history.js';
import { TabSync } from './tabs.js';
import { newestText, readDocument, readIndex, setCurrent, storeVersion } from './versions.js';
import { createEditor, jumpTo, setReadOnly, setText, showDiagnostics } from './editor.js';
import { Engine } from './engine.js';
import { renderExportButtons } from './export-buttons.js';
import { asciiName } from './file-name.js';
import { download, fileKind, saveYaml } from './files.js';
import { checkSummary, renderFindings } from './findings.js';
import type { AgencyForm } from './agency-form.js';
import type { DutyForm } from './duty-form.js';
import type { SectionForm } from './section-form.js';
import type { Forms } from './forms.js';
import { newPlanDialog } from './new-plan-form.js';
import { renderOutline } from './outline.js';
import { renderPages, type PreviewMode } from './preview.js';
import type { ExportChoice, Finding, LoadReply } from './protocol.js';
import { renderReview, reviewSpots } from './review.js';
import { forNewPlan, TEMPLATES } from './templates.js';
import OUTPUTS from 'virtual:kehoach-outputs';

function $<T extends HTMLElement = HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (!e) throw new Error(`#${id} is missing from the page`);
  return e as T;
}

const status = $('status');
/** Says something on the status line (read out by screen readers). */
function say(message: string, bad = false): void {
  status.textContent = message;
  status.className = bad ? 'bad' : '';
}

let last: LoadReply | undefined;
/** The preview of the last valid text. */
let shown: LoadReply['preview'];
let view: EditorView;
let docs: Documents;

const saver = autosaver(
  () => docs?.count ? { id: docs.current.id, name: docs.current.name, text: view.state.doc.toString(), opened: docs.current.opened, readOnly: !!docs.current.heldElsewhere } : undefined,
  (outcome, doc) => {
    if (outcome === 'same') return;
    $('autosave').textContent =
      outcome === false ? 'Không tự lưu được (bộ nhớ trình duyệt đầy hoặc bị chặn)'
      : outcome === 'empty' ? 'Văn bản trống: không lưu đè lên phiên bản trước (xem “Lịch sử phiên bản”)'
      : 'Đã tự lưu trong trình duyệt';
    if (outcome === 'added' || outcome === 'replaced') peers.saved(doc.id, doc.text);
  },
);

/** Shows errors, warnings and findings: underlines (with quick fixes) and the list beside the editor. */
function showFindings(list: Finding[]): void {
  showDiagnostics(view, list, (d) => void fix([d]));
  renderFindings($('diagnostics'), $<HTMLButtonElement>('fix-all'), list, { jump: (l, c) => jumpTo(view, l, c), fix: (ds) => void fix(ds) });
}

/** Applies the checker's fixes of `findings` (in the worker, keeping comments), as one undoable step. */
async function fix(findings: Finding[]): Promise<void> {
  const text = view.state.doc.toString();
  const r = await engine.fix(text, findings);
  if (view.state.doc.toString() !== text) return say('Nội dung đã thay đổi trong lúc sửa; hãy thử lại.', true);
  if (!r.fixed) return say('Không sửa tự động được chỗ này: hãy sửa tay.', true);
  setText(view, r.text);
  say(r.fixed === 1 ? 'Đã sửa 1 chỗ.' : `Đã sửa ${r.fixed} chỗ${r.unfixed ? `; ${r.unfixed} chỗ cần sửa tay` : ''}.`);
}

const engine = new Engine((r) => {
  last = r;
  showFindings(r.diagnostics);
  const text = view.state.doc.toString();
  renderReview($('review'), reviewSpots(text), (l) => jumpTo(view, l));
  const errors = r.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = r.diagnostics.filter((d) => d.severity === 'warning').length;
  $('counts').textContent = r.ok
    ? `Hợp lệ: ${r.tasks} nhiệm vụ, ${r.agencies.length} cơ quan${warnings ? `, ${warnings} cảnh báo` : ''}.`
    : `Có ${errors} lỗi${warnings ? `, ${warnings} cảnh báo` : ''}.`;
  $('counts').className = r.ok ? 'ok' : 'bad';
  document.querySelectorAll<HTMLButtonElement>('[data-export]').forEach((b) => (b.disabled = !r.ok));
  // The forms follow the text changed in the editor, unless a field was typed in (then a write is refused and says why).
  if (formsLoading)
    void formsLoading.then((ui) => {
      ui.fillAgencies(r.agencies);
      if (r.ok && formsText !== undefined && !formsDirty && view.state.doc.toString() !== formsText) fillForms(ui);
    });
  if (r.ok && r.preview) {
    renderOutline($('outline'), r.outline, (l, c) => jumpTo(view, l, c), (path, fromClick) => void editAt(path, fromClick));
    shown = r.preview;
    const n = showPreview();
    $('preview-note').textContent = `${n} trang A4 · cập nhật sau ${r.ms} ms`;
  } else {
    $('preview-note').textContent = 'Xem trước giữ bản hợp lệ gần nhất; sửa các lỗi để cập nhật.';
  }
  $('check-note').textContent = r.ok ? 'Đang kiểm tra nội dung…' : 'Kiểm tra nội dung sau khi sửa các lỗi.';
}, (r) => {
  if (r.text !== view.state.doc.toString()) return;
  showFindings(r.findings);
  $('check-note').textContent = checkSummary(r.findings, r.ms);
});

const editor = createEditor($('editor'), { agencies: () => last?.agencies ?? [] }, (text) => {
  engine.load(text);
  saver.changed();
});
view = editor.view;
// The shown document's whole text, for scripts driving the page (tests, a portal's own checks): the editor draws only the lines in view.
(globalThis as { kehoachStudio?: { text(): string } }).kehoachStudio = { text: () => view.state.doc.toString() };
docs = new Documents(editor, $<HTMLSelectElement>('documents'), (d) => {
  $('file-name').textContent = d.name;
  engine.load(view.state.doc.toString());
  showLock(d);
  setCurrent(d.id);
});
// Leaving a document stores its last edits first.
docs.beforeShow = () => saver.flush();

/** Shows whether the document is held by another tab (read-only here, with the way to take it). */
function showLock(d: OpenDocument): void {
  $('tab-lock').hidden = !d.heldElsewhere;
  document.body.classList.toggle('held-elsewhere', !!d.heldElsewhere);
}

// Other tabs of the studio: a document open in an earlier tab is read-only here until taken.
const peers = new TabSync({
  held: () => docs.all.filter((d) => !d.heldElsewhere).map((d) => d.id),
  heldElsewhere(id, held) {
    const d = docs.byId(id);
    if (!d || !!d.heldElsewhere === held) return;
    if (held && d === docs.current) saver.flush();
    d.heldElsewhere = held;
    // Its text here is up to date (the other tab sends each version it stores): only the lock changes.
    docs.reload(d, d === docs.current ? view.state.doc.toString() : (d.state?.doc.toString() ?? d.opened));
    if (d === docs.current) setReadOnly(view, held);
    if (!held) say(`Thẻ kia đã đóng “${d.name}”: sửa được ở thẻ này.`);
    else if (d === docs.current) say(`“${d.name}” đang mở ở thẻ khác: ở đây chỉ xem. Bấm “Sửa ở thẻ này” để sửa tại đây.`);
  },
  savedElsewhere(id, text) {
    const d = docs.byId(id);
    if (d?.heldElsewhere) docs.reload(d, text);
  },
  release(id) {
    const d = docs.byId(id);
    if (!d) return undefined;
    if (d === docs.current) {
      saver.flush();
      return view.state.doc.toString();
    }
    return d.state?.doc.toString() ?? d.opened;
  },
});
$('take-over').addEventListener('click', async () => {
  const d = docs.current;
  const text = await peers.take(d.id);
  d.heldElsewhere = false;
  docs.reload(d, text ?? newestText(d.id) ?? view.state.doc.toString());
  peers.announce();
  say(`Đang sửa “${d.name}” ở thẻ này; thẻ kia chỉ xem.`);
  view.focus();
});

/** Opens `text` as a new document (the plan in hand stays open, in the list) and stores it as its first version. */
function open(text: string, name: string, focus = true): OpenDocument {
  const d = docs.add(text, name);
  storeVersion(d.id, name, text, 'open');
  peers.announce();
  if (focus) view.focus();
  return d;
}

// The versions of the shown document, restorable.
const historyDialog = $<HTMLDialogElement>('history');
function showHistory(): void {
  const d = docs.current;
  $('history-name').textContent = d.name;
  renderVersions($('history-list'), readDocument(d.id)?.versions ?? [], view.state.doc.toString(), (v) => {
    if (d.heldElsewhere) return say('Tài liệu đang mở ở thẻ khác: bấm “Sửa ở thẻ này” trước khi khôi phục.', true);
    saver.flush();
    setText(view, v.text);
    storeVersion(d.id, d.name, v.text, 'restore');
    peers.saved(d.id, v.text);
    historyDialog.close();
    say('Đã khôi phục phiên bản đã chọn (Ctrl+Z để trở lại; bản trước vẫn trong lịch sử).');
  });
}
$('history-open').addEventListener('click', () => {
  saver.flush();
  showHistory();
  historyDialog.showModal();
});
$('history-close').addEventListener('click', () => historyDialog.close());

/** Imports a received document in the worker; its YAML opens as a new document. */
async function importFile(f: File): Promise<void> {
  say(`Đang nhập “${f.name}”…`);
  const r = await engine.importFile(new Uint8Array(await f.arrayBuffer()), f.name);
  if (!r.yaml) {
    const why = r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
    return say(`Không nhập được “${f.name}”: ${why.join(' ') || 'không nhận ra nội dung kế hoạch.'}`, true);
  }
  open(forNewPlan(r.yaml), f.name.replace(/\.[^.]+$/, '') + '.yaml');
  const { format, pages, tasks, unsure } = r.report;
  const what = [format?.toUpperCase(), pages !== undefined ? `${pages} trang` : ''].filter(Boolean).join(', ');
  say(`Đã nhập “${f.name}”${what ? ` (${what})` : ''}: ${tasks ?? 0} nhiệm vụ; ${unsure.length} chỗ cần kiểm tra (ghi “# kiểm tra:” trong YAML, liệt kê bên trái).`);
}

async function openFile(f: File): Promise<void> {
  const kind = fileKind(f.name);
  if (kind === 'yaml') {
    open(await f.text(), f.name);
    return;
  }
  if (kind === 'document') return importFile(f);
  say(`Không mở được “${f.name}”: chỉ mở tệp YAML (.yaml, .yml, .json) hoặc nhập văn bản DOCX, PDF, TXT, MD.`, true);
}

// Open: the button (drag and drop anywhere on the page: main.ts).
$<HTMLInputElement>('open-file').addEventListener('change', async (e) => {
  const f = (e.target as HTMLInputElement).files?.[0];
  if (f) await openFile(f);
  (e.target as HTMLInputElement).value = '';
});

// New from a template.
const templateSelect = $<HTMLSelectElement>('template');
for (const t of TEMPLATES) templateSelect.append(new Option(t.label, t.id));
templateSelect.addEventListener('change', async () => {
  const t = TEMPLATES.find((x) => x.id === templateSelect.value);
  templateSelect.value = '';
  if (!t) return;
  const before = docs.current.name;
  open(forNewPlan(await t.load()), `${t.id}.yaml`);
  say(`Đã mở mẫu “${t.label}” thành tài liệu mới; “${before}” vẫn mở trong danh sách tài liệu.`);
});

// A blank plan for a unit, as a new document.
const newPlanForm = newPlanDialog($<HTMLDialogElement>('new-plan-dialog'), $('new-plan'), (o) => engine.newPlan(o), (yaml, name) => {
  open(forNewPlan(yaml), name);
  say(`Đã tạo kế hoạch mới “${name}”: điền các chỗ ghi chú trong YAML hoặc dùng Biểu mẫu.`);
});

// Save the YAML.
async function save(): Promise<void> {
  const r = await saveYaml(view.state.doc.toString(), docs.current.name, docs.current.handle as Parameters<typeof saveYaml>[2]);
  if (!r) return;
  docs.current.handle = r.handle;
  docs.rename(r.name);
  $('file-name').textContent = r.name;
  say(`Đã lưu “${r.name}”.`);
}
$('save').addEventListener('click', save);
// Printing shows the pages only (the print stylesheet); the preview tab is shown first so its pages are laid out,
// as pages even when the reading view is on (Ctrl+P too: before and after printing).
$('print').addEventListener('click', () => {
  showTab('preview');
  print();
});
addEventListener('beforeprint', () => previewMode() === 'reading' && showPreview('pages'));
addEventListener('afterprint', () => previewMode() === 'reading' && showPreview());
addEventListener('keydown', (e) => {
  if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
    e.preventDefault();
    void save();
  }
});

// Downloads, produced in the worker: one button per output of kehoach's registry.
async function exportFile(c: ExportChoice): Promise<void> {
  say('Đang tạo tệp…');
  const r = await engine.exportFile(view.state.doc.toString(), { input: c.input, id: c.id });
  if (!r.bytes || !r.fileName) return say(`Không tạo được tệp: ${r.diagnostics.map((d) => d.message).join(' ') || 'kế hoạch có lỗi'}`, true);
  download(r.bytes, r.fileName, r.mediaType);
  say(`Đã tạo “${r.fileName}”.`);
}
renderExportButtons($('exports'), OUTPUTS, last?.ok === true, (c) => void exportFile(c));
// On a phone the download buttons fold under “Tải về ▾”.
$('exports-toggle').addEventListener('click', (e) => {
  const b = e.currentTarget as HTMLButtonElement;
  b.setAttribute('aria-expanded', String(b.getAttribute('aria-expanded') !== 'true'));
});

// Right-hand tabs (preview, forms) and, at phone width, the view switcher.
/** The text the forms were last filled from (or wrote), and whether a field was typed in since. */
let formsText: string | undefined;
let formsDirty = false;

/** Fills every form from the current text, keeping what each has chosen. */
function fillForms(ui: FormsUi): void {
  ui.forms.fill();
  ui.dutyForm.fill();
  ui.sectionForm.fill();
  ui.agencyForm.fill();
  formsText = view.state.doc.toString();
  formsDirty = false;
}

/** The forms (they read and write the YAML with the `yaml` library): loaded when first shown. */
interface FormsUi {
  forms: Forms;
  dutyForm: DutyForm;
  sectionForm: SectionForm;
  agencyForm: AgencyForm;
  fillAgencies(agencies: LoadReply['agencies']): void;
}
let formsLoading: Promise<FormsUi> | undefined;
function formsUi(): Promise<FormsUi> {
  formsLoading ??= Promise.all([import('./forms.js'), import('./duty-form.js'), import('./section-form.js'), import('./agency-form.js')]).then(([f, d, sf, a]) => {
    const read = () => view.state.doc.toString();
    // A form writes only over the text it was filled from: changed in the editor since (or by another tab), the
    // forms are filled again and nothing is written — a duty chosen by its place must not land on another one.
    const write = (t: string): boolean => {
      if (read() !== formsText) {
        fillForms(ui);
        say('Kế hoạch đã đổi trong trình soạn thảo từ khi biểu mẫu được điền: biểu mẫu vừa được điền lại theo nội dung mới, chưa ghi gì — nhập lại thay đổi rồi ghi.', true);
        return false;
      }
      setText(view, t);
      formsText = t;
      formsDirty = false;
      return true;
    };
    // The duty and section forms: a change made in one is shown in the other (a duty moved changes a section's count).
    const dutyForm: DutyForm = new d.DutyForm($<HTMLFormElement>('duty-form'), read, (t) => write(t) && (sectionForm.fill(), true), say);
    const sectionForm: SectionForm = new sf.SectionForm($<HTMLFormElement>('section-form'), read, (t) => write(t) && (dutyForm.fill(), true), say);
    const ui: FormsUi = {
      forms: new f.Forms($<HTMLFormElement>('forms'), read, write, say),
      dutyForm,
      sectionForm,
      agencyForm: new a.AgencyForm($<HTMLFormElement>('agency-form'), read, write, say),
      fillAgencies: (agencies) => d.fillAgencyList($<HTMLDataListElement>('agency-list'), agencies),
    };
    ui.fillAgencies(last?.agencies ?? []);
    $('panel-forms').addEventListener('input', () => (formsDirty = true));
    return ui;
  });
  return formsLoading;
}
function showTab(name: string): void {
  document.querySelectorAll<HTMLButtonElement>('[role="tab"]').forEach((t) => {
    const on = t.dataset.tab === name;
    t.setAttribute('aria-selected', String(on));
    t.tabIndex = on ? 0 : -1;
    $(t.getAttribute('aria-controls')!).hidden = !on;
  });
  if (name === 'forms') {
    // Busy (for screen readers, and scripts driving the page) until the forms are loaded and filled.
    const panel = $('panel-forms');
    if (!formsLoading) panel.setAttribute('aria-busy', 'true');
    void formsUi().then((ui) => {
      fillForms(ui);
      panel.removeAttribute('aria-busy');
    });
  }
}
const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
tabs.forEach((t) => t.addEventListener('click', () => showTab(t.dataset.tab!)));
// The tab list as ARIA has it: one Tab stop, the arrows (and Home, End) move between the tabs.
$('tab-preview').parentElement!.addEventListener('keydown', (e) => {
  const i = tabs.indexOf(document.activeElement as HTMLButtonElement);
  const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[e.key];
  if (i < 0 || to === undefined) return;
  e.preventDefault();
  const t = tabs[(to + tabs.length) % tabs.length]!;
  showTab(t.dataset.tab!);
  t.focus();
});
document.querySelectorAll<HTMLButtonElement>('.views [data-view]').forEach((b) =>
  b.addEventListener('click', () => {
    document.body.dataset.view = b.dataset.view!;
    document.querySelectorAll('.views [data-view]').forEach((x) => x.setAttribute('aria-pressed', String(x === b)));
    if (['preview', 'forms', 'clone'].includes(b.dataset.view!)) showTab(b.dataset.view!);
  }),
);

/** The reading view (one column the panel's width, the text at its printed size, a mark where each page begins): on by default on a phone. */
const reading = $<HTMLButtonElement>('reading-view');
reading.setAttribute('aria-pressed', String(matchMedia('(max-width: 760px)').matches));
function previewMode(): PreviewMode {
  return reading.getAttribute('aria-pressed') === 'true' ? 'reading' : 'pages';
}
reading.addEventListener('click', () => {
  reading.setAttribute('aria-pressed', String(previewMode() !== 'reading'));
  showPreview();
});

/** Paints the last valid preview as pages or as the reading view, keeping the panel's scroll; returns the page count. */
function showPreview(mode = previewMode()): number {
  if (!shown) return 0;
  const host = $('pages');
  const scroll = host.parentElement!.scrollTop;
  const n = renderPages(host, shown, mode);
  host.parentElement!.scrollTop = scroll;
  host.dataset.pages = String(n);
  $('zoom-real').hidden = mode === 'reading';
  return n;
}

// The pages are scaled to the width of their panel (an A4 page is 210 mm = 794 CSS pixels wide), or shown at their
// real size (“Cỡ thật”: text as printed, the panel scrolls sideways). Pinch zoom works as usual in either view.
const pagesPanel = $('panel-preview');
const zoomReal = $<HTMLButtonElement>('zoom-real');
const fitPages = () => {
  const real = zoomReal.getAttribute('aria-pressed') === 'true';
  const zoom = real ? 1 : Math.min(1, Math.max(0.2, (pagesPanel.clientWidth - 24) / 794));
  $('pages').style.setProperty('--zoom', zoom.toFixed(4));
};
new ResizeObserver(fitPages).observe(pagesPanel);
zoomReal.addEventListener('click', () => {
  zoomReal.setAttribute('aria-pressed', String(zoomReal.getAttribute('aria-pressed') !== 'true'));
  fitPages();
});

/** The form that edits what a JSON pointer points at, and the field to focus there. */
const FORM_FOR = [
  { form: 'agencyForm', field: 'a-name', words: 'Cơ quan đã chọn mở trong biểu mẫu “Cơ quan”.' },
  { form: 'dutyForm', field: 'd-text', words: 'Nhiệm vụ đã chọn mở trong biểu mẫu “Nhiệm vụ”.' },
  { form: 'sectionForm', field: 's-title', words: 'Mục đã chọn mở trong biểu mẫu “Mục”.' },
] as const;

/**
 * Opens the agency, duty or section at a JSON pointer in its form (the forms tab shown, the first field
 * focused); `quiet`: only when the forms tab is already shown, leaving the focus where it is (a click in the outline).
 */
async function editAt(path: string, quiet = false): Promise<void> {
  if (docs.current.heldElsewhere || (quiet && $('panel-forms').hidden)) return;
  const ui = await formsUi();
  const agency = /^\/agencies\/([^/]+)$/.exec(path)?.[1];
  const chosen = agency !== undefined ? (ui.agencyForm.choose(agency) ? FORM_FOR[0] : undefined) : ui.dutyForm.choose(path) ? FORM_FOR[1] : ui.sectionForm.choose(path) ? FORM_FOR[2] : undefined;
  if (!chosen) return;
  showTab('forms');
  if (quiet) return;
  $(chosen.field).focus();
  say(chosen.words);
}

// Clicking a previewed paragraph jumps to its line; a duty opens in the duty form, a section heading in the section form.
$('pages').addEventListener('click', (e) => {
  const p = (e.target as HTMLElement).closest<HTMLElement>('[data-line]');
  if (p) jumpTo(view, Number(p.dataset.line));
  const path = (e.target as HTMLElement).closest<HTMLElement>('[data-path]')?.dataset.path;
  if (path) void editAt(path);
});

// The skip links put the keyboard in the editor itself, or on the pages (the preview shown first).
document.querySelector('.skip')!.addEventListener('click', (e) => {
  e.preventDefault();
  view.focus();
});
$('skip-preview').addEventListener('click', (e) => {
  e.preventDefault();
  showTab('preview');
  if (matchMedia('(max-width: 760px)').matches) document.querySelector<HTMLButtonElement>('.views [data-view="preview"]')?.click();
  $('pages').focus();
});

// Clone the open plan for a lower unit: the unit's plan opens as a new document.
const cloneForm = $<HTMLFormElement>('clone-form');
cloneForm.addEventListener('submit', async (e) => {
  e.preventDefault();
  const unit = readUnitForm(cloneForm);
  if (typeof unit === 'string') return say(unit, true);
  say('Đang nhân bản…');
  const r = await engine.clone(view.state.doc.toString(), unit);
  renderCloneResult($('clone-result'), r);
  if (!r.yaml) return say('Không nhân bản được: xem thông báo trong biểu mẫu.', true);
  const slug = asciiName(unit.place).toLowerCase();
  open(forNewPlan(r.yaml), `ke-hoach-${slug || 'don-vi'}.yaml`);
  say(`Đã tạo kế hoạch của ${unit.name}${r.coverage ? `: mang sang ${r.coverage.covered} nhiệm vụ` : ''}. Kế hoạch cấp trên vẫn mở trong danh sách tài liệu.`);
});

// Start with every autosaved document (each at its newest version, the last shown in front); with none,
// the page's start screen opens the first one.
const index = readIndex();
const stored = index.docs.map((d) => ({ ...d, text: newestText(d.id) })).filter((d) => d.text !== undefined);
if (stored.length) {
  for (const d of stored) docs.add(d.text!, d.name, { id: d.id, show: false });
  const front = docs.all.findIndex((d) => d.id === index.current);
  docs.show(front >= 0 ? front : docs.count - 1);
  $('autosave').textContent = 'Đã mở lại bản tự lưu trong trình duyệt';
}
peers.start();

/** What the page's start screen asks of the studio. */
export interface Studio {
  /** How many documents are open. */
  readonly count: number;
  /** Opens an example (`examples/<id>.yaml`) as a new document. */
  openExample(id: string): Promise<void>;
  /** Opens a YAML file, or imports a received document, as a new document. */
  openFile(f: File): Promise<void>;
  /** Opens the “Kế hoạch mới” dialog, the unit kind chosen. */
  newPlan(unit?: string): void;
  /** Shows an open document. */
  show(id: string): void;
}

/** The studio, for the page's start screen. */
export const studio: Studio = {
  get count() {
    return docs.count;
  },
  async openExample(id) {
    const t = TEMPLATES.find((x) => x.id === id);
    if (!t) return;
    open(forNewPlan(await t.load()), `${t.id}.yaml`);
    say(`Đã mở ví dụ “${t.label}” thành tài liệu mới.`);
  },
  openFile,
  newPlan: (unit) => newPlanForm.open(unit),
  show(id) {
    const i = docs.all.findIndex((d) => d.id === id);
    if (i >= 0) docs.show(i);
  },
};
