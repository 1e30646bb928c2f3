/** The YAML editor: CodeMirror 6 with line numbers, colours, lint underlines, schema completion and hover. */
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { bracketMatching, defaultHighlightStyle, foldGutter, foldKeymap, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, lintKeymap, setDiagnostics, type Diagnostic as CmDiagnostic } from '@codemirror/lint';
import { Compartment, EditorSelection, EditorState, type Extension } from '@codemirror/state';
import {
  EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers, rectangularSelection,
} from '@codemirror/view';
import type { Finding } from './protocol.js';
import { fixLabel, ruleTag } from './findings.js';
import type { AgencySource } from './schema-assist.js';

/** CodeMirror's own words, in Vietnamese. */
const PHRASES: Record<string, string> = {
  Find: 'Tìm', Replace: 'Thay', next: 'tiếp', previous: 'trước', all: 'tất cả', 'match case': 'phân biệt hoa thường',
  regexp: 'biểu thức chính quy', 'by word': 'cả từ', replace: 'thay', 'replace all': 'thay tất cả', close: 'đóng',
  'Go to line': 'Tới dòng', go: 'tới', 'Folded lines': 'Các dòng đã gập', 'Unfolded lines': 'Các dòng đã mở',
  'Fold line': 'Gập dòng', 'Unfold line': 'Mở dòng', Diagnostics: 'Chẩn đoán', 'No diagnostics': 'Không có lỗi',
  Completions: 'Gợi ý', 'current match': 'kết quả hiện tại', 'on line': 'ở dòng', 'replaced match on line $': 'đã thay ở dòng $',
  'replaced $ matches': 'đã thay $ chỗ', 'Control character': 'Ký tự điều khiển',
};

/** Whether the document may be edited here (not while another tab holds it). */
const lock = new Compartment();
const lockOf = (readOnly: boolean): Extension => (readOnly ? [EditorState.readOnly.of(true), EditorView.editable.of(false)] : []);

/** Makes the shown document read-only (held by another tab) or editable again. */
export function setReadOnly(view: EditorView, readOnly: boolean): void {
  view.dispatch({ effects: lock.reconfigure(lockOf(readOnly)) });
}

/** Whether the shown document is read-only. */
export function isReadOnly(view: EditorView): boolean {
  return view.state.readOnly;
}

/** What every editor state has: the YAML mode, lint, keys, Vietnamese words (completion, hover and search: `assist`). */
function extensions(onChange: (text: string) => void): Extension[] {
  return [
    lineNumbers(), highlightActiveLineGutter(), foldGutter(), lintGutter(), history(), drawSelection(), indentOnInput(),
    syntaxHighlighting(defaultHighlightStyle, { fallback: true }), bracketMatching(), rectangularSelection(),
    highlightActiveLine(), yaml(),
    EditorState.tabSize.of(2),
    EditorState.phrases.of(PHRASES),
    EditorView.lineWrapping,
    // An explicit tabindex: checkers (axe) do not count contenteditable as focusable without one.
    EditorView.contentAttributes.of({ 'aria-label': 'Nội dung kế hoạch (YAML)', spellcheck: 'false', lang: 'vi', tabindex: '0' }),
    keymap.of([...defaultKeymap, ...historyKeymap, ...foldKeymap, ...lintKeymap, indentWithTab]),
    EditorView.updateListener.of((u) => {
      if (u.docChanged) onChange(u.state.doc.toString());
    }),
  ];
}

/**
 * Schema completion and hover, closing brackets, search (editor-assist.ts, with the schema): loaded when
 * the editor is first typed or clicked in, not before — a plan is shown and checked without them.
 */
const assist = new Compartment();
let assistExtensions: Extension = [];
let assistLoading: Promise<void> | undefined;

/** The editor and a way to make a fresh state (a document of its own, whose undo history starts at `text`). */
export interface Editor {
  view: EditorView;
  newState(text: string, readOnly?: boolean): EditorState;
  /** Shows a state (a document's), with the editor's assistance as loaded now. */
  setState(state: EditorState): void;
}

