import { UsageError, type Command } from '../command.js';
import { requireYamlOutput, YAML_EXTENSIONS } from '../file-extension.js';

/** `kehoach migrate`. */
export const migrate: Command = {
  name: 'migrate',
  summary: 'Ghi lại tệp lược đồ phiên bản 1 theo phiên bản 2, giữ nguyên chú thích',
  usage: '<plan.yaml>…',
  positionals: { min: 1, max: Infinity, glob: true },
  options: [{ name: 'output', short: 'o', type: 'string', arg: 'tep', help: 'tệp ra (một kế hoạch); “-” in ra đầu ra chuẩn; mặc định ghi đè tại chỗ' }],
  examples: ['kehoach migrate ke-hoach-cu.yaml', 'kehoach migrate ke-hoach-cu.yaml -o ke-hoach.yaml'],
  async run({ args, io }) {
    if (!args.positionals.length) throw new UsageError('cần ít nhất một tệp kế hoạch');
    if (args.positionals.length > 1 && args.values.output !== undefined) throw new UsageError('-o chỉ dùng với một tệp');
    requireYamlOutput(args.values, 'migrate', [...YAML_EXTENSIONS, 'json']);
    const { migrateCommand } = await import('../command-migrate.js');
    return migrateCommand(args.positionals, args.values.output as string | undefined, io);
  },
};
