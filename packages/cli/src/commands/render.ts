import { documentKinds, type TaskLayout } from 'kehoach';
import { UsageError, type Command } from '../command.js';
import { chooseOutput, formatOption, RENDER_OUTPUTS } from '../output-option.js';

/** The kinds a plan's dossier can hold (`--as`): those with a `compose` hook. */
const dossierKinds = () => documentKinds().filter((k) => k.compose).map((k) => k.id);

/** `kehoach render`. */
export const render: Command = {
  name: 'render',
  summary: 'Xuất văn bản DOCX (đúng thể thức Nghị định 30), PDF, Markdown hoặc văn bản thuần',
  usage: '<plan.yaml>…',
  description: [
    'Mặc định ghi ten-ke-hoach.docx cạnh tệp kế hoạch; -o chọn định dạng theo đuôi tệp (ke-hoach.pdf → PDF), --format chọn thay.',
    'Nhiều kế hoạch được xuất song song trên mọi lõi CPU.',
    'PDF cần LibreOffice (soffice): một tiến trình LibreOffice cho cả loạt; --pdfa cho PDF/A-2b (lưu trữ).',
  ].join('\n'),
  positionals: { min: 1, max: Infinity, glob: true },
  options: [
    formatOption(RENDER_OUTPUTS),
    { name: 'output', short: 'o', type: 'string', arg: 'tep', help: 'tệp ra (một kế hoạch); “-” in ra đầu ra chuẩn' },
    { name: 'out-dir', type: 'string', arg: 'thu-muc', help: 'ghi mọi tệp vào thư mục này' },
    { name: 'draft', type: 'boolean', help: 'để trống số và ngày (dự thảo)' },
    { name: 'template', type: 'string', arg: 'mau.docx', help: 'mẫu Word riêng' },
    { name: 'layout', type: 'string', choices: ['by-agency', 'by-theme'], help: 'trình bày nhiệm vụ theo cơ quan hoặc theo chủ đề' },
    { name: 'with-appendix', type: 'boolean', help: 'kèm phụ lục danh mục nhiệm vụ (khổ ngang trong DOCX, PDF)' },
    { name: 'pdfa', type: 'boolean', help: 'PDF/A-2b (với PDF: --format pdf hoặc -o tệp .pdf)' },
    { name: 'as', type: 'string', arg: 'loai', help: `một văn bản trong hồ sơ (khối dossier) thay cho kế hoạch: ${dossierKinds().join(', ')}` },
  ],
  examples: ['kehoach render examples/lang-son-2019.yaml', 'kehoach render ke-hoach.yaml -o ke-hoach.pdf', 'kehoach render examples/*.yaml --out-dir out', 'kehoach render ke-hoach.yaml -f pdf --pdfa', 'kehoach render ke-hoach.yaml --as quyet-dinh', 'kehoach render - -f md -o - < ke-hoach.yaml'],
  async run({ args, io }) {
    const v = args.values;
    if (!args.positionals.length) throw new UsageError('cần ít nhất một tệp kế hoạch');
    if (args.positionals.length > 1 && v.output !== undefined) throw new UsageError('-o chỉ dùng với một tệp; nhiều tệp thì dùng --out-dir');
    const out = chooseOutput(RENDER_OUTPUTS, v, 'render');
    if (v.as !== undefined && !dossierKinds().includes(v.as as string)) throw new UsageError(`--as phải là ${dossierKinds().join(', ')} (nhận được “${String(v.as)}”)`);
    if (v.pdfa && out.id !== 'pdf') throw new UsageError('--pdfa chỉ dùng với PDF (--format pdf, hoặc -o tệp .pdf)');
    const { renderCommand } = await import('../command-render.js');
    return renderCommand(args.positionals, {
      format: out.id,
      ...(v.template !== undefined ? { template: v.template as string } : {}),
      ...(v.layout !== undefined ? { layout: v.layout as TaskLayout } : {}),
      appendix: v['with-appendix'] === true,
      ...(v.output !== undefined ? { output: v.output as string } : {}),
      ...(v['out-dir'] !== undefined ? { outDir: v['out-dir'] as string } : {}),
      draft: v.draft === true,
      pdfa: v.pdfa === true,
      ...(v.as !== undefined ? { as: v.as as string } : {}),
    }, io);
  },
};
