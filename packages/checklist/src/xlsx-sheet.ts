import type { Checklist, ChecklistItem } from './checklist-model.js';
import { dueKindText, paddedDate } from './format-date-vi.js';

/** A cell's value: text, a number, a date (a real date cell), or nothing. */
export type XlsxValue = string | number | Date | null;
type Value = XlsxValue;

/**
 * What a cell may hold, checked by the spreadsheet program as it is typed (data validation): one of a
 * list (a drop-down), a date, or a number between two bounds. Its messages are shown to whoever fills it.
 */
export type XlsxValidation =
  | { type: 'list'; values: readonly string[]; prompt?: string; error: string }
  | { type: 'date'; prompt?: string; error: string }
  | { type: 'decimal'; min: number; max: number; prompt?: string; error: string };

/** One column of the checklist sheet: its title, width in characters, whether the page prints it, and an item's value. */
export interface XlsxColumn {
  title: string;
  width: number;
  print: boolean;
  value: (i: ChecklistItem, n: number, c: Checklist) => Value;
  /** What the cells below the header may hold (a drop-down, a date, a number). */
  validation?: XlsxValidation;
}

/**
 * The columns: title, width in characters (Times New Roman 12, Vietnamese words with their marks),
 * whether the page prints it, and the value of an item. The printed columns fit one landscape A4 page
 * wide at about 75 %; the last two (the plan's citation, which the page header carries, and the
 * tracking id, for systems) stay in the sheet but off the page.
 */
export const XLSX_COLUMNS: readonly XlsxColumn[] = [
  { title: 'STT', width: 5, print: true, value: (_i, n) => n + 1 },
  { title: 'Mã', width: 8, print: true, value: (i) => i.ref },
  { title: 'Nội dung', width: 42, print: true, value: (i) => i.text },
  { title: 'Cơ quan thực hiện', width: 18, print: true, value: (i) => i.agency?.name ?? 'Chưa phân công' },
  { title: 'Vai trò', width: 9, print: true, value: (i) => ({ lead: 'chủ trì', support: 'phối hợp', requested: 'được đề nghị', reporter: 'báo cáo' } as const)[i.role ?? 'lead'] ?? '' },
  { title: 'Chủ trì', width: 16, print: true, value: (i) => i.lead.join('; ') },
  { title: 'Phối hợp', width: 16, print: true, value: (i) => i.support.join('; ') },
  { title: 'Bắt đầu', width: 11, print: true, value: (i) => (i.start ? new Date(`${i.start}T00:00:00Z`) : null) },
  { title: 'Hạn', width: 11, print: true, value: (i) => (i.due ? new Date(`${i.due}T00:00:00Z`) : null) },
  { title: 'Loại hạn', width: 10, print: true, value: (i) => dueKindText(i.due, i.dueKind) },
  { title: 'Giờ', width: 6, print: true, value: (i) => i.hour ?? '' },
  { title: 'Thời gian (theo kế hoạch)', width: 18, print: true, value: (i) => i.time ?? '' },
  { title: 'Trạng thái', width: 13, print: true, value: (i) => i.status ?? '' },
  { title: 'Căn cứ', width: 30, print: false, value: (i, _n, c) => `${c.plan.citation}, mục ${i.ref}` },
  { title: 'Mã theo dõi', width: 30, print: false, value: (i) => i.id },
];

/**
 * The cell styles of styles.xml, by index: header, date, text, number (all with thin borders, text
 * wrapped at the top), and the text of the columns the page does not print (not wrapped).
 */
export const STYLE = { header: 1, date: 2, text: 3, number: 4, unprinted: 5 } as const;

/** Escapes text for XML (and drops the characters XML cannot hold). */
export const esc = (s: string): string =>
  s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Column letters: 0 → A, 25 → Z, 26 → AA. */
export function col(n: number): string {
  return n < 26 ? String.fromCharCode(65 + n) : col(Math.floor(n / 26) - 1) + String.fromCharCode(65 + (n % 26));
}

/** The last printed column's letter. */
export const LAST_PRINTED = col(XLSX_COLUMNS.filter((c) => c.print).length - 1);

/** Excel's serial day number of a UTC date (1900 system; dates after 1 March 1900). */
function serial(d: Date): number {
  return Math.round(d.getTime() / 86_400_000) + 25_569;
}

/** Points of one line of Times New Roman 12 in a cell (Excel's and LibreOffice's default row is 15.75). */
const LINE = 15.75;

/**
 * The lines a text takes in a column of `width` characters, wrapped at spaces: spreadsheet programs
 * keep a row's height as written, so the height of a wrapped row is written for them. A character of
 * Vietnamese text in Times New Roman 12 is narrower than the digit the width counts: about 4.65 pt
 * against 6 (measured on a LibreOffice print, Liberation Serif); 1.2 of them to a digit leaves room.
 */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, width * 1.2 - 1);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = word.length;
    if (used && used + 1 + w > room) {
      lines++;
      used = 0;
    }
    used += (used ? 1 : 0) + w;
    while (used > room) {
      lines++;
      used -= room;
    }
  }
  return lines;
}

/** A row's height in points: the most lines any of its printed cells takes (the others do not wrap). */
function rowHeight(values: readonly Value[], columns: readonly XlsxColumn[]): number {
  const lines = Math.max(1, ...values.map((v, j) => (typeof v === 'string' && v && columns[j]!.print ? wrappedLines(v, columns[j]!.width) : 1)));
  return lines * LINE;
}

/** A row of cells, its height written when its text wraps. */
function row(r: number, values: readonly Value[], header: boolean, columns: readonly XlsxColumn[]): string {
  const h = rowHeight(values, columns);
  const ht = h > LINE ? ` ht="${h.toFixed(2)}" customHeight="1"` : '';
  return `<row r="${r}"${ht}>${values.map((v, j) => cell(`${col(j)}${r}`, v, header, columns[j]!.print)).join('')}</row>`;
}

