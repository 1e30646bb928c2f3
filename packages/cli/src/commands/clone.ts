import { UsageError, type Command } from '../command.js';
import { requireYamlOutput } from '../file-extension.js';
import { documentOutputs } from '../output-option.js';

/** The outputs a batch renders for each unit in its worker threads: those made directly (not PDF). */
const direct = () => documentOutputs().filter((o) => !o.conversion);

/** `kehoach clone`: one unit, or a batch (`--unit` several times, `--units <dir>`, `--province <mã>`). */
export const clone: Command = {
  name: 'clone',
  summary: 'Nhân bản kế hoạch cấp trên thành dự thảo kế hoạch của đơn vị cấp dưới (một hoặc hàng nghìn đơn vị)',
  usage: '<ke-hoach-cap-tren.yaml>',
  description: [
    'Một đơn vị: --unit ho-so.yaml [-o ke-hoach-xa.yaml] (không có -o thì in ra đầu ra chuẩn).',
    '--unit cũng nhận tên hoặc mã đơn vị sau 01/7/2025 (“phường Minh Xuân”, “minh xuan”, 02215): hồ sơ lập từ danh mục',
    'đơn vị hành chính, không cần tệp; tên trùng nhiều đơn vị thì liệt kê và dừng (ghi thêm “, tỉnh …” hoặc dùng mã).',
    'Nhiều đơn vị: --unit nhiều lần, --units <thư mục> hoặc --province <mã hoặc tên tỉnh> (mọi xã, phường, đặc khu',
    'của tỉnh; hồ sơ trong --units đặt tên theo mã hoặc tên đơn vị thì thay hồ sơ lập sẵn), cùng --out-dir;',
    'chạy song song trên mọi lõi CPU; --render docx xuất luôn văn bản của từng đơn vị.',
  ].join('\n'),
  positionals: { min: 1, max: 1 },
  options: [
    { name: 'unit', short: 'u', type: 'string', multiple: true, glob: true, arg: 'ho-so-don-vi.yaml', help: 'hồ sơ đơn vị, hoặc tên hay mã đơn vị (danh mục 2025)' },
    { name: 'province', type: 'string', arg: 'ma-tinh', help: 'mọi xã, phường, đặc khu của tỉnh này (mã như 08, hoặc tên)' },
    { name: 'units', type: 'string', arg: 'thu-muc', help: 'mọi hồ sơ đơn vị (*.yaml) trong thư mục này' },
    { name: 'output', short: 'o', type: 'string', arg: 'tep', help: 'tệp ra (một đơn vị); “-” in ra đầu ra chuẩn' },
    { name: 'out-dir', type: 'string', arg: 'thu-muc', help: 'thư mục ghi kế hoạch của các đơn vị' },
    {
      name: 'render',
      type: 'string',
      help: 'xuất thêm văn bản của từng kế hoạch',
      get choices() {
        return direct().map((o) => o.id);
      },
    },
  ],
  examples: [
    'kehoach clone examples/tuyen-quang-2025-30-7.yaml --unit examples/units/xa-minh-xuan.yaml -o xa.yaml',
    'kehoach clone tinh.yaml --units don-vi/ --out-dir xa/ --render docx',
    'kehoach clone examples/tuyen-quang-2025-30-7.yaml --unit "phường Minh Xuân" -o minh-xuan.yaml',
    'kehoach clone examples/tuyen-quang-2025-30-7.yaml --province 08 --out-dir xa/',
  ],
  async run({ args, io }) {
    const v = args.values;
    const units = (v.unit as string[] | undefined) ?? [];
    requireYamlOutput(v, 'clone');
    if (args.positionals.length !== 1 || (!units.length && v.units === undefined && v.province === undefined)) throw new UsageError('cần một kế hoạch cấp trên và --unit <hồ sơ đơn vị, tên hoặc mã đơn vị> (hoặc --units <thư mục>, --province <mã tỉnh>)');
    if (units.length === 1 && v.units === undefined && v.province === undefined && v['out-dir'] === undefined) {
      if (v.render !== undefined) throw new UsageError('--render dùng với --out-dir');
      const { cloneCommand } = await import('../command-clone.js');
      return cloneCommand(args.positionals[0]!, units[0]!, v.output as string | undefined, io);
    }
    if (v.output !== undefined) throw new UsageError('-o chỉ dùng với một đơn vị; nhiều đơn vị thì dùng --out-dir');
    if (v['out-dir'] === undefined) throw new UsageError('nhiều đơn vị cần --out-dir <thư mục>');
    const { cloneBatchCommand } = await import('../command-clone-batch.js');
    return cloneBatchCommand(args.positionals[0]!, {
      units,
      ...(v.units !== undefined ? { unitsDir: v.units as string } : {}),
      ...(v.province !== undefined ? { province: v.province as string } : {}),
      outDir: v['out-dir'] as string,
      ...(v.render !== undefined ? { render: v.render as string } : {}),
    }, io);
  },
};
