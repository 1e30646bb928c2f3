import type { ComposeHook } from './compose-hook.js';

/**
 * Everything a document kind means, in one object: how it is printed (type line or V/v, Kính gửi,
 * sections or articles), how it is numbered and cited, its Nghị định 30 form, its edXML type, what
 * the importer recognises it by and which check rules apply to it. Consumers read the profile; no
 * code outside `kinds/` compares a kind's id.
 */
export interface DocumentKindProfile {
  /** The id plans write: `kind: ke-hoach`. Lower case, words joined by hyphens. */
  id: string;
  /** The kind's name in citations and messages: `Kế hoạch`, `Công văn`. */
  name: string;
  /** Its form in Nghị định 30/2020/NĐ-CP, Phụ lục III (`Mẫu 1.4`). */
  form: string;
  header: {
    /**
     * The type line printed above the title (`KẾ HOẠCH`); without one the subject is printed under
     * the number as `V/v …` (công văn, Mẫu 1.5).
     */
    typeLine?: string;
    /** The Kính gửi list: needed, allowed, or never printed. */
    addressees: 'required' | 'optional' | 'none';
  };
  /**
   * The type abbreviation the symbol starts with (`KH` → `KH-UBND`); a kind without one (công văn)
   * takes its symbol as written, which is then required.
   */
  symbolPrefix?: string;
  /** Body shape: numbered sections (I, II … with khoản 1, 2 and điểm a, b) or articles (Điều 1, Điều 2 …). */
  body: 'sections' | 'articles';
  /** edXML (QCVN 102:2016/BTTTT): `DocumentType/Type` — 1 legal normative document, 2 administrative document. */
  edxml: { type: number };
  /** What a received document of this kind is recognised by. */
  recognise: {
    /** The type line as printed (spacing and case of the received text ignored); defaults to `header.typeLine`. */
    typeLine?: string;
    /** A `V/v …` subject under the number (Mẫu 1.5) marks this kind when no type line does. */
    subjectLine?: boolean;
  };
  /**
   * The rules that apply to documents of this kind, by id: load-phase warnings (`typed-number`) and the
   * content rules of `kehoach check`; the required load rules always run and need not be listed.
   */
  rules: readonly string[];
  /**
   * Mẫu 1.3: the enacting formula around the bases — the issuing authority in upper case on its own
   * line above them (`ỦY BAN NHÂN DÂN TỈNH …`, from `issuer.authority` or `issuer.name`) when
   * `authority`, and `line` after them (`QUYẾT ĐỊNH:`; a Nghị quyết would say `QUYẾT NGHỊ:`).
   */
  enacting?: { authority: boolean; line: string };
  /**
   * A kind that is made from another document's data: a plan's Tờ trình, its Quyết định ban hành, the
   * công văn that sends it (the plan's `dossier` block), and any kind a portal composes the same way
   * (a công văn đôn đốc, a Báo cáo of the plan's duties). See `compose-hook.ts` and `composeDossier`.
   */
  compose?: ComposeHook;
}

const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * Checks a profile and freezes it. Throws for a profile that contradicts itself (a programming
 * error, found when the kind is defined).
 *
 * @example
 * export default defineDocumentKind({ id: 'bao-cao', name: 'Báo cáo', form: 'Mẫu 1.4', … });
 */
export function defineDocumentKind(profile: DocumentKindProfile): DocumentKindProfile {
  const problems: string[] = [];
  if (!ID.test(profile.id)) problems.push(`id "${profile.id}" is not lower-case-with-hyphens`);
  if (!profile.header.typeLine && !profile.recognise.subjectLine) problems.push('a kind without a type line prints its subject as V/v and is recognised by it (recognise.subjectLine)');
  if (!profile.header.typeLine && profile.header.addressees === 'none') problems.push('a kind with a V/v subject (công văn) has a Kính gửi list');
  // Phụ lục III: KH, QĐ, TTr, CTr, QyĐ …
  if (profile.symbolPrefix !== undefined && !/^\p{Lu}\p{L}{0,5}$/u.test(profile.symbolPrefix)) problems.push(`symbolPrefix "${profile.symbolPrefix}" is not a type abbreviation (Phụ lục III: KH, QĐ, TTr …)`);
  if (!Number.isInteger(profile.edxml.type) || profile.edxml.type < 1) problems.push('edxml.type is a positive integer');
  if (new Set(profile.rules).size !== profile.rules.length) problems.push('a rule is listed twice');
  if (profile.enacting && !profile.enacting.line.trim()) problems.push('enacting.line is the line after the bases (QUYẾT ĐỊNH:)');
  if (profile.compose && !ID.test(profile.compose.from)) problems.push(`compose.from "${profile.compose.from}" is not a dossier key (lower-case-with-hyphens)`);
  if (problems.length) throw new Error(`document kind ${profile.id}: ${problems.join('; ')}`);
  return Object.freeze({ ...profile, header: Object.freeze({ ...profile.header }), edxml: Object.freeze({ ...profile.edxml }), recognise: Object.freeze({ ...profile.recognise }), rules: Object.freeze([...profile.rules]), ...(profile.enacting ? { enacting: Object.freeze({ ...profile.enacting }) } : {}), ...(profile.compose ? { compose: Object.freeze({ ...profile.compose }) } : {}) });
}
