import type { Checklist, ChecklistItem } from '@kehoach/checklist';
import type { Diagnostic } from '@kehoach/core';
import { formatShortDate, isIsoDate, parseShortDate } from '@kehoach/nd30';
import { PROGRESS_CODES, type ProgressCode } from './codes.js';
import { parseEvidenceList } from './evidence.js';
import { itemKey, resolveItemId } from './item-ids.js';
import { FILL_COLUMNS, ID_COLUMN } from './progress-columns.js';
import type { Progress, ProgressUpdate, ReportedStatus } from './progress-model.js';
import { readXlsx, type ReadCell, type ReadSheet } from './read-xlsx.js';
import { REPORTED_STATUSES } from './statuses.js';

/** Options of `readProgressXlsx`. */
export interface ProgressXlsxOptions {
  /** The plan's checklist (items the rows name). */
  checklist: Checklist;
  /** What is already recorded (ids resolved, as `loadProgress` with the checklist gives them). */
  progress?: Progress;
  /** The ISO date of the report the workbook brings back: each new update is dated so. */
  date: string;
  /** The id of the agency that returned the workbook: a row of another agency's duty is refused. */
  agency?: string;
  /** The workbook's name, for diagnostics. */
  file?: string;
}

/** One update read from a row. */
export interface ImportedUpdate {
  id: string;
  update: ProgressUpdate;
  /** `'Tất cả'!N5`: where it was read. */
  cell: string;
}

/** What a filled workbook brings back: new updates, how many rows repeat what is recorded, and every problem. */
export interface ProgressXlsxResult {
  updates: ImportedUpdate[];
  /** Rows whose values are what is already recorded (nothing to add). */
  unchanged: number;
  diagnostics: Diagnostic[];
}

type Field = keyof typeof FILL_COLUMNS;

/** Column letter → 1-based number. */
const colNumber = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

/** A cell's value as text, trimmed. */
const text = (c: ReadCell | undefined) => (c?.text ?? (c?.number !== undefined ? String(c.number) : '')).trim();

/** Excel's serial day (1900 system) as an ISO date. */
const fromSerial = (n: number) => new Date(Math.round((n - 25_569) * 86_400_000)).toISOString().slice(0, 10);

/** What each filled row says, or the diagnostics of its bad cells. */
interface RowContext {
  sheet: ReadSheet;
  columns: Partial<Record<Field | 'id', string>>;
  options: ProgressXlsxOptions;
  items: Map<string, ChecklistItem>;
  key: string;
  out: Diagnostic[];
}

const STATUS_BY_WORD = new Map<string, ReportedStatus>(
  Object.entries(REPORTED_STATUSES).flatMap(([id, label]) => [[id, id as ReportedStatus], [label.toLocaleLowerCase('vi'), id as ReportedStatus]]),
);

/** A diagnostic at a cell: the workbook's row and column, the sheet and cell named in the message. */
function at(ctx: RowContext, row: number, letters: string, code: ProgressCode, params: Record<string, string>): void {
  const cell = `'${ctx.sheet.name}'!${letters}${row}`;
  ctx.out.push(PROGRESS_CODES.create(code, { file: ctx.options.file ?? 'progress.xlsx', path: '', line: row, column: colNumber(letters) }, { cell, ...params }));
}

/** A date cell: a real date cell (a serial number), or text dd/mm/yyyy or YYYY-MM-DD; undefined when blank; null when bad. */
function readDate(c: ReadCell | undefined): string | null | undefined {
  if (!c || (c.number === undefined && !text(c))) return undefined;
  if (c.number !== undefined) return c.number > 0 && c.number < 2_958_466 ? fromSerial(c.number) : null;
  const t = text(c);
  return isIsoDate(t) ? t : parseShortDate(t) ?? null;
}

