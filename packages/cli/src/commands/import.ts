import { UsageError, type Command } from '../command.js';
import { requireYamlOutput } from '../file-extension.js';

/** `kehoach import`. */
export const importPlan: Command = {
  name: 'import',
  summary: 'Nhập kế hoạch nhận được (DOCX, PDF, TXT, MD) thành dữ liệu YAML',
  usage: '<ke-hoach.docx|.pdf|.txt|.md>',
  description: 'Chỗ chưa chắc có chú thích “# kiểm tra:”. Không có -o thì in YAML ra đầu ra chuẩn.',
  positionals: { min: 1, max: 1 },
  options: [
    { name: 'output', short: 'o', type: 'string', arg: 'plan.yaml', help: 'tệp YAML ra' },
    { name: 'report', type: 'boolean', help: 'in báo cáo: số mục, nhiệm vụ, chỗ cần kiểm tra' },
  ],
  examples: ['kehoach import ke-hoach-nhan-duoc.pdf -o ke-hoach.yaml --report', 'kehoach import cong-van.docx > cong-van.yaml'],
  async run({ args, io }) {
    if (args.positionals.length !== 1) throw new UsageError('cần đúng một tệp DOCX, PDF, TXT hoặc MD');
    requireYamlOutput(args.values, 'import');
    const { importCommand } = await import('../command-import.js');
    return importCommand(args.positionals[0]!, args.values.output as string | undefined, args.values.report === true, io);
  },
};
