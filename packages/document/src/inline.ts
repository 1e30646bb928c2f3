import type { Emphasis, Nodes, Paragraph, PhrasingContent, Root, Strong } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** A run of inline text with its formatting, or a line break. */
export type Run = { text: string; bold: boolean; italic: boolean } | { break: true };

const parser = unified().use(remarkParse);

/**
 * Escapes what markdown would read as block structure or entities, so that only inline
 * bold, italic and line breaks are interpreted: a leading `- `, `+ `, `* `, `1. `, `# `, `> `
 * or a rule (`***`, `---`) stays literal, and `&amp;` prints as written. A paragraph that starts
 * with `**bold**` or `*italic*` keeps its formatting (a list marker needs a space after it).
 */
export function escapeForInline(text: string): string {
  return text
    .replace(/&/g, '\\&')
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s+/, '')
        .replace(/^([-+*_])(?=\s*$|(?:\s*\1){2,}\s*$)/, '\\$1')
        .replace(/^([-+*])(?=\s)/, '\\$1')
        .replace(/^([>#=])/, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2'),
    )
    .join('\n');
}

/**
 * Parses one paragraph of inline markdown into runs with unified + remark-parse:
 * `**bold**`, `*italic*` and hard line breaks (two spaces or `\` before a newline, or a newline
 * in the text) become formatting; every other construct (links, HTML, code, `{tags}`) is printed
 * literally as it was written. User text is never interpreted as template syntax or XML.
 */
export function parseInline(text: string): Run[] {
  // Fast path: without any character that markdown could read as formatting, an entity, HTML,
  // code, a link or a line break, the text is one plain run (most paragraphs of a plan). A test
  // checks this gives exactly what remark gives on every paragraph of the examples.
  if (PLAIN.test(text)) {
    const t = text.normalize('NFC').replace(/^[ \t]+|[ \t]+$/g, '');
    return t ? [{ text: t, bold: false, italic: false }] : [];
  }
  return parseWithRemark(text);
}

const PLAIN = /^[^*_\\`[\]<>&!~|\n\r]*$/;

/** The full parse with unified + remark-parse (exported for the fast path's equivalence test). */
export function parseWithRemark(text: string): Run[] {
  const source = escapeForInline(text.normalize('NFC'));
  const tree = parser.parse(source) as Root;
  const runs: Run[] = [];
  const literal = (n: Nodes) => {
    const start = n.position?.start.offset;
    const end = n.position?.end.offset;
    const raw = start !== undefined && end !== undefined ? source.slice(start, end) : '';
    return raw.replace(/\\&/g, '&');
  };
  const push = (t: string, bold: boolean, italic: boolean) => {
    if (!t) return;
    const last = runs[runs.length - 1];
    if (last && 'text' in last && last.bold === bold && last.italic === italic) last.text += t;
    else runs.push({ text: t, bold, italic });
  };
  const walk = (nodes: PhrasingContent[], bold: boolean, italic: boolean) => {
    for (const n of nodes) {
      if (n.type === 'text') push(n.value.replace(/\n/g, ' '), bold, italic);
      else if (n.type === 'strong') walk((n as Strong).children, true, italic);
      else if (n.type === 'emphasis') walk((n as Emphasis).children, bold, true);
      else if (n.type === 'break') runs.push({ break: true });
      else push(literal(n), bold, italic);
    }
  };
  tree.children.forEach((block, i) => {
    if (i > 0) runs.push({ break: true });
    if (block.type === 'paragraph') walk((block as Paragraph).children, false, false);
    else push(literal(block), false, false);
  });
  return runs;
}

/** The plain text of runs: formatting dropped, breaks as newlines. */
export function runsToPlain(runs: Run[]): string {
  return runs.map((r) => ('break' in r ? '\n' : r.text)).join('');
}

/** The runs as Markdown again (normalised): `**bold**`, `*italic*`, breaks as `\` + newline. */
export function runsToMarkdown(runs: Run[]): string {
  return runs
    .map((r) => {
      if ('break' in r) return '\\\n';
      const t = r.text.replace(/([\\*_`[\]<&])/g, '\\$1');
      if (r.bold && r.italic) return `***${t}***`;
      if (r.bold) return `**${t}**`;
      if (r.italic) return `*${t}*`;
      return t;
    })
    .join('');
}
