import type { RecipientsInput, SignatureInput } from '@kehoach/schema';
import type { Line } from './lines.js';
import type { UnsureList } from './unsure.js';

const AUTHORITY = /^(TM|KT|Q|TL|TUQ)\s*\.\s*(.*)$/u;
const NOISE = /^(\(?đã ký\)?|\(ký,? .*\)|ký bởi|\[?chữ ký|\(ký tên|\(?ký và đóng dấu)/iu;

/** Where the body ends: the `Nơi nhận` line, or the signature lines at the end. */
export function bodyEnd(lines: readonly Line[], from: number, hasSignatureTable = false, signatureAt?: number): number {
  for (let i = from; i < lines.length; i++) if (isRecipientsHeading(lines[i]!)) return backOverSignature(lines, i, from);
  if (!hasSignatureTable) return backOverSignature(lines, lines.length, from);
  // Lines after the signature table that look like the signature (the signer's name set below it) end the body there.
  const at = signatureAt ?? lines.length;
  return lines.slice(at).every(signatureLike) ? Math.max(from, at) : lines.length;
}

/** `Nơi nhận:` starting the recipients (not a numbered heading such as “4. Nơi nhận bài thi”). */
export function isRecipientsHeading(l: Line): boolean {
  return !l.label && /^Nơi nhận\s*(?::|$)/u.test(l.text);
}

function signatureLike(l: Line): boolean {
  const t = l.text;
  if (l.label || l.table || t.split(' ').length > 9 || /[.;:]$/.test(t)) return false;
  return AUTHORITY.test(t) || t === t.toLocaleUpperCase('vi') || /^(\p{Lu}[\p{Ll}]*\s?){2,6}$/u.test(t) || NOISE.test(t);
}

function backOverSignature(lines: readonly Line[], end: number, from: number): number {
  let i = end;
  while (i - 1 > from && signatureLike(lines[i - 1]!) && end - i < 8) i--;
  return i;
}

/** Signature (stacked authority, titles, name) and recipients (with purposes, and the Lưu line). */
export function recogniseSignature(tail: readonly Line[], unsure: UnsureList): { signature?: SignatureInput; recipients?: RecipientsInput } {
  const to: RecipientsInput['to'] = [];
  let archive: string | undefined;
  let inRecipients = false;
  let afterArchive = false;
  const authority: NonNullable<SignatureInput['authority']> = [];
  const titles: string[] = [];
  let name: string | undefined;
  // several recipients on one line (“- Thường trực Tỉnh ủy; - Thường trực HĐND tỉnh;”): one line each
  const lines = tail.flatMap((l) => (/;\s*[-+]\s/u.test(l.text) ? l.text.split(/(?<=;)\s*(?=[-+]\s)/u).map((text) => ({ ...l, text: text.trim() })) : [l]));
  for (const l of lines) {
    const t = l.text.replace(/^\*+|\*+$/g, '').trim();
    if (!t || NOISE.test(t)) continue;
    const nn = /^Nơi nhận\s*:?\s*(.*)$/u.exec(t);
    if (nn) {
      inRecipients = true;
      continue;
    }
    const luu = /^(?:-\s*)?Lưu\s*:?\s*(.*?)[.;]?$/u.exec(t);
    if (luu) {
      // Recipients may follow the Lưu line (corpus 11: “Bản điện tử:” and its list come after it).
      archive = luu[1]!.trim() || 'VT';
      afterArchive = true;
      continue;
    }
    if (afterArchive && /^[^-+].*:$/u.test(t)) continue; // “Bản điện tử:” heading a second list (no place for it in the schema)
    if (inRecipients && (l.label?.kind === 'dash' || l.label?.kind === 'plus' || /^[-+]/.test(t))) {
      const raw = t.replace(/^[-+]\s*/, '').replace(/[;.,]$/, '');
      const p = /^(.*?)\s*\(((?:để |đề )?(?:b\/c|báo cáo|t\/h|thực hiện|biết|p\/h|phối hợp|chỉ đạo|theo dõi|đăng|đ\/b|th)[^()]*)\)$/iu.exec(raw);
      to.push(p ? { name: p[1]!, purpose: p[2]! } : { name: raw });
      continue;
    }
    if (inRecipients && !afterArchive && to.length && !AUTHORITY.test(t) && t !== t.toLocaleUpperCase('vi')) {
      const last = to[to.length - 1]!;
      last.name = `${last.name} ${t.replace(/[;.,]$/, '')}`;
      continue;
    }
    const a = AUTHORITY.exec(t);
    if (a) {
      if (!authority.length) titles.length = 0;
      authority.push({ type: a[1] as 'TM', ...(a[2] ? { of: a[2] } : {}) });
      continue;
    }
    if (t === t.toLocaleUpperCase('vi') && /\p{Lu}/u.test(t) && t.split(' ').length <= 8) {
      // Titles stand under the authority lines; upper-case lines before them are not the signature's.
      titles.push(t);
      if (!authority.length && titles.length > 2) titles.shift();
    }
    else if (/^(\p{Lu}[\p{Ll}]*\s?){2,6}$/u.test(t)) name = t;
  }
  const out: { signature?: SignatureInput; recipients?: RecipientsInput } = {};
  if (name || titles.length || authority.length) {
    if (!name) unsure.add(['signature', 'name'], 'không thấy họ tên người ký (bản gốc để trống hoặc đọc không được)', tail[0]?.source ?? {});
    out.signature = { ...(authority.length ? { authority } : {}), ...(titles.length ? { titles } : {}), name: name ?? '' };
    if (!name) out.signature.name = ' ';
  }
  if (to.length) out.recipients = { to, archive: archive ?? 'VT' };
  if (to.length && !archive) unsure.add(['recipients', 'archive'], 'không thấy dòng “Lưu:”: đặt mặc định VT', tail[0]?.source ?? {});
  return out;
}
