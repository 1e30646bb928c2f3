import PizZip from 'pizzip';
import type { Checklist, ChecklistItem } from './checklist-model.js';
import { dueDateText, dueKindText } from './format-date-vi.js';
import { safeCell } from './csv-cell.js';

/** Options of `toXlsx`. */
export interface XlsxOptions {
  /** One sheet per agency after the sheet of all items. */
  sheetPerAgency?: boolean;
}

const FIXED_DATE = new Date(1980, 0, 1, 0, 0, 0);
const COLUMNS: Array<{ title: string; width: number; value: (i: ChecklistItem, n: number, c: Checklist) => string | number | Date | null }> = [
  { title: 'STT', width: 6, value: (_i, n) => n + 1 },
  { title: 'Mã', width: 10, value: (i) => i.ref },
  { title: 'Nội dung', width: 70, value: (i) => i.text },
  { title: 'Cơ quan thực hiện', width: 28, value: (i) => i.agency?.name ?? 'Chưa phân công' },
  { title: 'Vai trò', width: 12, value: (i) => ({ lead: 'chủ trì', support: 'phối hợp', requested: 'được đề nghị', reporter: 'báo cáo' } as const)[i.role ?? 'lead'] ?? '' },
  { title: 'Chủ trì', width: 28, value: (i) => i.lead.join('; ') },
  { title: 'Phối hợp', width: 28, value: (i) => i.support.join('; ') },
  { title: 'Bắt đầu', width: 12, value: (i) => (i.start ? new Date(`${i.start}T00:00:00Z`) : null) },
  { title: 'Hạn', width: 12, value: (i) => (i.due ? new Date(`${i.due}T00:00:00Z`) : null) },
  { title: 'Loại hạn', width: 12, value: (i) => dueKindText(i.due, i.dueKind) },
  { title: 'Giờ', width: 7, value: (i) => i.hour ?? '' },
  { title: 'Hạn (lời văn)', width: 28, value: (i) => dueDateText(i.due, i.dueKind, i.hour) },
  { title: 'Trạng thái', width: 22, value: (i) => i.status ?? '' },
  { title: 'Căn cứ', width: 40, value: (i, _n, c) => `${c.plan.citation}, mục ${i.ref}` },
  { title: 'Mã theo dõi', width: 40, value: (i) => i.id },
];

const esc = (s: string) =>
  s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Column letters: 0 → A, 25 → Z, 26 → AA. */
function col(n: number): string {
  return n < 26 ? String.fromCharCode(65 + n) : col(Math.floor(n / 26) - 1) + String.fromCharCode(65 + (n % 26));
}

/** Excel's serial day number of a UTC date (1900 system; dates after 1 March 1900). */
function serial(d: Date): number {
  return Math.round(d.getTime() / 86_400_000) + 25_569;
}

function cell(ref: string, v: string | number | Date | null, header: boolean): string {
  if (v === null || v === '') return '';
  if (v instanceof Date) return `<c r="${ref}" s="2"><v>${serial(v)}</v></c>`;
  if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
  // Text is text: an inline string is never a formula (safeCell keeps a CSV-minded reader safe too).
  return `<c r="${ref}" t="inlineStr"${header ? ' s="1"' : ''}><is><t xml:space="preserve">${esc(header ? v : safeCell(v))}</t></is></c>`;
}

function sheetXml(items: ChecklistItem[], c: Checklist): string {
  const last = col(COLUMNS.length - 1);
  const rows = [
    `<row r="1">${COLUMNS.map((k, j) => cell(`${col(j)}1`, k.title, true)).join('')}</row>`,
    ...items.map((i, n) => `<row r="${n + 2}">${COLUMNS.map((k, j) => cell(`${col(j)}${n + 2}`, k.value(i, n, c), false)).join('')}</row>`),
  ];
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    // The header row stays in view (frozen) and filters every column.
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    `<cols>${COLUMNS.map((k, j) => `<col min="${j + 1}" max="${j + 1}" width="${k.width}" customWidth="1"/>`).join('')}</cols>` +
    `<sheetData>${rows.join('')}</sheetData><autoFilter ref="A1:${last}${items.length + 1}"/></worksheet>`
  );
}

/** A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, unique. */
function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 28).trim() || 'Cơ quan';
  let n = base;
  for (let k = 2; taken.has(n.toLocaleLowerCase('vi')); k++) n = `${base} ${k}`;
  taken.add(n.toLocaleLowerCase('vi'));
  return n;
}

/**
 * The checklist as an Excel workbook (XLSX): real date cells shown dd/mm/yyyy (they sort and filter,
 * and no locale can swap day and month), a frozen header row with filters, text never read as a
 * formula; optionally a sheet per agency. Written directly as SpreadsheetML with pizzip, so it is
 * deterministic (same input, same bytes) and runs in browsers.
 *
 * @example
 * const bytes = toXlsx(deriveChecklist(plan).checklist, { sheetPerAgency: true });
 */
export function toXlsx(c: Checklist, options: XlsxOptions = {}): Uint8Array {
  const taken = new Set<string>();
  const sheets: Array<{ name: string; items: ChecklistItem[] }> = [{ name: sheetName('Tất cả', taken), items: c.items }];
  if (options.sheetPerAgency) {
    const by = new Map<string, ChecklistItem[]>();
    for (const i of c.items) by.set(i.agency?.name ?? 'Chưa phân công', [...(by.get(i.agency?.name ?? 'Chưa phân công') ?? []), i]);
    for (const [name, items] of by) sheets.push({ name: sheetName(name, taken), items });
  }
  const zip = new PizZip();
  const add = (name: string, xml: string) => zip.file(name, xml, { date: FIXED_DATE, createFolders: false });
  add('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    sheets.map((_, k) => `<Override PartName="/xl/worksheets/sheet${k + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') + '</Types>');
  add('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>');
  add('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
    sheets.map((s, k) => `<sheet name="${esc(s.name)}" sheetId="${k + 1}" r:id="rId${k + 1}"/>`).join('') + '</sheets>' +
    `<definedNames>${sheets.map((s, k) => `<definedName name="_xlnm._FilterDatabase" localSheetId="${k}" hidden="1">'${esc(s.name).replace(/'/g, "''")}'!$A$1:$${col(COLUMNS.length - 1)}$${s.items.length + 1}</definedName>`).join('')}</definedNames></workbook>`);
  add('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    sheets.map((_, k) => `<Relationship Id="rId${k + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${k + 1}.xml"/>`).join('') +
    `<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`);
  add('xl/styles.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>' +
    '<fonts count="2"><font><sz val="12"/><name val="Times New Roman"/></font><font><b/><sz val="12"/><name val="Times New Roman"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>');
  sheets.forEach((s, k) => add(`xl/worksheets/sheet${k + 1}.xml`, sheetXml(s.items, c)));
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' }) as Uint8Array;
}
