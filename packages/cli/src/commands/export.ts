import { UsageError, type Command } from '../command.js';
import { chooseOutput, EXPORT_OUTPUTS, formatOption } from '../output-option.js';

/** `kehoach export`. */
export const exportPlan: Command = {
  name: 'export',
  summary: 'Gói tin edXML (QCVN 102:2016/BTTTT) gửi qua hệ thống quản lý văn bản, kèm bản DOCX',
  usage: '<plan.yaml>',
  description: 'Thông tin văn bản lấy từ kế hoạch; cần organId của cơ quan ban hành và nơi nhận trong agencies.',
  positionals: { min: 1, max: 1 },
  options: [
    formatOption(EXPORT_OUTPUTS, 'định dạng gói tin'),
    { name: 'output', short: 'o', type: 'string', arg: 'van-ban.edxml', help: 'tệp ra; “-” in ra đầu ra chuẩn; mặc định cạnh tệp kế hoạch' },
  ],
  examples: ['kehoach export ke-hoach.yaml --format edxml'],
  async run({ args, io }) {
    if (args.positionals.length !== 1) throw new UsageError('cần đúng một tệp kế hoạch');
    const out = chooseOutput(EXPORT_OUTPUTS, args.values, 'export');
    const { exportCommand } = await import('../command-export.js');
    return exportCommand(args.positionals[0]!, { format: out.id, ...(args.values.output !== undefined ? { output: args.values.output as string } : {}) }, io);
  },
};
