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

/** A line continues the paragraph above: that one has no closing punctuation and this one starts in lowercase. */
function continues(prev: string, line: string): boolean {
  if (/[.:;!?…]["”)]?$|\/\.$/.test(prev.trimEnd())) return false;
  if (LIST_START.test(line)) return false;
  if (/\p{Lu}/u.test(prev) && prev === prev.toLocaleUpperCase('vi')) return false; // a title in capitals ends its line

  return /^[\p{Ll}(“"]/u.test(line);
}

/**
 * Reads plain text or light markdown (the seeds' format): one paragraph per line, blank lines
 * between; `#` heading marks dropped; a line that starts in lowercase after a line with no
 * closing punctuation is joined to it (hard-wrapped text, and page breaks of the original that
 * left a blank line in mid-sentence).
 */
export function readText(text: string, format: 'text' | 'markdown'): ReceivedDocument {
  const blocks: ReceivedParagraph[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((raw, i) => {
    let line = raw.replace(/\t/g, ' ').trim();
    if (line === '') return;
    line = line.replace(/^#{1,6}\s+/, '').replace(/\s+/g, ' ');
    const last = blocks[blocks.length - 1];
    if (last && continues(last.plain, stripMarkdown(line))) {
      last.text = `${last.text} ${line}`;
      last.plain = stripMarkdown(last.text);
      return;
    }
    const p: ReceivedParagraph = { kind: 'paragraph', text: line, plain: stripMarkdown(line), source: { line: i + 1 } };
    if (/^\*\*[^*]+\*\*$/.test(line)) p.bold = true;
    blocks.push(p);
  });
  for (const p of blocks) if (p.bold && !/^\*\*[^*]+\*\*$/.test(p.text)) delete p.bold;
  return { format, blocks };
}
