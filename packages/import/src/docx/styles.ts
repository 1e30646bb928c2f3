import { attr, child, childVal, children, childrenNamed, intAttr, onOff, parseXml, type El } from './xml.js';

/** Run formatting that matters to the importer. */
export interface RunFormat {
  bold?: boolean;
  italic?: boolean;
  /** Half-points (`w:sz`). */
  size?: number;
}

/** Paragraph formatting that matters to the importer (twips for indentation). */
export interface ParaFormat {
  jc?: string;
  left?: number;
  firstLine?: number;
  hanging?: number;
  numId?: string;
  ilvl?: number;
}

interface Style {
  name: string;
  basedOn?: string;
  para: ParaFormat;
  run: RunFormat;
  /** A table style that draws borders. */
  borders: boolean;
}

/** Reads the run properties of a `w:rPr` element. */
export function readRunFormat(rPr: El | undefined): RunFormat {
  const f: RunFormat = {};
  const b = onOff(rPr, 'b');
  const i = onOff(rPr, 'i');
  const sz = childVal(rPr, 'sz');
  if (b !== undefined) f.bold = b;
  if (i !== undefined) f.italic = i;
  if (sz !== undefined && /^\d+$/.test(sz)) f.size = Number(sz);
  return f;
}

/** Reads the paragraph properties of a `w:pPr` element. */
export function readParaFormat(pPr: El | undefined): ParaFormat {
  const f: ParaFormat = {};
  const jc = childVal(pPr, 'jc');
  if (jc) f.jc = jc;
  const ind = child(pPr, 'ind');
  if (ind) {
    const left = intAttr(ind, 'left') ?? intAttr(ind, 'start');
    if (left !== undefined) f.left = left;
    const firstLine = intAttr(ind, 'firstLine');
    if (firstLine !== undefined) f.firstLine = firstLine;
    const hanging = intAttr(ind, 'hanging');
    if (hanging !== undefined) f.hanging = hanging;
  }
  const numPr = child(pPr, 'numPr');
  if (numPr) {
    const numId = childVal(numPr, 'numId');
    if (numId !== undefined) f.numId = numId;
    const ilvl = childVal(numPr, 'ilvl');
    if (ilvl !== undefined) f.ilvl = Number(ilvl) || 0;
  }
  return f;
}

function drawsBorders(el: El | undefined): boolean {
  if (!el) return false;
  return children(el).some((side) => {
    const v = attr(side, 'val');
    return v !== undefined && v !== 'nil' && v !== 'none';
  });
}

/** The style sheet of a DOCX: names and inherited formatting of paragraph and character styles. */
export class StyleSheet {
  private readonly styles = new Map<string, Style>();
  private defaultPara?: string;
  private readonly docRun: RunFormat = {};

  constructor(xml: string | undefined) {
    if (!xml) return;
    const root = parseXml(xml);
    const defaults = child(child(root, 'docDefaults'), 'rPrDefault');
    Object.assign(this.docRun, readRunFormat(child(defaults, 'rPr')));
    for (const s of childrenNamed(root, 'style')) {
      const id = attr(s, 'styleId');
      if (!id) continue;
      const style: Style = {
        name: childVal(s, 'name') ?? id,
        para: readParaFormat(child(s, 'pPr')),
        run: readRunFormat(child(s, 'rPr')),
        borders: drawsBorders(child(child(s, 'tblPr'), 'tblBorders')),
      };
      const basedOn = childVal(s, 'basedOn');
      if (basedOn) style.basedOn = basedOn;
      this.styles.set(id, style);
      if (attr(s, 'type') === 'paragraph' && attr(s, 'default') === '1') this.defaultPara = id;
    }
  }

  /** The display name of a style id (`Heading1` → `heading 1`). */
  name(id: string | undefined): string | undefined {
    const s = this.styles.get(id ?? this.defaultPara ?? '');
    return s?.name;
  }

  private chain(id: string | undefined): Style[] {
    const out: Style[] = [];
    let cur = id ?? this.defaultPara;
    while (cur && out.length < 20) {
      const s = this.styles.get(cur);
      if (!s) break;
      out.push(s);
      cur = s.basedOn;
    }
    return out;
  }

  /** Paragraph formatting a style gives, the nearest definition winning. */
  paraFormat(id: string | undefined): ParaFormat {
    const out: ParaFormat = {};
    for (const s of this.chain(id).reverse()) Object.assign(out, s.para);
    return out;
  }

  /** Run formatting a paragraph or character style gives (document defaults included). */
  runFormat(id: string | undefined, isParagraphStyle: boolean): RunFormat {
    const out: RunFormat = isParagraphStyle ? { ...this.docRun } : {};
    const chain = isParagraphStyle ? this.chain(id) : this.chainExact(id);
    for (const s of chain.reverse()) Object.assign(out, s.run);
    return out;
  }

  /** True when a table style (or one it is based on) draws borders. */
  tableBorders(id: string | undefined): boolean {
    return id ? this.chain(id).some((s) => s.borders) : false;
  }

  private chainExact(id: string | undefined): Style[] {
    return id ? this.chain(id) : [];
  }
}
