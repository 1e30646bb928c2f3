import type { Command, OptionSpec } from './command.js';
import { GLOBAL_OPTIONS } from './parse-options.js';

const EXIT_CODES = 'Mã thoát: 0 thành công, 1 có lỗi trong kế hoạch hoặc tệp, 2 sai cách gọi lệnh.';

function optionUsage(o: OptionSpec): string {
  const names = `${o.short ? `-${o.short}, ` : ''}--${o.name}`;
  if (o.type === 'boolean') return names;
  return `${names} ${o.choices ? o.choices.join('|') : `<${o.arg ?? 'giá-trị'}>`}`;
}

/** One line per choice under an option that labels its choices: `docx  văn bản Word …`. */
function choiceLines(o: OptionSpec, width: number): string[] {
  const labels = o.choiceLabels;
  if (!labels || !o.choices) return [];
  const w = Math.max(...o.choices.map((c) => c.length)) + 2;
  return o.choices.map((c) => `  ${' '.repeat(width)}  ${c.padEnd(w)}${labels[c] ?? ''}`.trimEnd());
}

function optionLines(options: readonly OptionSpec[]): string[] {
  const left = options.map(optionUsage);
  const width = Math.min(34, Math.max(...left.map((l) => l.length)) + 2);
  return options.map((o, i) => {
    const extra = [o.multiple ? 'cho được nhiều lần' : '', o.defaultHelp !== undefined ? `mặc định: ${o.defaultHelp}` : o.default !== undefined && o.type === 'string' ? `mặc định: ${o.default}` : ''].filter(Boolean).join('; ');
    const text = o.help + (extra ? ` (${extra})` : '');
    const l = left[i]!;
    const line = l.length + 2 > width ? `  ${l}\n  ${' '.repeat(width)}${text}` : `  ${l.padEnd(width)}${text}`;
    return [line, ...choiceLines(o, width)].join('\n');
  });
}

/** The usage line of a command: `kehoach render <plan.yaml>… [tùy chọn]`. */
export function usageLine(c: Command): string {
  return `kehoach ${c.name} ${c.usage}${c.options.length ? ' [tùy chọn]' : ''}`.replace(/\s+$/, '');
}

/** `kehoach help <command>` and `kehoach <command> --help`: generated from the command's options. */
export function commandHelp(c: Command): string {
  const lines = [`${usageLine(c)}`, '', c.summary];
  if (c.description) lines.push('', c.description);
  lines.push('', 'Tùy chọn:', ...optionLines([...c.options, ...GLOBAL_OPTIONS]));
  if (c.examples?.length) lines.push('', 'Ví dụ:', ...c.examples.map((e) => `  ${e}`));
  lines.push('', EXIT_CODES);
  return lines.join('\n') + '\n';
}

/** `kehoach --help`: every command with its summary. */
export function globalHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    'kehoach — Kế hoạch hành chính dưới dạng dữ liệu (Nghị định 30/2020/NĐ-CP)',
    '',
    'Cách dùng: kehoach <lệnh> [tệp…] [tùy chọn]',
    '',
    'Các lệnh:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    'Tùy chọn chung:',
    '  -h, --help     hướng dẫn (kehoach help <lệnh> hoặc kehoach <lệnh> --help cho từng lệnh)',
    '  -V, --version  phiên bản',
    '  -q, --quiet    không in dòng tiến độ và dòng tóm tắt “Đã ghi …”',
    '',
    'Tệp: “-” là đầu vào chuẩn (stdin); mẫu *.yaml được mở rộng ngay trong lệnh (cả trên Windows).',
    'Màu chỉ dùng khi in ra màn hình; biến môi trường NO_COLOR tắt màu.',
    'Mã đã biên dịch được giữ trong thư mục đệm của người dùng (~/.cache/kehoach); KEHOACH_CACHE_DIR chọn thư mục khác, KEHOACH_CACHE_DIR=off tắt.',
    EXIT_CODES,
    '',
  ].join('\n');
}
