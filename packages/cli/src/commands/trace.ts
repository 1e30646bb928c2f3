import { UsageError, type Command } from '../command.js';

/** `kehoach trace`. */
export const trace: Command = {
  name: 'trace',
  summary: 'Độ phủ của kế hoạch cấp dưới so với cấp trên, và thay đổi của cấp trên từ lúc nhân bản',
  usage: '<ke-hoach-xa.yaml>',
  description: 'Trả về 1 nếu còn nhiệm vụ cấp trên chưa có trong kế hoạch cấp dưới.',
  positionals: { min: 1, max: 1 },
  options: [
    { name: 'parent', short: 'p', type: 'string', arg: 'ke-hoach-cap-tren.yaml', help: 'kế hoạch cấp trên (bắt buộc)' },
    { name: 'format', short: 'f', type: 'string', choices: ['text', 'json'], default: 'text', help: 'cách in kết quả' },
  ],
  examples: ['kehoach trace ke-hoach-xa.yaml --parent examples/tuyen-quang-2025-30-7.yaml'],
  async run({ args, io }) {
    if (args.positionals.length !== 1 || args.values.parent === undefined) throw new UsageError('cần một kế hoạch con và --parent <kế hoạch cấp trên>');
    const { traceCommand } = await import('../command-clone.js');
    return traceCommand(args.positionals[0]!, args.values.parent as string, args.values.format as 'text' | 'json', io);
  },
};
