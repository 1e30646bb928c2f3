/** The role of a body paragraph, which decides its formatting. */
export type ParagraphRole = 'opening' | 'section' | 'khoan' | 'body' | 'continuation' | 'trailer';

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
}

/** A plan as it is printed: what every renderer (DOCX, Markdown, text) lays out. */
export interface PrintedDocument {
  kind: 'ke-hoach' | 'cong-van';
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
  };
  /** `KẾ HOẠCH` and the title (a Kế hoạch only). */
  titleLines: string[];
  /** Công văn only: the Kính gửi list. */
  addressees: string[];
  body: DocParagraph[];
  signature?: { lines: string[]; name: string };
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
  body: DocParagraph[];
}
