import { make, type Document, type Element } from './xml.js';

/** Who made the changes and when, as Word records them on each revision. */
export interface RevisionAuthor {
  /** The name Word shows on each change (“Phòng Tư pháp”). */
  author: string;
  /** ISO date or date-time; none: the changes carry no date. */
  date?: string;
}

/** Makes the revision marks of one document: each with its own id, the author and the date. */
export class Revisions {
  private id: number;
  readonly author: string;
  readonly date: string | undefined;

  /** `firstId`: above every `w:id` the document already uses. */
  constructor(readonly doc: Document, who: RevisionAuthor, firstId = 1) {
    this.id = firstId;
    this.author = who.author;
    this.date = who.date === undefined ? undefined : who.date.length === 10 ? `${who.date}T00:00:00Z` : who.date;
  }

  /** The next free id (for a comment, which shares the ids of revisions). */
  nextId(): string {
    return String(this.id++);
  }

  /** A revision element `w:<name>` (ins, del, rPrChange, pPrChange, sectPrChange …) with id, author and date. */
  mark(name: string): Element {
    return make(this.doc, name, { id: String(this.id++), author: this.author, ...(this.date ? { date: this.date } : {}) });
  }
}
