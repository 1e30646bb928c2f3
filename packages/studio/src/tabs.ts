/**
 * Tabs of the studio see each other through a BroadcastChannel: a document open in an earlier tab is
 * shown read-only in a later one (“đang mở ở thẻ khác”), until that tab gives it up (“Sửa ở thẻ
 * này” asks for it) or closes. What one tab autosaves, the others showing it read-only reload. No
 * tab ever writes over another's work without being told.
 *
 * Messages: `who` (a tab starts and asks), `have` (the ids a tab holds, with its start time: the
 * earlier tab wins), `saved` (a new version of a document), `take` and `released` (a tab asks for a
 * document and gets it), `bye` (a tab closes: its documents are free). Texts travel in the messages:
 * another tab's localStorage may not have caught up when the message arrives.
 */

type Message =
  | { type: 'who'; from: string; since: number }
  | { type: 'have'; from: string; since: number; ids: string[] }
  | { type: 'saved'; from: string; id: string; text: string }
  | { type: 'take'; from: string; id: string }
  | { type: 'released'; from: string; id: string; to: string; text?: string }
  | { type: 'bye'; from: string; ids: string[] };

/** What the page does when another tab holds, frees or changes a document. */
export interface TabEvents {
  /** The ids of the documents this tab holds (editable here). */
  held(): string[];
  /** Another tab holds `id` (`true`) or gave it up (`false`). */
  heldElsewhere(id: string, held: boolean): void;
  /** Another tab stored a new version of `id`. */
  savedElsewhere(id: string, text: string): void;
  /** Another tab asks for `id`: save it now (before it is released) and give its text. */
  release(id: string): string | undefined;
}

/** This tab's end of the channel. */
export class TabSync {
  private readonly channel: BroadcastChannel | undefined;
  private readonly me = Math.random().toString(36).slice(2);
  private readonly since = Date.now() + Math.random();
  /** Which tab holds each document held elsewhere. */
  private readonly holders = new Map<string, string>();
  private readonly waiting = new Map<string, (text?: string) => void>();

  constructor(private readonly on: TabEvents) {
    this.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('kehoach-studio') : undefined;
    if (!this.channel) return;
    this.channel.onmessage = (e: MessageEvent<Message>) => this.receive(e.data);
    addEventListener('pagehide', () => this.post({ type: 'bye', from: this.me, ids: this.on.held() }));
  }

  /** Asks the other tabs which documents they hold. */
  start(): void {
    this.post({ type: 'who', from: this.me, since: this.since });
  }

  /** Tells the other tabs that `text` is stored as a new version of `id`. */
  saved(id: string, text: string): void {
    this.post({ type: 'saved', from: this.me, id, text });
  }

  /** Tells the other tabs this tab now holds `ids` (documents it just opened or took). */
  announce(): void {
    this.post({ type: 'have', from: this.me, since: this.since, ids: this.on.held() });
  }

  /** Asks the tab holding `id` to give it up; resolves with its text once it did (or undefined after a second without an answer). */
  take(id: string): Promise<string | undefined> {
    this.holders.delete(id);
    return new Promise((resolve) => {
      const done = (text?: string) => {
        this.waiting.delete(id);
        clearTimeout(timer);
        resolve(text);
      };
      const timer = setTimeout(done, 1000);
      this.waiting.set(id, done);
      this.post({ type: 'take', from: this.me, id });
    });
  }

  private post(m: Message): void {
    this.channel?.postMessage(m);
  }

  private receive(m: Message): void {
    if (m.type === 'who') {
      const ids = this.on.held();
      if (ids.length) this.post({ type: 'have', from: this.me, since: this.since, ids });
    } else if (m.type === 'have') {
      if (m.since >= this.since) return; // the later tab yields
      for (const id of m.ids) {
        this.holders.set(id, m.from);
        this.on.heldElsewhere(id, true);
      }
    } else if (m.type === 'saved') {
      if (this.holders.has(m.id)) this.on.savedElsewhere(m.id, m.text);
    } else if (m.type === 'take') {
      if (!this.on.held().includes(m.id)) return;
      const text = this.on.release(m.id);
      this.holders.set(m.id, m.from);
      this.on.heldElsewhere(m.id, true);
      this.post({ type: 'released', from: this.me, id: m.id, to: m.from, ...(text !== undefined ? { text } : {}) });
    } else if (m.type === 'released') {
      if (m.to === this.me) this.waiting.get(m.id)?.(m.text);
    } else if (m.type === 'bye') {
      for (const id of m.ids) {
        if (this.holders.get(id) !== m.from) continue;
        this.holders.delete(id);
        this.on.heldElsewhere(id, false);
      }
    }
  }
}