/** The update one row reports, or undefined (blank, or a bad cell: reported). */
function readRow(ctx: RowContext, row: { row: number; cells: Map<string, ReadCell> }): ImportedUpdate | undefined {
  const cell = (f: Field) => (ctx.columns[f] ? row.cells.get(ctx.columns[f]!) : undefined);
  const written = text(ctx.columns.id ? row.cells.get(ctx.columns.id) : undefined);
  const filled = (Object.keys(FILL_COLUMNS) as Field[]).filter((f) => text(cell(f)) !== '');
  if (!written || !filled.length) return undefined;
  const n = row.row;
  const errors = ctx.out.length;
  const id = resolveItemId(written, ctx.key, new Set(ctx.items.keys()));
  const item = ctx.items.get(id);
  if (!item) {
    at(ctx, n, ctx.columns.id!, 'PROGRESS_XLSX_UNKNOWN_ITEM', { id: written });
    return undefined;
  }
  const word = text(cell('reported'));
  const status = STATUS_BY_WORD.get(word.toLocaleLowerCase('vi'));
  if (!status) at(ctx, n, ctx.columns.reported ?? ctx.columns.id!, 'PROGRESS_XLSX_STATUS', { value: word, allowed: Object.values(REPORTED_STATUSES).join(', ') });
  const completed = readDate(cell('completed'));
  if (completed === null) at(ctx, n, ctx.columns.completed!, 'PROGRESS_XLSX_DATE', { value: text(cell('completed')) });
  else if (completed && status && status !== 'hoan-thanh') {
    at(ctx, n, ctx.columns.completed!, 'PROGRESS_XLSX_COMPLETED', { value: formatShortDate(completed), reason: `nhưng tình trạng là “${word}”`, reasonEn: `but the status is "${word}"` });
  } else if (completed && completed > ctx.options.date) {
    at(ctx, n, ctx.columns.completed!, 'PROGRESS_XLSX_COMPLETED', { value: formatShortDate(completed), reason: `sau ngày báo cáo ${formatShortDate(ctx.options.date)}`, reasonEn: `is after the report's date ${ctx.options.date}` });
  }
  const pc = cell('percent');
  const percent = pc?.number ?? (text(pc) ? Number(text(pc).replace('%', '').replace(',', '.')) : undefined);
  if (percent !== undefined && !(percent >= 0 && percent <= 100)) at(ctx, n, ctx.columns.percent!, 'PROGRESS_XLSX_PERCENT', { value: text(pc) });
  if (ctx.out.length > errors || !status) return undefined;
  const update: ProgressUpdate = { date: ctx.options.date, status };
  if (completed && completed !== ctx.options.date) update.completed = completed;
  if (percent !== undefined) update.percent = percent;
  for (const f of ['result', 'difficulties'] as const) if (text(cell(f))) update[f] = text(cell(f));
  if (text(cell('evidence'))) update.evidence = parseEvidenceList(text(cell('evidence')));
  if (item.agency) update.reporter = item.agency.name;
  return { id, update, cell: `'${ctx.sheet.name}'!${ctx.columns[filled[0]!]}${n}` };
}

/**
 * Whether two updates report the same: status, completion day (the report's own day when not written),
 * percent, result, evidence, difficulties — not the day of the report or who sent it.
 */
function same(a: ProgressUpdate, b: ProgressUpdate): boolean {
  const said = (u: ProgressUpdate) => JSON.stringify([u.status, u.status === 'hoan-thanh' ? u.completed ?? u.date : null, u.percent ?? null, u.result ?? null, u.evidence ?? null, u.difficulties ?? null]);
  return said(a) === said(b);
}

/** Short words for a recorded update in a conflict message: `Đã hoàn thành, báo cáo ngày 10/3/2026`. */
const recordedWords = (u: ProgressUpdate) => `${REPORTED_STATUSES[u.status]}, báo cáo ngày ${formatShortDate(u.date)}`;

/**
 * Decides, for each update read, whether it is new (kept), what is already recorded (counted as
 * unchanged), or in conflict with what is recorded — a different report of the same day or one
 * recorded later, or another row of the same item saying otherwise — which is shown, never resolved.
 */
