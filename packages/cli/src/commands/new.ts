import { documentKinds, UNIT_KINDS } from 'kehoach';
import { UsageError, type Command } from '../command.js';
import { requireYamlOutput } from '../file-extension.js';

/** `kehoach new`. */
export const newPlan: Command = {
  name: 'new',
  summary: 'Tạo kế hoạch trống cho một đơn vị (xã, phường, tỉnh, sở, trường), có chú thích chỉ chỗ cần viết',
  usage: '[ke-hoach.yaml]',
  description: [
    'Phần đầu văn bản lấy từ các tùy chọn; thân văn bản có sẵn các mục MỤC ĐÍCH, YÊU CẦU; NHIỆM VỤ (một nhiệm vụ mẫu có',
    'cơ quan chủ trì, phối hợp, thời hạn); TỔ CHỨC THỰC HIỆN (cơ quan thường trực, báo cáo hằng tháng). Tệp tạo ra hợp lệ',
    'và xuất được ngay; sửa các chỗ có chú thích “#”, rồi kehoach validate. Không ghi đè tệp đã có.',
  ].join('\n'),
  positionals: { min: 0, max: 1 },
  options: [
    {
      name: 'unit',
      short: 'u',
      type: 'string',
      default: 'xa',
      help: 'loại đơn vị ban hành',
      choices: UNIT_KINDS.map((u) => u.id),
      choiceLabels: Object.fromEntries(UNIT_KINDS.map((u) => [u.id, u.name + (u.needs.length ? ` (cần --${u.needs.join(', --')})` : '')])),
    },
    { name: 'name', short: 'n', type: 'string', arg: 'ten', help: 'tên đơn vị: Minh Xuân (xã, phường, tỉnh), Sở Y tế, Trường THCS Hòa Khánh (bắt buộc)' },
    { name: 'province', type: 'string', arg: 'tinh', help: 'tỉnh của sở (in phía trên tên sở)' },
    { name: 'parent', type: 'string', arg: 'co-quan', help: 'cơ quan cấp trên của trường, ví dụ “Ủy ban nhân dân phường Hòa Khánh”' },
    { name: 'place', type: 'string', arg: 'dia-danh', help: 'địa danh in trước ngày tháng (mặc định theo đơn vị)' },
    { name: 'abbreviation', type: 'string', arg: 'viet-tat', help: 'chữ viết tắt của cơ quan ban hành trong ký hiệu (mặc định UBND, hoặc chữ đầu: SYT, THCSHK)' },
    {
      name: 'kind',
      short: 'k',
      type: 'string',
      default: 'ke-hoach',
      help: 'loại văn bản',
      get choices() {
        return documentKinds().map((k) => k.id);
      },
      get choiceLabels() {
        return Object.fromEntries(documentKinds().map((k) => [k.id, `${k.name} (${k.form})`]));
      },
    },
    { name: 'year', type: 'string', arg: 'YYYY', help: 'năm của kế hoạch (trường: năm đầu của năm học); mặc định năm nay' },
    { name: 'title', type: 'string', arg: 'trich-yeu', help: 'trích yếu (công văn: nội dung V/v)' },
    { name: 'output', short: 'o', type: 'string', arg: 'ke-hoach.yaml', help: 'tệp ra (.yaml), như tên tệp sau lệnh; không có thì in ra đầu ra chuẩn' },
  ],
  examples: [
    'kehoach new ke-hoach.yaml --unit xa --name "Minh Xuân" --year 2026',
    'kehoach new --unit so --name "Sở Y tế" --province "Tuyên Quang" --kind cong-van -o cong-van.yaml',
    'kehoach new --unit truong --name "Trường THCS Hòa Khánh" --parent "Ủy ban nhân dân phường Hòa Khánh" -o kiem-tra.yaml',
  ],
  async run({ args, io }) {
    const v = { ...args.values };
    if (args.positionals.length > 1 || (args.positionals.length && v.output !== undefined)) throw new UsageError('cần một tệp ra: kehoach new ke-hoach.yaml, hoặc -o ke-hoach.yaml');
    if (args.positionals.length) v.output = args.positionals[0]!;
    requireYamlOutput(v, 'new');
    if (v.year !== undefined && !/^\d{4}$/.test(v.year as string)) throw new UsageError(`--year phải là một năm dạng YYYY (nhận được “${String(v.year)}”)`);
    const { newCommand } = await import('../command-new.js');
    return newCommand({
      unit: v.unit as string,
      kind: v.kind as string,
      ...Object.fromEntries(['name', 'province', 'parent', 'place', 'abbreviation', 'title'].filter((k) => v[k] !== undefined).map((k) => [k, v[k] as string])),
      ...(v.year !== undefined ? { year: Number(v.year) } : {}),
      ...(v.output !== undefined ? { output: v.output as string } : {}),
    }, io);
  },
};
