import { isIsoDate } from 'kehoach';
import { UsageError, type Command } from '../command.js';
import { STATUS_OUTPUTS, chooseOutput, formatOption } from '../output-option.js';

/** `kehoach status`. */
export const status: Command = {
  name: 'status',
  summary: 'Tình trạng từng nhiệm vụ đến một ngày (đúng hạn, quá hạn, sắp đến hạn, đã gia hạn …) từ tệp tiến độ; số đếm theo tình trạng, cơ quan, mục',
  usage: '<plan.yaml>',
  description:
    'Tệp tiến độ mặc định là <kế hoạch>.progress.yaml cạnh kế hoạch (nếu có). Ngày mặc định là hôm nay. ' +
    'Định dạng xlsx là sổ gửi các cơ quan điền (tình trạng, kết quả, minh chứng), nhập lại bằng kehoach progress import.',
  positionals: { min: 1, max: 1 },
  options: [
    formatOption(STATUS_OUTPUTS),
    { name: 'output', short: 'o', type: 'string', arg: 'tep', help: 'tệp ra; “-” in ra đầu ra chuẩn (mặc định với txt, json)' },
    { name: 'progress', short: 'p', type: 'string', arg: 'tien-do.yaml', help: 'tệp tiến độ (mặc định <kế hoạch>.progress.yaml nếu có)' },
    { name: 'as-of', type: 'string', arg: 'YYYY-MM-DD', help: 'tính tình trạng đến ngày này (mặc định hôm nay)' },
    { name: 'agency', type: 'string', arg: 'ma-co-quan', help: 'chỉ nhiệm vụ của một cơ quan' },
    { name: 'soon', type: 'string', arg: 'so-ngay', help: '“sắp đến hạn” khi còn từng ấy ngày (mặc định 7)' },
  ],
  examples: [
    'kehoach status ke-hoach.yaml --as-of 2026-06-03',
    'kehoach status examples/quang-tri-2026-chuyen-doi-so.yaml -p examples/tracking/quang-tri-2026-chuyen-doi-so.progress.yaml --agency so-khcn -o so-khcn.xlsx',
  ],
  async run({ args, io }) {
    const v = args.values;
    const asOf = v['as-of'] as string | undefined;
    if (asOf !== undefined && !isIsoDate(asOf)) throw new UsageError(`--as-of phải là một ngày có thật dạng YYYY-MM-DD (nhận được “${asOf}”)`);
    if (v.soon !== undefined && !/^\d{1,3}$/.test(v.soon as string)) throw new UsageError(`--soon phải là một số ngày (nhận được “${String(v.soon)}”)`);
    const out = chooseOutput(STATUS_OUTPUTS, v, 'status');
    const { statusCommand } = await import('../command-status.js');
    return statusCommand(args.positionals[0]!, {
      format: out.id,
      ...(v.output !== undefined ? { output: v.output as string } : {}),
      ...(v.progress !== undefined ? { progress: v.progress as string } : {}),
      ...(asOf !== undefined ? { asOf } : {}),
      ...(v.agency !== undefined ? { agency: v.agency as string } : {}),
      ...(v.soon !== undefined ? { soonDays: Number(v.soon) } : {}),
    }, io);
  },
};
