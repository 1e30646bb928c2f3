/**
 * The open documents: the plan being edited and the ones opened beside it (a template, a file, an
 * imported document, a unit's clone), each with its own id (its history in storage), text, undo
 * history and save target. A list above the editor switches between them; nothing is lost when
 * switching. Every document's undo history starts at the text it was opened with: undo never
 * empties a document that was just opened or reopened.
 */
import type { EditorState } from '@codemirror/state';
import type { Editor } from './editor.js';
import { newId } from './versions.js';

/** One open document. */
export interface OpenDocument {
  /** Its id in the browser's storage (its versions). */
  id: string;
  name: string;
  /** The text it was opened with, stored as its first version at its first edit. */
  opened: string;
  /** Where "Lưu YAML" writes it again (File System Access API), once saved. */
  handle?: unknown;
  /** Its editor state while another document is shown. */
  state?: EditorState;
  /** Held by another tab: shown read-only here. */
  heldElsewhere?: boolean;
}

/** The open documents and the list that switches between them. */
export class Documents {
  private readonly docs: OpenDocument[] = [];
  private index = -1;
  /** Called before another document is shown (the autosave stores the one leaving). */
  beforeShow: () => void = () => {};

  constructor(
    private readonly editor: Editor,
    private readonly select: HTMLSelectElement,
    /** Called after another document is shown (its text is in the editor). */
    private readonly onShow: (doc: OpenDocument) => void,
  ) {
    select.addEventListener('change', () => this.show(Number(select.value)));
    this.render();
  }

  /** The document in the editor. */
  get current(): OpenDocument {
    return this.docs[this.index]!;
  }

  /** How many documents are open. */
  get count(): number {
    return this.docs.length;
  }

  /** Every open document. */
  get all(): readonly OpenDocument[] {
    return this.docs;
  }

  /** The open document with this id. */
  byId(id: string): OpenDocument | undefined {
    return this.docs.find((d) => d.id === id);
  }

  /** Opens `text` as a new document named `name` (a new id unless given) and shows it unless `show` is false. */
  add(text: string, name: string, opts: { id?: string; show?: boolean; heldElsewhere?: boolean } = {}): OpenDocument {
    const doc: OpenDocument = { id: opts.id ?? newId(), name, opened: text, state: this.editor.newState(text, opts.heldElsewhere), heldElsewhere: opts.heldElsewhere };
    this.docs.push(doc);
    if (opts.show === false && this.index >= 0) this.render();
    else this.show(this.docs.length - 1);
    return doc;
  }

  /**
   * Puts `text` in document `doc` as a fresh state (no undo into the old text), read-only when held
   * elsewhere: what another tab wrote, or the document given back by it.
   */
  reload(doc: OpenDocument, text: string): void {
    doc.opened = text;
    const state = this.editor.newState(text, doc.heldElsewhere);
    if (doc === this.current) {
      this.editor.setState(state);
      this.onShow(doc);
    } else doc.state = state;
  }

  /** Renames the current document (after saving under another name). */
  rename(name: string): void {
    this.current.name = name;
    this.render();
  }

  /** Shows the document at `i`, keeping the current one's state. */
  show(i: number): void {
    if (i === this.index || !this.docs[i]) return this.render();
    if (this.index >= 0) {
      this.beforeShow();
      this.current.state = this.editor.view.state;
    }
    this.index = i;
    const next = this.current;
    this.editor.setState(next.state ?? this.editor.newState('', next.heldElsewhere));
    next.state = undefined;
    this.render();
    this.onShow(next);
  }

  private render(): void {
    this.select.replaceChildren(...this.docs.map((d, i) => new Option(d.name, String(i), i === this.index, i === this.index)));
    this.select.hidden = this.docs.length < 2;
  }
}
