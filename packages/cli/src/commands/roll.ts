import { UsageError, type Command } from '../command.js';
import { requireYamlOutput } from '../file-extension.js';

/** The years a plan's period may have (as in the schema). */
const MIN_YEAR = 1945;
const MAX_YEAR = 2200;

/** `kehoach roll`. */
export const roll: Command = {
  name: 'roll',
  summary: 'Dự thảo kế hoạch năm sau; cảnh báo mọi ngày, năm cũ còn sót trong lời văn',
  usage: '<plan.yaml>',
  positionals: { min: 1, max: 1 },
  options: [
    { name: 'year', type: 'string', arg: 'YYYY', help: 'năm của kế hoạch mới (bắt buộc)' },
    { name: 'output', short: 'o', type: 'string', arg: 'tep', help: 'tệp ra; mặc định in ra đầu ra chuẩn' },
    { name: 'cite-previous', type: 'boolean', help: 'dẫn kế hoạch năm trước trong phần căn cứ' },
  ],
  examples: ['kehoach roll examples/tuyen-quang-2025-30-7.yaml --year 2026 -o 2026.yaml'],
  async run({ args, io }) {
    const v = args.values;
    const year = Number(v.year);
    if (args.positionals.length !== 1 || !/^\d{4}$/.test((v.year as string | undefined) ?? '')) throw new UsageError('cần một kế hoạch và --year YYYY');
    if (year < MIN_YEAR || year > MAX_YEAR) throw new UsageError(`--year phải từ ${MIN_YEAR} đến ${MAX_YEAR} (nhận được “${String(v.year)}”)`);
    requireYamlOutput(v, 'roll');
    const { rollCommand } = await import('../command-clone.js');
    return rollCommand(args.positionals[0]!, year, v.output as string | undefined, v['cite-previous'] === true, io);
  },
};
