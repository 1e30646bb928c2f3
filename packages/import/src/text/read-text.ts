import { LimitExceeded } from '../limit-exceeded.js';
import type { ReceivedDocument, ReceivedParagraph } from '../model.js';

/** Markdown emphasis and escapes removed: the plain text of a light-markdown line. */
export function stripMarkdown(text: string): string {
  return text
    .replace(/\*\*\*(\S(?:[^*]*\S)?)\*\*\*/g, '$1')
    .replace(/\*\*(\S(?:[^*]*\S)?)\*\*/g, '$1')
    .replace(/(^|[^\\*])\*(\S(?:[^*]*\S)?)\*/g, '$1$2')
    .replace(/\\([*\\_])/g, '$1');
}

const LIST_START = /^(?:[-+•*]\s|\d+(?:\.\d+)*[.)]\s|[a-zđ]\)\s|[IVXLC]+\.\s|\(\d+\)\s)/u;

/** What joining needs to know of a paragraph's plain text, kept as lines are joined (never re-read whole). */
interface Joined {
  p: ReceivedParagraph;
  /** Its text has emphasis marks or escapes: its plain text is stripMarkdown of the whole. */
  marked: boolean;
  /** Its plain text has a capital letter, and no lowercase one (a title in capitals). */
  hasUpper: boolean;
  allUpper: boolean;
  /** The end of its plain text (reading the end of a joined string would flatten it at every line). */
  tail: string;
}

const MARKS = /[*\\]/;
/** Plain text longer than this is no longer stripped again whole at each joined line (linear, not quadratic). */
const RESTRIP_MAX = 8192;

/** A line continues the paragraph above: that one has no closing punctuation and this one starts in lowercase. */
function continues(prev: Joined, line: string): boolean {
  if (/[.:;!?…]["”)]?$|\/\.$/.test(prev.tail.trimEnd())) return false;
  if (LIST_START.test(line)) return false;
  if (prev.hasUpper && prev.allUpper) return false; // a title in capitals ends its line

  return /^[\p{Ll}(“"]/u.test(line);
}

/** The capitals facts of a piece of plain text. */
const upperOf = (plain: string) => ({ hasUpper: /\p{Lu}/u.test(plain), allUpper: plain === plain.toLocaleUpperCase('vi') });

/** Joins `line` to the paragraph: its plain text extended, stripped again whole only while short and marked. */
function join(last: Joined, line: string): void {
  last.p.text = `${last.p.text} ${line}`;
  last.marked ||= MARKS.test(line);
  const piece = stripMarkdown(line);
  last.p.plain = last.marked && last.p.plain.length <= RESTRIP_MAX ? stripMarkdown(last.p.text) : `${last.p.plain} ${piece}`;
  if (last.marked && last.p.plain.length <= RESTRIP_MAX) Object.assign(last, upperOf(last.p.plain), { tail: last.p.plain.slice(-256) });
  else {
    last.tail = `${last.tail} ${piece}`.slice(-256);
    const u = upperOf(piece);
    last.hasUpper ||= u.hasUpper;
    last.allUpper &&= u.allUpper;
  }
}

/**
 * Reads plain text or light markdown (the seeds' format): one paragraph per line, blank lines
 * between; `#` heading marks dropped; a line that starts in lowercase after a line with no
 * closing punctuation is joined to it (hard-wrapped text, and page breaks of the original that
 * left a blank line in mid-sentence). Linear in the text's length; more than `maxParagraphs`
 * paragraphs throw `LimitExceeded`.
 */
export function readText(text: string, format: 'text' | 'markdown', maxParagraphs = Infinity): ReceivedDocument {
  const blocks: ReceivedParagraph[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let last: Joined | undefined;
  lines.forEach((raw, i) => {
    let line = raw.replace(/\t/g, ' ').trim();
    if (line === '') return;
    line = line.replace(/^#{1,6}\s+/, '').replace(/\s+/g, ' ');
    if (last && continues(last, stripMarkdown(line))) return join(last, line);
    const p: ReceivedParagraph = { kind: 'paragraph', text: line, plain: stripMarkdown(line), source: { line: i + 1 } };
    if (/^\*\*[^*]+\*\*$/.test(line)) p.bold = true;
    blocks.push(p);
    if (blocks.length > maxParagraphs) throw new LimitExceeded('IMPORT_TOO_MANY_PARAGRAPHS', { count: `> ${maxParagraphs}`, limit: maxParagraphs });
    last = { p, marked: MARKS.test(line), ...upperOf(p.plain), tail: p.plain.slice(-256) };
  });
  for (const p of blocks) if (p.bold && !/^\*\*[^*]+\*\*$/.test(p.text)) delete p.bold;
  return { format, blocks };
}
