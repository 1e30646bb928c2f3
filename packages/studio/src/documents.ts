/**
 * The open documents: the plan being edited and the ones opened beside it (an imported document, a
 * unit's clone), each with its own text, undo history and save target. A list above the editor
 * switches between them; nothing is lost when switching.
 */
import type { EditorState } from '@codemirror/state';
import type { Editor } from './editor.js';

/** One open document. */
export interface OpenDocument {
  name: string;
  /** Where "Lưu YAML" writes it again (File System Access API), once saved. */
  handle?: unknown;
  /** Its editor state while another document is shown. */
  state?: EditorState;
}

/** The open documents and the list that switches between them. */
export class Documents {
  private readonly docs: OpenDocument[] = [{ name: 'ke-hoach.yaml' }];
  private index = 0;

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

  /** Opens `text` as a new document named `name` and shows it. */
  add(text: string, name: string): void {
    this.docs.push({ name, state: this.editor.newState(text) });
    this.show(this.docs.length - 1);
  }

  /** Renames the current document (after saving under another name). */
  rename(name: string): void {
    this.current.name = name;
    this.render();
  }

  /** Shows the document at `i`, keeping the current one's state. */
  show(i: number): void {
    if (i === this.index || !this.docs[i]) return this.render();
    this.current.state = this.editor.view.state;
    this.index = i;
    const next = this.current;
    this.editor.view.setState(next.state ?? this.editor.newState(''));
    next.state = undefined;
    this.render();
    this.onShow(next);
  }

  private render(): void {
    this.select.replaceChildren(...this.docs.map((d, i) => new Option(d.name, String(i), i === this.index, i === this.index)));
    this.select.hidden = this.docs.length < 2;
  }
}
