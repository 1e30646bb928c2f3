import { pushRun, type TextRun } from '../inline-markdown.js';
import { readRunFormat, type RunFormat, type StyleSheet } from './styles.js';
import { attr, child, children, type El } from './xml.js';

/** Elements whose content is never printed text. */
const SKIP = new Set(['del', 'moveFrom', 'pPr', 'rPr', 'proofErr', 'bookmarkStart', 'bookmarkEnd', 'commentRangeStart', 'commentRangeEnd']);

/** Collects the printed runs of a paragraph: tracked insertions kept, deletions and field codes left out. */
export function collectRuns(p: El, styles: StyleSheet, paraStyle: string | undefined): TextRun[] {
  const base = styles.runFormat(paraStyle, true);
  const out: TextRun[] = [];
  let inFieldCode = 0; // depth of fields whose instruction part we are in
  const visit = (el: El): void => {
    for (const c of children(el)) {
      const name = c.localName ?? "";
      if (SKIP.has(name)) continue;
      if (name === 'r') {
        const rPr = child(c, 'rPr');
        const fmt: RunFormat = { ...base, ...styles.runFormat(attr(child(rPr, 'rStyle'), 'val'), false), ...readRunFormat(rPr) };
        for (const part of children(c)) {
          const kind = part.localName;
          if (kind === 'fldChar') {
            const type = attr(part, 'fldCharType');
            if (type === 'begin') inFieldCode++;
            else if ((type === 'separate' || type === 'end') && inFieldCode > 0) inFieldCode--;
            continue;
          }
          if (inFieldCode > 0) continue;
          const text = runPartText(part);
          if (text) push(out, text, fmt);
        }
      } else if (name === 'sdt') {
        const content = child(c, 'sdtContent');
        if (content) visit(content);
      } else {
        // hyperlink, ins, smartTag, customXml, fldSimple (its result runs), moveTo
        visit(c);
      }
    }
  };
  visit(p);
  return out;
}

function runPartText(part: El): string {
  switch (part.localName) {
    case 't': return part.textContent ?? '';
    case 'tab': case 'ptab': return '\t';
    case 'br': case 'cr': return attr(part, 'type') === 'page' || attr(part, 'type') === 'column' ? '' : '\n';
    case 'noBreakHyphen': return '-';
    case 'softHyphen': return '';
    case 'sym': {
      const code = Number.parseInt(attr(part, 'char') ?? '', 16);
      return code >= 0x20 && code < 0xf000 ? String.fromCharCode(code) : '';
    }
    default: return '';
  }
}

function push(out: TextRun[], text: string, fmt: RunFormat): void {
  const run: TextRun = { text, bold: fmt.bold === true, italic: fmt.italic === true };
  if (fmt.size !== undefined) run.size = fmt.size / 2;
  pushRun(out, run);
}
