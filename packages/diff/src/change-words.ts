import type { ChangeKind, DutyField, HeaderField, PlanChange } from './model.js';

/** A change before its words: everything but `message` and `messageEn`. */
export type ChangeData = Omit<PlanChange, 'message' | 'messageEn'>;

/** The name of each field of a duty or a recipient in both languages. */
export const FIELD_WORDS: Readonly<Record<DutyField | 'purpose' | 'archive', readonly [vi: string, en: string]>> = {
  text: ['lời văn', 'wording'],
  title: ['tiêu đề', 'heading'],
  lead: ['chủ trì', 'lead'],
  support: ['phối hợp', 'support'],
  requested: ['đề nghị', 'requested'],
  monitor: ['theo dõi', 'follow-up'],
  time: ['thời gian', 'time'],
  output: ['sản phẩm', 'output'],
  purpose: ['ghi chú nơi nhận', 'purpose'],
  archive: ['lưu', 'archive line'],
};

/** The name of each line of the header in both languages. */
export const HEADER_WORDS: Readonly<Record<HeaderField, readonly [vi: string, en: string]>> = {
  kind: ['loại văn bản', 'document kind'],
  parent: ['cơ quan chủ quản', 'parent body'],
  issuer: ['cơ quan ban hành', 'issuer'],
  number: ['số, ký hiệu', 'number and symbol'],
  date: ['địa danh, ngày tháng', 'place and date'],
  typeLine: ['tên loại', 'type line'],
  addressees: ['kính gửi', 'addressees'],
  title: ['trích yếu', 'title'],
  signature: ['người ký', 'signature'],
};

/** Shortens a text to recognise it by: its first words, with “…”. */
export function excerpt(text: string, max = 70): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.lastIndexOf(' ', max);
  return `${t.slice(0, cut > max / 2 ? cut : max)}…`;
}

const none = (s: string | undefined) => (s === undefined || s === '' ? '(không có)' : s);
const noneEn = (s: string | undefined) => (s === undefined || s === '' ? '(none)' : s);
const q = (s: string | undefined) => (s ? ` “${excerpt(s)}”` : '');
const at = (c: ChangeData) => c.new?.ref || c.old?.ref || '';
const where = (ref: string, vi: boolean) => (ref ? ` ${ref}` : vi ? ' (phần mở đầu)' : ' (opening)');

/** How each kind of change is said, in Vietnamese and English: one entry per kind. */
const SAY: Readonly<Record<ChangeKind, (c: ChangeData) => readonly [string, string]>> = {
  'duty-added': (c) => [`Thêm nhiệm vụ ${at(c)}${q(c.subject)}`, `Duty added at ${at(c)}${q(c.subject)}`],
  'duty-removed': (c) => [`Bỏ nhiệm vụ ${c.old?.ref ?? ''}${q(c.subject)}`, `Duty removed from ${c.old?.ref ?? ''}${q(c.subject)}`],
  'duty-moved': (c) => [`Chuyển nhiệm vụ${q(c.subject)} từ ${c.old?.ref ?? ''} sang ${c.new?.ref ?? ''}`, `Duty${q(c.subject)} moved from ${c.old?.ref ?? ''} to ${c.new?.ref ?? ''}`],
  'duty-changed': (c) => {
    const [vi, en] = FIELD_WORDS[c.field as DutyField];
    if (c.field === 'text' || c.field === 'title') return [`Nhiệm vụ ${at(c)}: sửa ${vi}${q(c.subject)}`, `Duty ${at(c)}: ${en} changed${q(c.subject)}`];
    return [`Nhiệm vụ ${at(c)}${q(c.subject)}: ${vi} ${none(c.before)} → ${none(c.after)}`, `Duty ${at(c)}${q(c.subject)}: ${en} ${noneEn(c.before)} → ${noneEn(c.after)}`];
  },
  'text-added': (c) => [`Thêm đoạn ở${where(at(c), true)}${q(c.after)}`, `Paragraph added at${where(at(c), false)}${q(c.after)}`],
  'text-removed': (c) => [`Bỏ đoạn ở${where(c.old?.ref ?? '', true)}${q(c.before)}`, `Paragraph removed from${where(c.old?.ref ?? '', false)}${q(c.before)}`],
  'text-changed': (c) => [`Sửa lời văn ở${where(at(c), true)}${q(c.subject)}`, `Wording changed at${where(at(c), false)}${q(c.subject)}`],
  'header-changed': (c) => {
    const [vi, en] = HEADER_WORDS[c.field as HeaderField];
    return [`Phần đầu, ${vi}: ${none(c.before)} → ${none(c.after)}`, `Header, ${en}: ${noneEn(c.before)} → ${noneEn(c.after)}`];
  },
  'basis-added': (c) => [`Thêm căn cứ${q(c.after)}`, `Basis added${q(c.after)}`],
  'basis-removed': (c) => [`Bỏ căn cứ${q(c.before)}`, `Basis removed${q(c.before)}`],
  'basis-changed': (c) => [`Sửa căn cứ${q(c.subject)}`, `Basis changed${q(c.subject)}`],
  'recipient-added': (c) => [`Thêm nơi nhận “${c.after ?? ''}”`, `Recipient added “${c.after ?? ''}”`],
  'recipient-removed': (c) => [`Bỏ nơi nhận “${c.before ?? ''}”`, `Recipient removed “${c.before ?? ''}”`],
  'recipient-changed': (c) => {
    const [vi, en] = FIELD_WORDS[(c.field as 'purpose' | 'archive') ?? 'purpose'];
    return [`Nơi nhận${q(c.subject)}, ${vi}: ${none(c.before)} → ${none(c.after)}`, `Recipient${q(c.subject)}, ${en}: ${noneEn(c.before)} → ${noneEn(c.after)}`];
  },
  'appendix-added': (c) => [`Thêm ${c.new?.ref ?? 'phụ lục'}${q(c.after)}`, `Appendix added${q(c.after)}`],
  'appendix-removed': (c) => [`Bỏ ${c.old?.ref ?? 'phụ lục'}${q(c.before)}`, `Appendix removed${q(c.before)}`],
  'appendix-changed': (c) => [`${c.new?.ref ?? 'Phụ lục'}, tiêu đề: ${none(c.before)} → ${none(c.after)}`, `${c.new?.ref ?? 'Appendix'}, title: ${noneEn(c.before)} → ${noneEn(c.after)}`],
};

/** A change with its words in both languages. */
export function describe(c: ChangeData): PlanChange {
  const [message, messageEn] = SAY[c.kind](c);
  return { ...c, message, messageEn };
}
