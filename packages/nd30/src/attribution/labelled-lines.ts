/** The fields a labelled line gives: `Đơn vị chủ trì: …`, `Đơn vị phối hợp: …`, `Đề nghị: …`, `Sản phẩm: …`, `Thời gian hoàn thành: …`. */
export type LabelledField = 'lead' | 'support' | 'requested' | 'output' | 'time';

/** The labels plans print by default. */
export const DEFAULT_LINE_LABELS: Readonly<Record<LabelledField, string>> = {
  lead: 'Đơn vị chủ trì',
  support: 'Đơn vị phối hợp',
  requested: 'Đề nghị',
  time: 'Thời gian hoàn thành',
  output: 'Sản phẩm',
};

/** What the lines of one task say; names already joined (see joinLabelled), the time already in words. */
export interface LabelledLinesInput {
  lead?: string;
  support?: string;
  requested?: string;
  output?: string;
  time?: string;
  /** The task's own attribution wording, printed once under the lead label instead of the names. */
  attribution?: string;
}

/**
 * The labelled lines of a task, in the order plans print them: `Đơn vị chủ trì: …` (or the task's own
 * attribution wording), `Đơn vị phối hợp: …`, `Đề nghị: …`, `Sản phẩm: …`, `Thời gian hoàn thành: …`.
 * `labels` renames any of them (a plan's `labels:`).
 */
export function formatLabelledLines(x: LabelledLinesInput, labels: Partial<Record<LabelledField, string>> = {}): string[] {
  const l = { ...DEFAULT_LINE_LABELS, ...labels };
  const out: string[] = [];
  if (x.attribution !== undefined) out.push(`${l.lead}: ${x.attribution}`);
  else {
    if (x.lead) out.push(`${l.lead}: ${x.lead}`);
    if (x.support) out.push(`${l.support}: ${x.support}`);
    if (x.requested) out.push(`${l.requested}: ${x.requested}`);
  }
  if (x.output) out.push(`${l.output}: ${x.output}`);
  if (x.time) out.push(`${l.time}: ${x.time}`);
  return out;
}

/**
 * The labels received plans write, and the field each gives (tried in order; a label of a plan's
 * own, passed to {@link parseLabelledLine}, first).
 */
export const LINE_LABELS: ReadonlyArray<readonly [label: string, field: LabelledField]> = [
  ['Đơn vị chủ trì thực hiện', 'lead'], ['Đơn vị chủ trì', 'lead'], ['Cơ quan chủ trì', 'lead'], ['Chủ trì', 'lead'],
  ['Đơn vị thực hiện', 'lead'], ['Cơ quan thực hiện', 'lead'], ['Đơn vị tham mưu, thực hiện', 'lead'], ['Đơn vị tham mưu thực hiện', 'lead'],
  ['Đơn vị tham mưu', 'lead'], ['Cơ quan chủ trì thực hiện', 'lead'], ['Cơ quan tham mưu', 'lead'], ['Chủ trì thực hiện', 'lead'], ['Người thực hiện', 'lead'],
  ['Đơn vị phối hợp thực hiện', 'support'], ['Đơn vị phối hợp', 'support'], ['Cơ quan phối hợp', 'support'], ['Phối hợp', 'support'],
  ['Phối hợp thực hiện', 'support'],
  ['Thời gian hoàn thành', 'time'], ['Thời gian thực hiện', 'time'], ['Thời hạn hoàn thành', 'time'], ['Thời hạn', 'time'], ['Thời gian', 'time'],
  ['Đề nghị', 'requested'], ['Sản phẩm', 'output'],
];

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const linePattern = (label: string) => new RegExp(`^(${escapeRe(label)})\\s*:\\s*(.+?)\\.?\\s*$`, 'u');
const BUILT_IN: ReadonlyArray<readonly [RegExp, LabelledField]> = LINE_LABELS.map(([label, field]) => [linePattern(label), field] as const);

/**
 * Reads one labelled line (`- Đơn vị chủ trì thực hiện: Sở Khoa học và Công nghệ.`): its field, the
 * label as written and the value (without the final full stop). `labels` are a plan's own labels,
 * read first. `undefined` when the line has none of the labels.
 */
export function parseLabelledLine(line: string, labels: Partial<Record<LabelledField, string>> = {}): { field: LabelledField; label: string; value: string } | undefined {
  const own = (Object.entries(labels) as Array<[LabelledField, string | undefined]>).filter(([, v]) => v).map(([f, v]) => [linePattern(v!), f] as const);
  const t = line.normalize('NFC').trim().replace(/^[-+–•]?\s*/u, '');
  for (const [re, field] of [...own, ...BUILT_IN]) {
    const m = re.exec(t);
    if (m) return { field, label: m[1]!, value: m[2]! };
  }
  return undefined;
}