function sieve(read: ImportedUpdate[], options: ProgressXlsxOptions, out: Diagnostic[], file: string): { updates: ImportedUpdate[]; unchanged: number } {
  const updates: ImportedUpdate[] = [];
  const unchanged = new Set<string>();
  const items = new Map(options.checklist.items.map((i) => [i.id, i]));
  const report = (u: ImportedUpdate, code: 'PROGRESS_XLSX_CONFLICT' | 'PROGRESS_XLSX_WRONG_AGENCY', params: Record<string, string>) => {
    const [, sheet, letters, row] = /^'(.*)'!([A-Z]+)(\d+)$/s.exec(u.cell)!;
    out.push(PROGRESS_CODES.create(code, { file, path: '', line: Number(row), column: colNumber(letters!) }, { cell: `'${sheet}'!${letters}${row}`, ref: items.get(u.id)?.ref ?? u.id, ...params }));
  };
  const conflict = (u: ImportedUpdate, other: ProgressUpdate, where?: string) => report(u, 'PROGRESS_XLSX_CONFLICT', {
    date: formatShortDate(u.update.date),
    other: where ? `ô ${where} (${REPORTED_STATUSES[other.status]})` : `bản đã ghi (${recordedWords(other)})`,
    otherEn: where ? `cell ${where}` : 'what is recorded',
  });
  // Items two rows of the workbook report differently: neither is merged.
  const split = new Set<string>();
  for (const u of read) {
    const recorded = options.progress?.items[u.id]?.updates ?? [];
    const last = recorded.reduce<ProgressUpdate | undefined>((a, b) => (!a || b.date >= a.date ? b : a), undefined);
    // What is recorded, sent back as it was filled in: nothing to add, whoever's row it is.
    if (last && same(last, u.update)) {
      unchanged.add(u.id);
      continue;
    }
    const owner = items.get(u.id)?.agency;
    if (options.agency && owner?.id !== options.agency) {
      report(u, 'PROGRESS_XLSX_WRONG_AGENCY', { owner: owner?.name ?? 'chưa phân công', agency: options.agency });
      continue;
    }
    const earlier = updates.find((x) => x.id === u.id);
    if (earlier) {
      if (!same(earlier.update, u.update)) {
        conflict(u, earlier.update, earlier.cell);
        split.add(u.id);
      }
    } else if (last && last.date >= u.update.date) conflict(u, last);
    else updates.push(u);
  }
  return { updates: updates.filter((u) => !split.has(u.id)), unchanged: unchanged.size };
}

/**
 * Reads a checklist workbook filled by an agency (`progressColumns`): every row whose fill-in cells
 * say something becomes an update dated `date`, by the row's tracking id (the “Mã theo dõi” column;
 * columns found by their titles, on every sheet). An unknown id, a status outside the list, a date
 * that does not parse, a percent out of range or a row of another agency's duty is an error at its
 * sheet, row and column, and its row is not imported; a row that repeats what is recorded adds
 * nothing; a row that contradicts what is recorded is a conflict, shown and not merged. Pure.
 *
 * @example
 * const { updates, diagnostics } = readProgressXlsx(bytes, { checklist, progress, date: '2026-05-02', agency: 'so-y-te' });
 */
export function readProgressXlsx(bytes: Uint8Array, options: ProgressXlsxOptions): ProgressXlsxResult {
  const file = options.file ?? 'progress.xlsx';
  const out: Diagnostic[] = [];
  let sheets: ReadSheet[];
  try {
    sheets = readXlsx(bytes);
  } catch (e) {
    return { updates: [], unchanged: 0, diagnostics: [PROGRESS_CODES.create('PROGRESS_XLSX_UNREADABLE', { file, path: '', line: 1, column: 1 }, { detail: (e as Error).message })] };
  }
  const items = new Map(options.checklist.items.map((i) => [i.id, i]));
  const key = itemKey(options.checklist);
  const read: ImportedUpdate[] = [];
  let withId = 0;
  for (const sheet of sheets) {
    const header = sheet.rows.find((r) => r.row === 1);
    const columns: RowContext['columns'] = {};
    for (const [letters, c] of header?.cells ?? []) {
      const title = text(c);
      if (title === ID_COLUMN) columns.id = letters;
      for (const [f, t] of Object.entries(FILL_COLUMNS)) if (title === t) columns[f as Field] = letters;
    }
    if (!columns.id) continue;
    withId++;
    const ctx: RowContext = { sheet, columns, options, items, key, out };
    for (const r of sheet.rows) if (r.row > 1) { const u = readRow(ctx, r); if (u) read.push(u); }
  }
  if (!withId) out.push(PROGRESS_CODES.create('PROGRESS_XLSX_UNREADABLE', { file, path: '', line: 1, column: 1 }, { detail: `không trang nào có cột “${ID_COLUMN}”` }));
  const { updates, unchanged } = sieve(read, options, out, file);
  return { updates, unchanged, diagnostics: out };
}
