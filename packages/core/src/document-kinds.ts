/** What distinguishes one kind of document when it is printed and cited. */
export interface DocumentKindInfo {
  /** Name in a citation: `Kế hoạch`, `Công văn`. */
  name: string;
  /** The type line printed above the title (`KẾ HOẠCH`), or none (a công văn has `V/v` under its number). */
  typeLine?: string;
  /** Abbreviation of the type at the start of the symbol (`KH` → `KH-UBND`); none for a công văn. */
  symbolPrefix?: string;
  /** The subject goes under the number as `V/v …` (công văn) instead of under the type line. */
  subjectInHeader: boolean;
  /** Needs a Kính gửi list. */
  addressees: boolean;
}

/**
 * Every document kind, in one place: the schema's `kind` values and how each is printed and cited.
 * A báo cáo (`BC`) or a quyết định would be one more entry here.
 */
export const DOCUMENT_KINDS = {
  'ke-hoach': { name: 'Kế hoạch', typeLine: 'KẾ HOẠCH', symbolPrefix: 'KH', subjectInHeader: false, addressees: false },
  'cong-van': { name: 'Công văn', subjectInHeader: true, addressees: true },
} as const satisfies Record<string, DocumentKindInfo>;

/** A document kind's id. */
export type DocumentKind = keyof typeof DOCUMENT_KINDS;

/** The description of a kind. */
export function documentKind(kind: DocumentKind): DocumentKindInfo {
  return DOCUMENT_KINDS[kind];
}
