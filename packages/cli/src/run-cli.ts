import { parseArgs } from 'node:util';
import { formatDiagnostics, makeDiagnostic } from '@kehoach/core';
import type { TaskLayout } from '@kehoach/core';
import { checklistCommand, type ChecklistFormat } from './command-checklist.js';
import { cloneCommand, rollCommand, traceCommand } from './command-clone.js';
import { renderCommand, type RenderFormat } from './command-render.js';
import { validateCommand } from './command-validate.js';
import { migrateCommand } from './command-migrate.js';
import { checkCommand, listRulesCommand, type CheckFormat } from './command-check.js';
import type { Io } from './io.js';
import { USAGE } from './usage.js';
import { importCommand, receivedImporter } from './command-import.js';
import { exportCommand } from './command-export.js';

/** The version printed by `kehoach --version`. */
export const VERSION = '0.1.0';

/**
 * Runs the CLI with the given arguments (without `node` and the script) and returns the exit code.
 * Usage mistakes print a Vietnamese message and return 2; nothing here throws for user input.
 */
export async function runCli(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    io.out(VERSION + '\n');
    return 0;
  }
  try {
    switch (command) {
      case 'validate': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: { format: { type: 'string', default: 'text' } },
        });
        if (!positionals.length) return usageError(io, 'cần ít nhất một tệp kế hoạch — give at least one plan file');
        if (values.format !== 'text' && values.format !== 'json') {
          return usageError(io, `--format phải là text hoặc json (nhận được “${values.format}”)`);
        }
        return await validateCommand(positionals, values.format, io);
      }
      case 'render': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: {
            format: { type: 'string', default: 'docx' },
            output: { type: 'string', short: 'o' },
            'out-dir': { type: 'string' },
            draft: { type: 'boolean', default: false },
            template: { type: 'string' },
            layout: { type: 'string' },
            'with-appendix': { type: 'boolean', default: false },
          },
        });
        if (!positionals.length) return usageError(io, 'cần ít nhất một tệp kế hoạch — give at least one plan file');
        if (positionals.length > 1 && values.output !== undefined) {
          return usageError(io, '-o chỉ dùng với một tệp; nhiều tệp thì dùng --out-dir — use --out-dir for several files');
        }
        if (!['docx', 'pdf', 'md', 'txt'].includes(values.format!)) {
          return usageError(io, `--format phải là docx, pdf, md hoặc txt (nhận được “${values.format}”)`);
        }
        if (values.layout !== undefined && values.layout !== 'by-agency' && values.layout !== 'by-theme') {
          return usageError(io, `--layout phải là by-agency hoặc by-theme (nhận được “${values.layout}”)`);
        }
        return await renderCommand(positionals, {
          format: values.format as RenderFormat,
          ...(values.template !== undefined ? { template: values.template } : {}),
          ...(values.layout !== undefined ? { layout: values.layout as TaskLayout } : {}),
          appendix: values['with-appendix'],
          ...(values.output !== undefined ? { output: values.output } : {}),
          ...(values['out-dir'] !== undefined ? { outDir: values['out-dir'] } : {}),
          draft: values.draft,
        }, io);
      }
      case 'checklist': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: {
            format: { type: 'string', default: 'json' },
            output: { type: 'string', short: 'o' },
            agency: { type: 'string' },
            split: { type: 'string' },
            today: { type: 'string' },
            remind: { type: 'string' },
          },
        });
        if (positionals.length !== 1) return usageError(io, 'cần đúng một tệp kế hoạch — give exactly one plan file');
        if (values.remind !== undefined && (!/^\d{1,3}$/.test(values.remind) || values.format !== 'ics')) {
          return usageError(io, `--remind <số ngày> dùng với --format ics (nhận được “${values.remind}”)`);
        }
        if (!['json', 'md', 'csv', 'ics', 'docx', 'xlsx'].includes(values.format!)) {
          return usageError(io, `--format phải là json, md, csv, ics, docx hoặc xlsx (nhận được “${values.format}”)`);
        }
        if (values.today !== undefined && !isRealDate(values.today)) {
          return usageError(io, `--today phải là một ngày có thật dạng YYYY-MM-DD (nhận được “${values.today}”)`);
        }
        if (values.split !== undefined && (values.format === 'docx' || values.format === 'xlsx')) {
          return usageError(io, '--split dùng với json, md, csv hoặc ics — use --split with a text format');
        }
        return await checklistCommand(positionals[0]!, {
          format: values.format as ChecklistFormat,
          ...(values.output !== undefined ? { output: values.output } : {}),
          ...(values.agency !== undefined ? { agency: values.agency } : {}),
          ...(values.split !== undefined ? { split: values.split } : {}),
          ...(values.today !== undefined ? { today: values.today } : {}),
          ...(values.remind !== undefined ? { remind: Number(values.remind) } : {}),
        }, io);
      }
      case 'clone': {
        const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { unit: { type: 'string' }, output: { type: 'string', short: 'o' } } });
        if (positionals.length !== 1 || !values.unit) return usageError(io, 'cần một kế hoạch cấp trên và --unit <hồ sơ đơn vị>');
        return await cloneCommand(positionals[0]!, values.unit, values.output, io);
      }
      case 'trace': {
        const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { parent: { type: 'string' }, format: { type: 'string', default: 'text' } } });
        if (positionals.length !== 1 || !values.parent) return usageError(io, 'cần một kế hoạch con và --parent <kế hoạch cấp trên>');
        if (values.format !== 'text' && values.format !== 'json') return usageError(io, '--format phải là text hoặc json');
        return await traceCommand(positionals[0]!, values.parent, values.format, io);
      }
      case 'roll': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: { year: { type: 'string' }, output: { type: 'string', short: 'o' }, 'cite-previous': { type: 'boolean', default: false } },
        });
        const year = Number(values.year);
        if (positionals.length !== 1 || !/^\d{4}$/.test(values.year ?? '')) return usageError(io, 'cần một kế hoạch và --year YYYY');
        // The years a plan may have (the schema's period range): --year 0000 is a usage mistake.
        if (year < MIN_YEAR || year > MAX_YEAR) return usageError(io, `--year phải từ ${MIN_YEAR} đến ${MAX_YEAR} (nhận được “${values.year}”)`);
        return await rollCommand(positionals[0]!, year, values.output, values['cite-previous'], io);
      }
      case 'migrate': {
        const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { output: { type: 'string', short: 'o' } } });
        if (!positionals.length) return usageError(io, 'cần ít nhất một tệp kế hoạch — give at least one plan file');
        if (positionals.length > 1 && values.output !== undefined) return usageError(io, '-o chỉ dùng với một tệp — -o takes one file');
        return await migrateCommand(positionals, values.output, io);
      }
      case 'check': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: { format: { type: 'string', default: 'text' }, fix: { type: 'boolean', default: false }, rules: { type: 'boolean', default: false } },
        });
        if (values.rules) return await listRulesCommand(io);
        if (!positionals.length) return usageError(io, 'cần ít nhất một tệp kế hoạch — give at least one plan file');
        if (!['text', 'json', 'sarif'].includes(values.format!)) return usageError(io, `--format phải là text, json hoặc sarif (nhận được “${values.format}”)`);
        return await checkCommand(positionals, { format: values.format as CheckFormat, fix: values.fix, version: VERSION, importer: receivedImporter }, io);
      }
      case 'import': {
        const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { output: { type: 'string', short: 'o' }, report: { type: 'boolean', default: false } } });
        if (positionals.length !== 1) return usageError(io, 'cần đúng một tệp DOCX, PDF, TXT hoặc MD — give exactly one file');
        return await importCommand(positionals[0]!, values.output, values.report, io);
      }
      case 'export': {
        const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { format: { type: 'string', default: 'edxml' }, output: { type: 'string', short: 'o' } } });
        if (positionals.length !== 1) return usageError(io, 'cần đúng một tệp kế hoạch — give exactly one plan file');
        if (values.format !== 'edxml') return usageError(io, `--format phải là edxml (nhận được “${values.format}”)`);
        return await exportCommand(positionals[0]!, { format: 'edxml', ...(values.output !== undefined ? { output: values.output } : {}) }, io);
      }
      default:
        return usageError(io, `không có lệnh “${command}” — unknown command`);
    }
  } catch (e) {
    if (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS')) {
      return usageError(io, e.message);
    }
    // A file-system error here is the user's path (an output folder that does not exist, a
    // folder given as a file, no permission): a diagnostic, not an internal error.
    if (e && typeof e === 'object' && 'syscall' in e) {
      const err = e as NodeJS.ErrnoException;
      const vi: Record<string, string> = {
        ENOENT: 'thư mục không tồn tại',
        EISDIR: 'đường dẫn là một thư mục, cần tên tệp',
        ENOTDIR: 'một phần của đường dẫn không phải thư mục',
        EACCES: 'không có quyền ghi',
        EPERM: 'không có quyền ghi',
        EROFS: 'ổ đĩa chỉ đọc',
        ENOSPC: 'ổ đĩa đã đầy',
        EINPUT: 'đây là một tệp đầu vào của lệnh, ghi ra sẽ xóa mất nó; chọn tên khác',
      };
      const place = { file: err.path ?? '?', path: '', line: 1, column: 1 };
      const d = makeDiagnostic('FILE_UNWRITABLE', place, { detail: vi[err.code ?? ''] ?? String(err.code), detailEn: String(err.code ?? err.message) });
      io.err(formatDiagnostics([d]) + '\n');
      return 1;
    }
    throw e;
  }
}

/** The years a plan's period may have (as in the schema). */
const MIN_YEAR = 1945;
const MAX_YEAR = 2200;

/** Whether `s` is a date that exists, written YYYY-MM-DD (2025-02-30 is not). */
function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function usageError(io: Io, message: string): number {
  io.err(`kehoach: ${message}\n\n${USAGE}`);
  return 2;
}
