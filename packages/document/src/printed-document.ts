import type { TableModel } from '@kehoach/core';

/** The role of a body paragraph, which decides its formatting. */
/**
 * The role of a body paragraph, which decides its formatting. `enacting` is a line of a kind's
 * enacting formula (Mẫu 1.3: the authority line above the bases, `QUYẾT ĐỊNH:` after them), centred
 * and bold, its words in `title`.
 */
export type ParagraphRole = 'opening' | 'enacting' | 'part' | 'section' | 'khoan' | 'body' | 'continuation' | 'trailer';

/** One printed paragraph of the body. Text fields hold inline markdown. */
export interface DocParagraph {
  role: ParagraphRole;
  /** Generated marker: `I.`, `1.`, `2.1.`, `a)`, `-`, `+` or empty. */
  label: string;
  /** Bold heading part (a mục, a titled khoản, an agency in a by-agency layout). */
  title?: string;
  /** Text after the label (and title). */
  text?: string;
  /** Title and text on one line, joined by `: `. */
  inline?: boolean;
  /** Outline depth: 0 for a mục. */
  depth: number;
  /** Reference of the outline node, e.g. `II.7.b`. */
  ref: string;
  /** JSON pointer of the input value this paragraph prints (for editors and the checker). */
  path?: string;
}

/** A table of the body or of an appendix. */
export interface DocTable {
  role: 'table';
  depth: number;
  ref: string;
  path?: string;
  table: TableModel;
  /**
   * A list printed as a table (the task appendix, a checklist): its cells hold plain text, not
   * inline markdown, and the DOCX lays it out compact (one line per item, rows may break across pages).
   */
  list?: boolean;
}

/** One block of the printed body: a paragraph or a table. */
export type DocBlock = DocParagraph | DocTable;

/** What identifies a document for the systems that receive it. */
export interface DocumentMeta {
  /** `Kế hoạch`, `Công văn`. */
  kindName: string;
  number?: number;
  /** Ký hiệu, e.g. `KH-UBND`. */
  symbol: string;
  /** `15/KH-UBND`, when issued. */
  numberAndSymbol?: string;
  /** ISO date of issue, when issued. */
  date?: string;
  place: string;
  issuer: string;
  /** The first signer: name, authority line and title. */
  signer?: { name: string; authority?: string; position?: string };
  /** A stable identity: issuer, symbol, number and date (or the draft's year). */
  identity: string;
  draft: boolean;
}

/** One signature block: authority lines and titles (upper case, bold), then the name. */
export interface DocSignature {
  lines: string[];
  name: string;
}

/** A plan as it is printed: what every renderer (DOCX, Markdown, text) lays out. */
export interface PrintedDocument {
  /** The document kind's id: its profile is `documentKind(kind)`. */
  kind: string;
  draft: boolean;
  header: {
    /** Cơ quan chủ quản, upper case, regular. */
    parentLines: string[];
    /** Cơ quan ban hành, upper case, bold. */
    issuerLines: string[];
    /** `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`. */
    nation: string;
    /** `Độc lập - Tự do - Hạnh phúc`. */
    motto: string;
    /** `Số: 15/KH-UBND`, or `Số:      /KH-UBND` for a draft. */
    numberLine: string;
    /** `Tuyên Quang, ngày 24 tháng 7 năm 2025`, blanks for a draft. */
    dateLine: string;
    /** Công văn only: `V/v …` under the number. */
    subjectLines: string[];
    /** Độ mật and độ khẩn (`MẬT`, `HỎA TỐC`), under the number and subject (Phụ lục I, ô 10a, 10b). */
    marks: string[];
    /**
     * The draft indication (chỉ dẫn về dự thảo văn bản, Phụ lục I): `DỰ THẢO` or `DỰ THẢO LẦN 2`, bold
     * upright capitals in a frame at the top right of page 1; only while the document is a draft.
     */
    draftMark?: string;
  };
  /**
   * A document promulgated by another (a plan attached to its Quyết định): the line under its title,
   * `(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 24/7/2025 của …)`.
   */
  attachedLine?: string;
  /**
   * The attachment's signature line of an issued attached document (Phụ lục I: top right of its
   * first page, no image: the promulgating document's number and symbol, and the date of signing),
   * Times New Roman 10; empty otherwise.
   */
  stamp: string[];
  /** The type line (`KẾ HOẠCH`) and the title, for kinds that print one; empty for a công văn. */
  titleLines: string[];
  /** The title (trích yếu), as data: e-office metadata, the DOCX core properties. */
  title: string;
  /** The facts a receiving system files the document by (DOCX properties, edXML): no scraping of page 1. */
  meta: DocumentMeta;
  /** Công văn only: the Kính gửi list. */
  addressees: string[];
  body: DocBlock[];
  /** Signature blocks: one, or several side by side (joint plans). */
  signatures: DocSignature[];
  recipients?: { heading: string; lines: string[] };
  /** The plan's own appendices, printed after the signature, each on its own page. */
  appendices: PrintedAppendix[];
}

/** One appendix as printed: `Phụ lục I`, its title in upper case, `(Kèm theo …)`, its body. */
export interface PrintedAppendix {
  heading: string;
  title: string;
  attached: string;
  landscape: boolean;
  body: DocBlock[];
}
