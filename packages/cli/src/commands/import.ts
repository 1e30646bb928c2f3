import { UsageError, type Command } from '../command.js';
import { requireYamlOutput } from '../file-extension.js';

/** `kehoach import`. */
export const importPlan: Command = {
  name: 'import',
  summary: 'Nhập kế hoạch nhận được (DOCX, PDF, TXT, MD) thành dữ liệu YAML',
  usage: '<ke-hoach.docx|.pdf|.txt|.md>  |  <da-sua.docx> --onto <ke-hoach.yaml>',
  description: [
    'Chỗ chưa chắc có chú thích “# kiểm tra:”. Không có -o thì in YAML ra đầu ra chuẩn.',
    'Với --onto: tệp DOCX do kehoach in ra rồi được sửa trong Word (có hoặc không theo dõi thay đổi, có nhận xét) được ghi',
    'ngược vào tệp YAML của kế hoạch — lời văn, thời gian, chủ trì, phối hợp, nhiệm vụ thêm hoặc bỏ, nhận xét thành góp ý',
    '(review) — giữ nguyên chú thích và mọi dòng không đổi; chỗ sửa không ghi được được liệt kê kèm đoạn văn.',
    'Không có -o thì ghi vào chính tệp --onto. Trả về 0 nếu ghi được hết, 1 nếu còn chỗ chưa ghi được, 2 nếu không đọc được.',
  ].join('\n'),
  positionals: { min: 1, max: 1 },
  options: [
    { name: 'output', short: 'o', type: 'string', arg: 'plan.yaml', help: 'tệp YAML ra' },
    { name: 'report', type: 'boolean', help: 'in báo cáo: số mục, nhiệm vụ, chỗ cần kiểm tra' },
    { name: 'time-limit', type: 'string', arg: 'giay', help: 'dừng việc đọc tệp sau số giây này (mặc định 30; 0: không giới hạn)' },
    { name: 'onto', type: 'string', arg: 'ke-hoach.yaml', help: 'ghi các chỗ sửa, nhận xét của tệp DOCX đã sửa vào kế hoạch này' },
  ],
  examples: ['kehoach import ke-hoach-nhan-duoc.pdf -o ke-hoach.yaml --report', 'kehoach import cong-van.docx > cong-van.yaml', 'kehoach import lanh-dao-da-sua.docx --onto ke-hoach.yaml'],
  async run({ args, io }) {
    if (args.positionals.length !== 1) throw new UsageError('cần đúng một tệp DOCX, PDF, TXT hoặc MD');
    requireYamlOutput(args.values, 'import');
    if (typeof args.values.onto === 'string') {
      if (args.values.report === true) throw new UsageError('--report không dùng cùng --onto');
      const { importOntoCommand } = await import('../command-import-onto.js');
      return importOntoCommand(args.positionals[0]!, args.values.onto, args.values.output as string | undefined, io);
    }
    const limit = args.values['time-limit'];
    const seconds = limit === undefined ? undefined : Number(limit);
    if (seconds !== undefined && !(Number.isFinite(seconds) && seconds >= 0)) throw new UsageError('--time-limit cần một số giây không âm (0: không giới hạn)');
    const { importCommand } = await import('../command-import.js');
    return importCommand(args.positionals[0]!, args.values.output as string | undefined, args.values.report === true, io, seconds);
  },
};
