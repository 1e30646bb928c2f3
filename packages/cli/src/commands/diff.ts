import { UsageError, type Command } from '../command.js';
import { extensionOf, hasExtension } from '../file-extension.js';

/** What `kehoach diff` writes, by `--format` or by the extension of `-o`. */
export type DiffFormat = 'text' | 'json' | 'markdown' | 'docx';

/** The extensions `-o` takes, and the format each one means. */
export const DIFF_EXTENSIONS: Readonly<Record<string, DiffFormat>> = { '.txt': 'text', '.json': 'json', '.md': 'markdown', '.markdown': 'markdown', '.docx': 'docx' };

/** The format asked for: `--format`, else the extension of `-o`, else text; an extension it cannot write is refused. */
function chooseFormat(values: Record<string, unknown>): DiffFormat {
  const output = values.output;
  const byName = typeof output === 'string' && output !== '-' && hasExtension(output) ? DIFF_EXTENSIONS[extensionOf(output)] : undefined;
  if (typeof output === 'string' && output !== '-' && hasExtension(output) && !byName && values.format === undefined) {
    throw new UsageError(`kehoach diff không ghi được tệp “${output}”: đặt tên tệp ${Object.keys(DIFF_EXTENSIONS).join(', ')} (hoặc chọn --format)`);
  }
  return (values.format as DiffFormat | undefined) ?? byName ?? 'text';
}

/** `kehoach diff`. */
export const diff: Command = {
  name: 'diff',
  summary: 'So sánh hai bản kế hoạch theo nội dung; -o bản.docx: văn bản mới có theo dõi thay đổi (Track Changes) so với bản cũ',
  usage: '<ban-cu.yaml> <ban-moi.yaml>',
  description: [
    'Liệt kê nhiệm vụ thêm, bỏ, chuyển chỗ; chủ trì, phối hợp, thời gian đổi (cũ → mới); lời văn sửa từng từ; phần đầu, căn cứ,',
    'nơi nhận, phụ lục. Nhiệm vụ ghép theo mã rồi theo lời văn: đánh số lại không phải là thay đổi.',
    'Với -o tệp .docx: văn bản của bản mới, các chỗ sửa là thay đổi được theo dõi (chấp nhận tất cả ra bản mới, từ chối tất cả',
    'ra bản cũ), ghi chú góp ý (review) của bản mới là nhận xét (comment) của Word.',
    'Trả về 0 nếu không khác, 1 nếu khác, 2 nếu có lỗi (như lệnh diff).',
  ].join('\n'),
  positionals: { min: 2, max: 2 },
  options: [
    { name: 'format', short: 'f', type: 'string', choices: ['text', 'json', 'markdown', 'docx'], defaultHelp: 'theo đuôi tệp -o, không có thì text', help: 'cách in kết quả' },
    { name: 'output', short: 'o', type: 'string', arg: 'tep', help: 'tệp ra (.txt, .json, .md, .docx); “-” hoặc không có: đầu ra chuẩn' },
    { name: 'author', type: 'string', arg: 'ten', help: 'người sửa ghi trên các thay đổi của tệp DOCX (mặc định: kehoach)' },
    { name: 'date', type: 'string', arg: 'YYYY-MM-DD', help: 'ngày ghi trên các thay đổi của tệp DOCX (mặc định: hôm nay)' },
  ],
  examples: ['kehoach diff du-thao-1.yaml du-thao-2.yaml', 'kehoach diff du-thao-1.yaml du-thao-2.yaml -o thay-doi.docx --author "Phòng Tư pháp"', 'kehoach diff v1.yaml v2.yaml -f markdown'],
  async run({ args, io }) {
    if (args.positionals.length !== 2) throw new UsageError('cần hai tệp kế hoạch: bản cũ và bản mới');
    const format = chooseFormat(args.values);
    const date = args.values.date as string | undefined;
    if (date !== undefined && !/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?Z?)?$/.test(date)) throw new UsageError(`--date “${date}”: viết YYYY-MM-DD, ví dụ 2026-01-20`);
    if (format === 'docx' && (args.values.output === undefined || args.values.output === '-')) throw new UsageError('tệp DOCX cần -o <tep.docx>');
    const { diffCommand } = await import('../command-diff.js');
    const [before, after] = args.positionals as [string, string];
    return diffCommand(before, after, {
      format,
      ...(args.values.output !== undefined ? { output: args.values.output as string } : {}),
      ...(args.values.author !== undefined ? { author: args.values.author as string } : {}),
      ...(date !== undefined ? { date } : {}),
    }, io);
  },
};
