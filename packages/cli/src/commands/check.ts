import { UsageError, type Command } from '../command.js';
import type { CheckFormat } from '../command-check.js';

/** `kehoach check`. */
export const check: Command = {
  name: 'check',
  summary: 'Kiểm tra nội dung theo các quy tắc (thể thức, nhất quán, ngày tháng, chính tả); --fix sửa lỗi an toàn',
  usage: '<plan.yaml|received.docx|.pdf>…',
  description: [
    'Cấu hình trong khối “check:” của kế hoạch hoặc .kehoachrc.yaml cạnh tệp; tắt một chỗ bằng',
    '“# kehoach-disable-next-line <quy-tac>”. Trả về 1 nếu còn lỗi (error). Một tệp .docx/.pdf nhận được',
    'được nhập rồi kiểm tra; mỗi vấn đề chỉ đoạn (DOCX) hoặc trang, dòng (PDF) của bản gốc.',
  ].join('\n'),
  positionals: { min: 0, max: Infinity, glob: true },
  options: [
    { name: 'format', short: 'f', type: 'string', choices: ['text', 'json', 'sarif'], default: 'text', help: 'cách in kết quả' },
    { name: 'fix', type: 'boolean', help: 'sửa các lỗi an toàn, giữ chú thích' },
    { name: 'rules', type: 'boolean', help: 'liệt kê mọi quy tắc' },
  ],
  examples: ['kehoach check examples/*.yaml', 'kehoach check --rules'],
  async run({ args, io, version }) {
    const mod = await import('../command-check.js');
    if (args.values.rules) return mod.listRulesCommand(io);
    if (!args.positionals.length) throw new UsageError('cần ít nhất một tệp kế hoạch');
    // The importer (pdf.js and all) is loaded only when a received DOCX/PDF is to be checked.
    const received = args.positionals.some((f) => /\.(docx|pdf)$/i.test(f));
    const importer = received ? (await import('../command-import.js')).receivedImporter : undefined;
    return mod.checkCommand(args.positionals, { format: args.values.format as CheckFormat, fix: args.values.fix === true, version, ...(importer ? { importer } : {}) }, io);
  },
};
