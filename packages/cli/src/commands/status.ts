import { isIsoDate } from 'kehoach';
import { UsageError, type Args, type Command } from '../command.js';
import { STATUS_OUTPUTS, chooseOutput, formatOption } from '../output-option.js';

/** The document flags as formats: `--letter` is `--format don-doc`, `--report` is `--format bao-cao`; one of them, or `--format`. */
function documentFormat(v: Args['values']): Args['values'] {
  if (v.letter && v.report) throw new UsageError('--letter (công văn đôn đốc) và --report (báo cáo) là hai văn bản: mỗi lần chạy chọn một');
  const format = v.letter ? 'don-doc' : v.report ? 'bao-cao' : undefined;
  if (format === undefined) {
    // Two documents are DOCX: `-o x.docx` alone does not say which.
    if (v.format === undefined && typeof v.output === 'string' && /\.docx$/i.test(v.output)) throw new UsageError('tệp .docx: thêm --letter (công văn đôn đốc) hoặc --report (báo cáo kết quả)');
    return v;
  }
  if (v.format !== undefined && v.format !== format) throw new UsageError(`--${v.letter ? 'letter' : 'report'} viết một văn bản DOCX; không dùng cùng --format ${String(v.format)}`);
  return { ...v, format };
}

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
    { name: 'letter', type: 'boolean', help: 'viết công văn đôn đốc các cơ quan có nhiệm vụ quá hạn, sắp đến hạn (DOCX; như --format don-doc)' },
    { name: 'report', type: 'boolean', help: 'viết báo cáo kết quả thực hiện kế hoạch, phụ lục tình trạng từng nhiệm vụ (DOCX; như --format bao-cao)' },
    { name: 'period', type: 'string', arg: 'ky', help: 'báo cáo: kỳ báo cáo bằng chữ, ví dụ “6 tháng đầu năm 2026” (mặc định “tính đến ngày …”)' },
    { name: 'report-by', type: 'string', arg: 'YYYY-MM-DD', help: 'công văn đôn đốc: hạn các cơ quan báo cáo bằng văn bản (mặc định 7 ngày sau --as-of)' },
  ],
  examples: [
    'kehoach status ke-hoach.yaml --as-of 2026-06-03',
    'kehoach status ke-hoach.yaml --as-of 2026-06-03 --letter -o don-doc.docx',
    'kehoach status ke-hoach.yaml --as-of 2026-06-30 --report --period "6 tháng đầu năm 2026" -o bao-cao.docx',
    'kehoach status examples/quang-tri-2026-chuyen-doi-so.yaml -p examples/tracking/quang-tri-2026-chuyen-doi-so.progress.yaml --agency so-khcn -o so-khcn.xlsx',
  ],
  async run({ args, io }) {
    const v = args.values;
    const asOf = v['as-of'] as string | undefined;
    if (asOf !== undefined && !isIsoDate(asOf)) throw new UsageError(`--as-of phải là một ngày có thật dạng YYYY-MM-DD (nhận được “${asOf}”)`);
    if (v.soon !== undefined && !/^\d{1,3}$/.test(v.soon as string)) throw new UsageError(`--soon phải là một số ngày (nhận được “${String(v.soon)}”)`);
    const reportBy = v['report-by'] as string | undefined;
    if (reportBy !== undefined && !isIsoDate(reportBy)) throw new UsageError(`--report-by phải là một ngày có thật dạng YYYY-MM-DD (nhận được “${reportBy}”)`);
    const out = chooseOutput(STATUS_OUTPUTS, documentFormat(v), 'status');
    const { statusCommand } = await import('../command-status.js');
    return statusCommand(args.positionals[0]!, {
      format: out.id,
      ...(v.output !== undefined ? { output: v.output as string } : {}),
      ...(v.progress !== undefined ? { progress: v.progress as string } : {}),
      ...(asOf !== undefined ? { asOf } : {}),
      ...(v.agency !== undefined ? { agency: v.agency as string } : {}),
      ...(v.soon !== undefined ? { soonDays: Number(v.soon) } : {}),
      ...(reportBy !== undefined ? { reportBy } : {}),
      ...(v.period !== undefined ? { period: v.period as string } : {}),
    }, io);
  },
};
