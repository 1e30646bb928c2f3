import { UsageError, type Command } from '../command.js';

/** `kehoach validate`. */
export const validate: Command = {
  name: 'validate',
  summary: 'Kiểm tra kế hoạch theo lược đồ và ngữ nghĩa; không in gì nếu hợp lệ',
  usage: '<plan.yaml>…',
  description: 'Mỗi chẩn đoán một dòng: tệp:dòng:cột  mức  MÃ  thông báo. Trả về 1 nếu có lỗi (error).',
  positionals: { min: 1, max: Infinity, glob: true },
  options: [{ name: 'format', type: 'string', choices: ['text', 'json'], default: 'text', help: 'cách in chẩn đoán' }],
  examples: ['kehoach validate examples/*.yaml', 'cat ke-hoach.yaml | kehoach validate -'],
  async run({ args, io }) {
    if (!args.positionals.length) throw new UsageError('cần ít nhất một tệp kế hoạch');
    const { validateCommand } = await import('../command-validate.js');
    return validateCommand(args.positionals, args.values.format as 'text' | 'json', io);
  },
};
