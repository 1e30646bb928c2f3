/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP, “CSV Injection”): `=`, `+`,
 * `-`, `@`, and a tab or CR (which some programs strip before looking), with their full-width forms.
 */
const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;

/**
 * A text cell that Excel and LibreOffice show as text, never evaluate: a cell that would start a
 * formula gets a leading apostrophe, as OWASP advises (`=1+2` → `'=1+2`, `- Tuyên truyền` →
 * `'- Tuyên truyền`); any other text is unchanged.
 */
export function safeCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
