/** How a tag is written: `{name}` (text, escaped), `{@name}` (raw XML), `{#name}` … `{/name}` (loop or condition). */
export type TagKind = 'text' | 'raw' | 'loop';

/** What a template tag prints, whether the template must have it, and how it must be written. */
export interface TagInfo {
  vi: string;
  en: string;
  required: boolean;
  /** Default `text`. Only tags whose content the engine builds as XML are `raw`. */
  kind?: TagKind;
}

/** What each template tag prints (README “DOCX template”). */
export const TEMPLATE_TAGS: Readonly<Record<string, TagInfo>> = {
  hasParent: { vi: 'khối cơ quan chủ quản (điều kiện)', en: 'the parent-body block (condition)', required: false, kind: 'loop' },
  parentBody: { vi: 'tên cơ quan chủ quản', en: 'the parent body', required: false },
  issuer: { vi: 'tên cơ quan ban hành', en: 'the issuer', required: true },
  numberLine: { vi: 'dòng “Số: …/KH-…”', en: 'the number line', required: true },
  dateLine: { vi: 'dòng địa danh, ngày tháng', en: 'the place and date line', required: true },
  hasSubject: { vi: 'khối trích yếu “V/v …” dưới số (công văn; điều kiện)', en: 'the V/v subject block under the number (công văn; condition)', required: false, kind: 'loop' },
  subject: { vi: 'trích yếu “V/v …” dưới số', en: 'the V/v subject line', required: false },
  hasMarks: { vi: 'khối độ mật, độ khẩn dưới số, ký hiệu (điều kiện)', en: 'the secrecy and urgency marks under the number (condition)', required: false, kind: 'loop' },
  marks: { vi: 'dấu độ mật, độ khẩn: MẬT, HỎA TỐC … (vòng lặp)', en: 'the secrecy and urgency marks (loop)', required: false, kind: 'loop' },
  hasDraftMark: { vi: 'chỉ dẫn dự thảo trong khung, góc trên bên phải trang đầu (điều kiện)', en: 'the framed draft indication, top right of page 1 (condition)', required: false, kind: 'loop' },
  draftMark: { vi: 'chỉ dẫn dự thảo: DỰ THẢO hoặc DỰ THẢO LẦN 2', en: 'the draft indication: DỰ THẢO or DỰ THẢO LẦN 2', required: false },
  hasStamp: { vi: 'chữ ký số của văn bản kèm theo, góc trên bên phải trang đầu (điều kiện)', en: "an attachment's signature line, top right of page 1 (condition)", required: false, kind: 'loop' },
  stamp: { vi: 'số, ký hiệu và thời gian ký của văn bản ban hành (vòng lặp)', en: 'the promulgating number, symbol and signing date (loop)', required: false, kind: 'loop' },
  hasAttachedLine: { vi: 'dòng “(Ban hành kèm theo Quyết định số …)” dưới trích yếu (điều kiện)', en: 'the “Ban hành kèm theo …” line under the title (condition)', required: false, kind: 'loop' },
  attachedLine: { vi: 'dòng “(Ban hành kèm theo Quyết định số …)”', en: 'the “Ban hành kèm theo …” line', required: false },
  hasTypeLine: { vi: 'khối tên loại và trích yếu (KẾ HOẠCH, BÁO CÁO …; điều kiện)', en: 'the type line and title block (condition)', required: false, kind: 'loop' },
  typeLine: { vi: 'tên loại văn bản (KẾ HOẠCH, BÁO CÁO …)', en: 'the type line (KẾ HOẠCH …)', required: false },
  hasAddressees: { vi: 'khối Kính gửi (điều kiện)', en: 'the Kính gửi block (condition)', required: false, kind: 'loop' },
  addressees: { vi: 'danh sách Kính gửi (vòng lặp)', en: 'the Kính gửi list (loop)', required: false, kind: 'loop' },
  isCongVan: { vi: 'như hasSubject (tên cũ, giữ cho mẫu riêng đã có)', en: 'as hasSubject (old name, kept for existing templates)', required: false, kind: 'loop' },
  isKeHoach: { vi: 'như hasTypeLine (tên cũ, giữ cho mẫu riêng đã có)', en: 'as hasTypeLine (old name, kept for existing templates)', required: false, kind: 'loop' },
  title: { vi: 'trích yếu của văn bản', en: 'the title', required: true },
  body: { vi: 'toàn bộ nội dung (thẻ {@body})', en: 'the whole body (the {@body} tag)', required: true, kind: 'raw' },
  hasRecipients: { vi: 'khối Nơi nhận (điều kiện)', en: 'the Nơi nhận block (condition)', required: false, kind: 'loop' },
  recipients: { vi: 'các dòng Nơi nhận (vòng lặp)', en: 'the recipient lines (loop)', required: false, kind: 'loop' },
  hasSignature: { vi: 'khối chữ ký (điều kiện)', en: 'the signature block (condition)', required: false, kind: 'loop' },
  signatureLines: { vi: 'thẩm quyền và chức vụ người ký (vòng lặp)', en: 'authority and titles (loop)', required: false, kind: 'loop' },
  signerName: { vi: 'họ tên người ký', en: "the signer's name", required: false },
  appendix: { vi: 'phụ lục danh mục nhiệm vụ (thẻ {@appendix}, khổ ngang)', en: 'the task appendix (the {@appendix} tag, landscape)', required: false, kind: 'raw' },
};

interface Part {
  type?: string;
  value?: unknown;
  module?: string;
  subparsed?: Part[];
}

/** One tag as the template writes it. */
export interface TagUse {
  /** The tag's name (`title`, `.` inside a loop). */
  tag: string;
  kind: TagKind;
}

/**
 * A docxtemplater module that records the name of every tag of a template (`{#loop}`, `{@raw}`
 * and `{name}` give `loop`, `raw`, `name`) from the parsed parts, loop contents included, and how
 * each is written (`uses`: text, raw XML or loop; `{.}` inside loops included). Used
 * instead of docxtemplater's inspect module, which requires lodash without declaring it.
 */
export function tagRecorder(): { name: string; tags: Set<string>; uses: TagUse[]; postparse(parsed: Part[]): Part[] } {
  const tags = new Set<string>();
  const uses: TagUse[] = [];
  const walk = (parts: Part[]) => {
    for (const p of parts) {
      if (p.type === 'placeholder' && typeof p.value === 'string') {
        const tag = p.value.trim();
        uses.push({ tag, kind: p.module === 'rawxml' ? 'raw' : p.module === 'loop' ? 'loop' : 'text' });
        if (tag !== '.') tags.add(tag);
      }
      if (Array.isArray(p.subparsed)) walk(p.subparsed);
    }
  };
  return {
    name: 'KehoachTagRecorder',
    tags,
    uses,
    postparse(parsed: Part[]) {
      walk(parsed);
      return parsed;
    },
  };
}