/** Creates the editor in `parent`; `onChange` gets the text after every change. */
export function createEditor(parent: HTMLElement, agencies: AgencySource, onChange: (text: string) => void): Editor {
  const ext = extensions(onChange);
  const newState = (doc: string, readOnly = false) => EditorState.create({ doc, extensions: [lock.of(lockOf(readOnly)), assist.of(assistExtensions), ext] });
  const view = new EditorView({ parent, state: newState('') });
  const refresh = () => {
    if (assist.get(view.state) !== assistExtensions) view.dispatch({ effects: assist.reconfigure(assistExtensions) });
  };
  // Letters typed before completion was there (it loads on the first click or key): completion opens when it comes, as if it had been.
  let typedBefore = false;
  let loaded = false;
  const load = () => {
    assistLoading ??= import('./editor-assist.js').then(async (m) => {
      assistExtensions = await m.assistExtensions(agencies);
      loaded = true;
      refresh();
      if (typedBefore && view.hasFocus) m.startCompletion(view);
    });
  };
  const typed = (e: KeyboardEvent) => {
    if (!loaded && e.key.length === 1 && !e.ctrlKey && !e.metaKey) typedBefore = true;
    load();
  };
  // Loaded when the clerk first types or clicks in the editor (a document opening focuses it without either).
  view.contentDOM.addEventListener('keydown', typed);
  view.dom.addEventListener('pointerdown', load, { once: true });
  return {
    view,
    newState,
    setState(state) {
      view.setState(state);
      refresh();
    },
  };
}

/** Replaces the whole text (one undoable step), keeping the unchanged start and end untouched. */
export function setText(view: EditorView, text: string): void {
  const old = view.state.doc.toString();
  if (old === text) return;
  let a = 0;
  while (a < old.length && a < text.length && old[a] === text[a]) a++;
  let b = 0;
  while (b < old.length - a && b < text.length - a && old[old.length - 1 - b] === text[text.length - 1 - b]) b++;
  view.dispatch({ changes: { from: a, to: old.length - b, insert: text.slice(a, text.length - b) } });
}

/** Moves the cursor to a 1-based line and column, scrolls it to the middle, and focuses the editor. */
export function jumpTo(view: EditorView, line: number, column = 1): void {
  const l = view.state.doc.line(Math.min(Math.max(1, line), view.state.doc.lines));
  const pos = Math.min(l.from + Math.max(0, column - 1), l.to);
  view.dispatch({ selection: EditorSelection.cursor(pos), effects: EditorView.scrollIntoView(pos, { y: 'center' }) });
  view.focus();
}

/** A 1-based line and column as an offset in the editor's text (clamped to the line). */
function offsetOf(doc: EditorView['state']['doc'], line: number, column: number): number {
  const l = doc.line(Math.min(Math.max(1, line || 1), doc.lines));
  return Math.min(l.from + Math.max(0, (column || 1) - 1), l.to);
}

/** The CodeMirror severity of a finding (the checker's `info` is CodeMirror's `info`). */
const cmSeverity = (s: string): CmDiagnostic['severity'] => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'info');

/**
 * Shows diagnostics and check findings as underlines. A finding with an end covers its words; a
 * loader diagnostic is underlined from its column to the end of the word there. The source is the
 * rule id (or the loader's code); a finding with a fix offers it as an action (`onFix`).
 */
export function showDiagnostics(view: EditorView, diagnostics: Finding[], onFix?: (d: Finding) => void): void {
  const doc = view.state.doc;
  const list: CmDiagnostic[] = diagnostics.map((d) => {
    const from = offsetOf(doc, d.line, d.column);
    let to: number;
    if (d.endLine && d.endColumn && (d.endLine > d.line || d.endColumn > d.column)) {
      // A finding about a whole block (a task, a list) is underlined on its first line only.
      to = Math.max(from, Math.min(offsetOf(doc, d.endLine, d.endColumn), d.endLine > d.line && !d.fix ? doc.lineAt(from).to : Infinity));
    } else {
      const l = doc.lineAt(from);
      const word = /^[^\s,:{}[\]]+/.exec(doc.sliceString(from, l.to))?.[0].length ?? 0;
      to = word ? from + word : l.to > from ? l.to : from;
    }
    const out: CmDiagnostic = {
      from,
      to,
      severity: cmSeverity(d.severity),
      message: `${d.message}${d.suggestion ? ` (${d.suggestion})` : ''}`,
      source: ruleTag(d),
    };
    if (d.fix && onFix) out.actions = [{ name: fixLabel(d), apply: () => onFix(d) }];
    return out;
  });
  view.dispatch(setDiagnostics(view.state, list));
}
