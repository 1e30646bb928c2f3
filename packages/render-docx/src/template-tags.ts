/** What each template tag prints (README “DOCX template”). */
export const TEMPLATE_TAGS: Record<string, { vi: string; en: string; required: boolean }> = {
  hasParent: { vi: 'khối cơ quan chủ quản (điều kiện)', en: 'the parent-body block (condition)', required: false },
  parentBody: { vi: 'tên cơ quan chủ quản', en: 'the parent body', required: false },
  issuer: { vi: 'tên cơ quan ban hành', en: 'the issuer', required: true },
  numberLine: { vi: 'dòng “Số: …/KH-…”', en: 'the number line', required: true },
  dateLine: { vi: 'dòng địa danh, ngày tháng', en: 'the place and date line', required: true },
  isCongVan: { vi: 'khối chỉ có ở công văn (điều kiện)', en: 'the công văn-only block (condition)', required: false },
  subject: { vi: 'trích yếu “V/v …” của công văn', en: 'the công văn subject line', required: false },
  addressees: { vi: 'danh sách Kính gửi (vòng lặp)', en: 'the Kính gửi list (loop)', required: false },
  isKeHoach: { vi: 'khối chỉ có ở kế hoạch (điều kiện)', en: 'the Kế hoạch-only block (condition)', required: false },
  title: { vi: 'trích yếu của kế hoạch', en: 'the title', required: true },
  body: { vi: 'toàn bộ nội dung (thẻ {@body})', en: 'the whole body (the {@body} tag)', required: true },
  hasRecipients: { vi: 'khối Nơi nhận (điều kiện)', en: 'the Nơi nhận block (condition)', required: false },
  recipients: { vi: 'các dòng Nơi nhận (vòng lặp)', en: 'the recipient lines (loop)', required: false },
  hasSignature: { vi: 'khối chữ ký (điều kiện)', en: 'the signature block (condition)', required: false },
  signatureLines: { vi: 'thẩm quyền và chức vụ người ký (vòng lặp)', en: 'authority and titles (loop)', required: false },
  signerName: { vi: 'họ tên người ký', en: "the signer's name", required: false },
  appendix: { vi: 'phụ lục danh mục nhiệm vụ (thẻ {@appendix}, khổ ngang)', en: 'the task appendix (the {@appendix} tag, landscape)', required: false },
};

interface Part {
  type?: string;
  value?: unknown;
  subparsed?: Part[];
}

/**
 * A docxtemplater module that records the name of every tag of a template (`{#loop}`, `{@raw}`
 * and `{name}` give `loop`, `raw`, `name`) from the parsed parts, loop contents included. Used
 * instead of docxtemplater's inspect module, which requires lodash without declaring it.
 */
export function tagRecorder(): { name: string; tags: Set<string>; postparse(parsed: Part[]): Part[] } {
  const tags = new Set<string>();
  const walk = (parts: Part[]) => {
    for (const p of parts) {
      if (p.type === 'placeholder' && typeof p.value === 'string' && p.value !== '.') tags.add(p.value.trim());
      if (Array.isArray(p.subparsed)) walk(p.subparsed);
    }
  };
  return {
    name: 'KehoachTagRecorder',
    tags,
    postparse(parsed: Part[]) {
      walk(parsed);
      return parsed;
    },
  };
}
