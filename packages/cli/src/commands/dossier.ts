import { UsageError, type Command } from '../command.js';

/** `kehoach dossier`. */
export const dossier: Command = {
  name: 'dossier',
  summary: 'Xuất cả hồ sơ của kế hoạch: Tờ trình, Quyết định ban hành, kế hoạch kèm theo, công văn triển khai (DOCX)',
  usage: '<plan.yaml>',
  description: [
    'Đọc khối “dossier” của tệp kế hoạch (submission: Tờ trình; decision: Quyết định ban hành; dispatch: công văn) và ghi',
    'mỗi văn bản một tệp DOCX, đánh số theo thứ tự hồ sơ: 1-to-trinh.docx, 2-quyet-dinh.docx, 3-ke-hoach.docx, 4-cong-van.docx.',
    'Số, ký hiệu và ngày dẫn chiếu giữa các văn bản lấy từ cùng một dữ liệu: Quyết định dẫn Tờ trình, kế hoạch in',
    '“(Ban hành kèm theo Quyết định số …)”, Điều 3 nêu đúng các cơ quan chủ trì, công văn dẫn Quyết định.',
  ].join('\n'),
  positionals: { min: 1, max: 1 },
  options: [
    { name: 'out-dir', type: 'string', arg: 'thu-muc', help: 'thư mục ghi các văn bản (mặc định: thư mục “ho-so” cạnh tệp kế hoạch)' },
    { name: 'template', type: 'string', arg: 'mau.docx', help: 'mẫu Word riêng' },
  ],
  examples: ['kehoach dossier examples/dossier/ke-hoach-phong-chong-thien-tai-2026.yaml --out-dir ho-so'],
  async run({ args, io }) {
    const [file] = args.positionals;
    if (!file) throw new UsageError('cần một tệp kế hoạch');
    const { dossierCommand } = await import('../command-dossier.js');
    return dossierCommand(file, {
      ...(args.values['out-dir'] !== undefined ? { outDir: args.values['out-dir'] as string } : {}),
      ...(args.values.template !== undefined ? { template: args.values.template as string } : {}),
    }, io);
  },
};
