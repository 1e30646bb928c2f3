import PizZip from 'pizzip';
import type { Checklist, ChecklistItem } from './checklist-model.js';
import { STYLES_XML, col, esc, lastPrinted, sheetColumns, sheetXml, type XlsxColumn } from './xlsx-sheet.js';

/** Options of `toXlsx`. */
export interface XlsxOptions {
  /** One sheet per agency after the sheet of all items. */
  sheetPerAgency?: boolean;
  /**
   * Columns added after the printed ones (a tracking system's status, result and evidence, with their
   * drop-downs): the workbook is unchanged, byte for byte, without them.
   */
  columns?: readonly XlsxColumn[];
  /** The title of the first sheet's page header (default `Danh mục nhiệm vụ`). */
  title?: string;
}

const FIXED_DATE = new Date(1980, 0, 1, 0, 0, 0);

/** A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, unique. */
function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 28).trim() || 'Cơ quan';
  let n = base;
  for (let k = 2; taken.has(n.toLocaleLowerCase('vi')); k++) n = `${base} ${k}`;
  taken.add(n.toLocaleLowerCase('vi'));
  return n;
}

/** The workbook's defined names of one sheet: its filter, its printed columns, and its header row repeated on every page. */
function definedNames(s: { name: string; items: ChecklistItem[] }, k: number, columns: readonly XlsxColumn[]): string {
  const sheet = `'${esc(s.name).replace(/'/g, "''")}'`;
  const rows = s.items.length + 1;
  return (
    `<definedName name="_xlnm._FilterDatabase" localSheetId="${k}" hidden="1">${sheet}!$A$1:$${col(columns.length - 1)}$${rows}</definedName>` +
    `<definedName name="_xlnm.Print_Area" localSheetId="${k}">${sheet}!$A$1:$${lastPrinted(columns)}$${rows}</definedName>` +
    `<definedName name="_xlnm.Print_Titles" localSheetId="${k}">${sheet}!$1:$1</definedName>`
  );
}

/**
 * The checklist as an Excel workbook (XLSX): real date cells shown dd/mm/yyyy (they sort and filter,
 * and no locale can swap day and month), the time as the plan words it beside them (`Trước ngày 25
 * hằng tháng`), a frozen header row with filters, text never read as a formula; optionally a sheet per
 * agency. Ready to print: landscape A4, one page wide, the header row on every page, the title and
 * its date in the page header, column widths that fit Vietnamese text (wrapped in bordered cells).
 * Written directly as SpreadsheetML with pizzip, so it is deterministic (same input, same bytes) and
 * runs in browsers.
 *
 * @example
 * const bytes = toXlsx(deriveChecklist(plan).checklist, { sheetPerAgency: true });
 */
export function toXlsx(c: Checklist, options: XlsxOptions = {}): Uint8Array {
  const taken = new Set<string>();
  const columns = sheetColumns(options.columns);
  const title = options.title ?? 'Danh mục nhiệm vụ';
  const sheets: Array<{ name: string; title: string; items: ChecklistItem[] }> = [{ name: sheetName('Tất cả', taken), title, items: c.items }];
  if (options.sheetPerAgency) {
    const by = new Map<string, ChecklistItem[]>();
    for (const i of c.items) by.set(i.agency?.name ?? 'Chưa phân công', [...(by.get(i.agency?.name ?? 'Chưa phân công') ?? []), i]);
    for (const [name, items] of by) sheets.push({ name: sheetName(name, taken), title: `${title} — ${name}`, items });
  }
  const zip = new PizZip();
  const add = (name: string, xml: string) => zip.file(name, xml, { date: FIXED_DATE, createFolders: false });
  add('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    sheets.map((_, k) => `<Override PartName="/xl/worksheets/sheet${k + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') + '</Types>');
  add('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>');
  add('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
    sheets.map((s, k) => `<sheet name="${esc(s.name)}" sheetId="${k + 1}" r:id="rId${k + 1}"/>`).join('') + '</sheets>' +
    `<definedNames>${sheets.map((s, k) => definedNames(s, k, columns)).join('')}</definedNames></workbook>`);
  add('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    sheets.map((_, k) => `<Relationship Id="rId${k + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${k + 1}.xml"/>`).join('') +
    `<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`);
  add('xl/styles.xml', STYLES_XML);
  sheets.forEach((s, k) => add(`xl/worksheets/sheet${k + 1}.xml`, sheetXml(s.items, c, s.title, columns)));
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' }) as Uint8Array;
}
