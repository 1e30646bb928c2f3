/**
 * The page: the start screen at once (start.ts, drawn with nothing else loaded), the studio (studio.ts:
 * the editor, and the worker running the kehoach library) when a document is opened — or at once when
 * this browser keeps documents from an earlier visit. Drag and drop opens a file either way.
 */
import './style.css';
import { renderExamples, renderRecent, wireStart } from './start.js';
import { TEMPLATES } from './templates.js';
import { readIndex } from './versions.js';
import type { Studio } from './studio.js';

const startScreen = document.getElementById('start')!;
let loading: Promise<Studio> | undefined;

/** The studio, loaded on first use. */
function studio(): Promise<Studio> {
  loading ??= import('./studio.js').then((m) => m.studio);
  return loading;
}

/** Shows the start screen (`true`) or the studio. */
function showStart(on: boolean): void {
  document.body.dataset.screen = on ? 'start' : 'studio';
  if (on) {
    void canGoBack().then((yes) => (document.getElementById('start-back')!.hidden = !yes));
    renderRecent(document.getElementById('start-recent')!, readIndex(), (id) => void run((s) => s.show(id)));
    startScreen.focus();
  }
}

/** Loads the studio, shows it, and does `what` there. */
async function run(what: (s: Studio) => unknown): Promise<void> {
  const status = document.getElementById('status')!;
  const opening = 'Đang mở trình soạn thảo…';
  if (!loading) status.textContent = opening;
  const s = await studio();
  if (status.textContent === opening) status.textContent = '';
  showStart(false);
  await what(s);
}

wireStart(startScreen, {
  newPlan: (unit) => void run((s) => s.newPlan(unit)),
  openFile: (f) => void run((s) => s.openFile(f)),
});
renderExamples(document.getElementById('start-examples')!, TEMPLATES, (id) => void run((s) => s.openExample(id)));
document.getElementById('home')!.addEventListener('click', () => showStart(true));
document.getElementById('start-back')!.addEventListener('click', () => void run(() => undefined));
/** Whether there is an open document to go back to (the studio loaded, a document open). */
async function canGoBack(): Promise<boolean> {
  return !!loading && (await loading).count > 0;
}

// Drag and drop anywhere on the page: a YAML file opens, a received document is imported.
addEventListener('dragover', (e) => {
  e.preventDefault();
  document.body.classList.add('dropping');
});
addEventListener('dragleave', (e) => {
  if (!e.relatedTarget) document.body.classList.remove('dropping');
});
addEventListener('drop', (e) => {
  e.preventDefault();
  document.body.classList.remove('dropping');
  const f = e.dataTransfer?.files[0];
  if (f) void run((s) => s.openFile(f));
});

// Documents kept from an earlier visit open at once; a first visit starts on the start screen.
if (readIndex().docs.length) void run((s) => s.count || showStart(true));
else showStart(true);
