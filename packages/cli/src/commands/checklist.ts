import { isIsoDate } from 'kehoach';
import { UsageError, type Command } from '../command.js';
import { CHECKLIST_OUTPUTS, chooseOutput, formatOption } from '../output-option.js';

/** `kehoach checklist`. */
export const checklist: Command = {
  name: 'checklist',
  summary: 'Danh mục nhiệm vụ của từng cơ quan, có ngày cụ thể (JSON, Markdown, CSV, iCalendar, DOCX, XLSX …)',
  usage: '<plan.yaml>',
  positionals: { min: 1, max: 1 },
  options: [
    formatOption(CHECKLIST_OUTPUTS),
    { name: 'output', short: 'o', type: 'string', arg: 'tep', help: 'tệp ra; “-” in ra đầu ra chuẩn' },
    { name: 'agency', type: 'string', arg: 'ma-co-quan', help: 'chỉ nhiệm vụ của một cơ quan' },
    { name: 'split', type: 'string', arg: 'thu-muc', help: 'mỗi cơ quan một tệp trong thư mục này' },
    { name: 'today', type: 'string', arg: 'YYYY-MM-DD', help: 'ngày để tính trạng thái (quá hạn …)' },
    { name: 'remind', type: 'string', arg: 'so-ngay', help: 'ICS: nhắc trước mỗi hạn chừng ấy ngày' },
    { name: 'progress', type: 'string', arg: 'tien-do.yaml', help: 'XLSX: thêm cột tình trạng, kết quả, minh chứng để cơ quan điền (tình trạng đến --today, mặc định hôm nay)' },
  ],
  examples: ['kehoach checklist ke-hoach.yaml -o nhiem-vu.xlsx', 'kehoach checklist examples/tuyen-quang-2025-30-7.yaml -f csv --split nhiem-vu'],
  async run({ args, io }) {
    const v = args.values;
    if (args.positionals.length !== 1) throw new UsageError('cần đúng một tệp kế hoạch');
    if (v.today !== undefined && !isIsoDate(v.today as string)) throw new UsageError(`--today phải là một ngày có thật dạng YYYY-MM-DD (nhận được “${String(v.today)}”)`);
    const out = chooseOutput(CHECKLIST_OUTPUTS, v, 'checklist');
    if (v.remind !== undefined && (!/^\d{1,3}$/.test(v.remind as string) || out.id !== 'ics')) throw new UsageError(`--remind <số ngày> dùng với lịch ICS (--format ics, hoặc -o tệp .ics) (nhận được “${String(v.remind)}”)`);
    if (v.progress !== undefined && out.id !== 'xlsx') throw new UsageError(`--progress <tệp tiến độ> dùng với sổ Excel (--format xlsx, hoặc -o tệp .xlsx)`);
    const { checklistCommand } = await import('../command-checklist.js');
    return checklistCommand(args.positionals[0]!, {
      format: out.id,
      ...(v.output !== undefined ? { output: v.output as string } : {}),
      ...(v.agency !== undefined ? { agency: v.agency as string } : {}),
      ...(v.split !== undefined ? { split: v.split as string } : {}),
      ...(v.today !== undefined ? { today: v.today as string } : {}),
      ...(v.remind !== undefined ? { remind: Number(v.remind) } : {}),
      ...(v.progress !== undefined ? { progress: v.progress as string } : {}),
    }, io);
  },
};