/**
 * The columns of a sheet: the checklist's own, with `extra` after the printed ones (before the plan's
 * citation and the tracking id, which the page does not print); the checklist's own alone when none.
 */
export function sheetColumns(extra: readonly XlsxColumn[] = []): readonly XlsxColumn[] {
  if (!extra.length) return XLSX_COLUMNS;
  const printed = XLSX_COLUMNS.filter((c) => c.print);
  return [...printed, ...extra, ...XLSX_COLUMNS.filter((c) => !c.print)];
}

/** The last printed column's letter among `columns` (printed columns come first). */
export const lastPrinted = (columns: readonly XlsxColumn[]): string => col(columns.filter((c) => c.print).length - 1);

/** The formula of a validation, and its type and bounds as SpreadsheetML writes them. */
function validationXml(v: XlsxValidation, sqref: string): string {
  const messages = `showInputMessage="1" showErrorMessage="1" errorTitle="Giá trị không hợp lệ" error="${esc(v.error)}"${v.prompt ? ` prompt="${esc(v.prompt)}"` : ''}`;
  if (v.type === 'list') return `<dataValidation type="list" allowBlank="1" ${messages} sqref="${sqref}"><formula1>"${esc(v.values.join(','))}"</formula1></dataValidation>`;
  if (v.type === 'date') return `<dataValidation type="date" operator="greaterThan" allowBlank="1" ${messages} sqref="${sqref}"><formula1>1</formula1></dataValidation>`;
  return `<dataValidation type="decimal" operator="between" allowBlank="1" ${messages} sqref="${sqref}"><formula1>${v.min}</formula1><formula2>${v.max}</formula2></dataValidation>`;
}

/** The sheet's data validations (none when no column has one). */
function dataValidations(columns: readonly XlsxColumn[], rows: number): string {
  const list = columns.flatMap((c, j) => (c.validation && rows > 1 ? [validationXml(c.validation, `${col(j)}2:${col(j)}${rows}`)] : []));
  return list.length ? `<dataValidations count="${list.length}">${list.join('')}</dataValidations>` : '';
}

function cell(ref: string, v: Value, header: boolean, printed: boolean): string {
  if (v === null || v === '') return header ? '' : `<c r="${ref}" s="${STYLE.text}"/>`;
  if (v instanceof Date) return `<c r="${ref}" s="${STYLE.date}"><v>${serial(v)}</v></c>`;
  if (typeof v === 'number') return `<c r="${ref}" s="${STYLE.number}"><v>${v}</v></c>`;
  // Text is text: an inline string (t="inlineStr") is never a formula, so it is written exactly as it is —
  // the CSV apostrophe guard would show in Excel as a visible `'=1+1` (issue 23); it belongs to CSV only.
  const style = header ? STYLE.header : printed ? STYLE.text : STYLE.unprinted;
  return `<c r="${ref}" t="inlineStr" s="${style}"><is><t xml:space="preserve">${esc(v)}</t></is></c>`;
}

/**
 * Text for a page header or footer: `&` doubled (a code starts with it), cut to 150 characters so that
 * with its codes the header stays within the 255 Excel accepts.
 */
const headerText = (s: string) => {
  const cut = s.length > 150 ? `${s.slice(0, 149)}…` : s;
  return esc(cut.replace(/&/g, '&&'));
};

/**
 * One worksheet: a frozen, filtered header row; and for printing, landscape A4 one page wide (as many
 * pages down as it takes), the header row repeated on every page (the workbook's `Print_Titles`), the
 * checklist's title in the page header with its date (the status date, else the print date), the plan's
 * citation and page numbers in the footer, thin borders and wrapped text.
 */
export function sheetXml(items: ChecklistItem[], c: Checklist, title: string, columns: readonly XlsxColumn[] = XLSX_COLUMNS): string {
  const last = col(columns.length - 1);
  const rows = [
    row(1, columns.map((k) => k.title), true, columns),
    ...items.map((i, n) => row(n + 2, columns.map((k) => k.value(i, n, c)), false, columns)),
  ];
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    // The header row stays in view (frozen) and filters every column.
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    `<cols>${columns.map((k, j) => `<col min="${j + 1}" max="${j + 1}" width="${k.width}" customWidth="1"/>`).join('')}</cols>` +
    `<sheetData>${rows.join('')}</sheetData><autoFilter ref="A1:${last}${items.length + 1}"/>` +
    dataValidations(columns, items.length + 1) +
    '<printOptions horizontalCentered="1"/>' +
    '<pageMargins left="0.4" right="0.4" top="0.75" bottom="0.6" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    `<headerFooter><oddHeader>&amp;L&amp;"Times New Roman,Bold"&amp;11${headerText(title)}&amp;R&amp;"Times New Roman,Regular"&amp;10${c.today ? `Tình trạng đến ngày ${paddedDate(c.today)}` : 'Ngày in: &amp;D'}</oddHeader>` +
    `<oddFooter>&amp;L&amp;"Times New Roman,Italic"&amp;9${headerText(c.plan.citation)}&amp;R&amp;"Times New Roman,Regular"&amp;10Trang &amp;P/&amp;N</oddFooter></headerFooter>` +
    '</worksheet>'
  );
}

/** styles.xml: Times New Roman 12 (the Normal style too); the header bold and centred; dates dd/mm/yyyy; thin borders; text wrapped at the top of its cell. */
export const STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>' +
  '<fonts count="2"><font><sz val="12"/><name val="Times New Roman"/></font><font><b/><sz val="12"/><name val="Times New Roman"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
  '<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top"/></xf></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';
