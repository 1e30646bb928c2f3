import type { TableCell, TableModel, TableRow } from '@kehoach/core';

/** A cell's text: its paragraphs joined by a space, rendered by `render`. */
function cellText(c: TableCell, render: (md: string) => string): string {
  return c.paragraphs.map(render).join(' ');
}

/** A table as plain text: a caption line, then one line per row with cells joined by ` | `. */
export function tableToText(t: TableModel, render: (md: string) => string): string {
  const line = (r: TableRow) => r.cells.filter((c) => !c.continued).map((c) => cellText(c, render)).join(' | ');
  return [...(t.title ? [render(t.title)] : []), ...t.header.map(line), ...t.rows.map(line)].join('\n');
}

/**
 * A table as a GitHub-flavoured Markdown pipe table: merged cells keep their text in the first
 * cell they cover and leave the others empty; header rows after the first and group rows are bold.
 */
export function tableToMarkdown(t: TableModel, render: (md: string) => string): string {
  const width = t.widths.length;
  const expand = (r: TableRow, bold: boolean, head = false) => {
    const out: string[] = [];
    for (const c of r.cells) {
      const text = c.continued ? '' : cellText(c, render).replace(/\|/g, '\\|');
      out.push(text && !head && (bold || c.bold) ? `**${text}**` : text);
      for (let k = 1; k < c.colSpan; k++) out.push('');
    }
    while (out.length < width) out.push('');
    return `| ${out.join(' | ')} |`;
  };
  const [first, ...rest] = t.header;
  const lines = [
    ...(t.title ? [`**${render(t.title)}**`, ''] : []),
    first ? expand(first, false, true) : `|${' |'.repeat(width)}`,
    `|${' --- |'.repeat(width)}`,
    ...rest.map((r) => expand(r, true)),
    ...t.rows.map((r) => expand(r, !!r.group)),
  ];
  return lines.join('\n');
}
