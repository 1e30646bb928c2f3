import { dirname, extname, join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import {
  applyFixes, CHECK_CODES, checkPlanText, decodeInput, diagnosticsToJson, diagnosticsToSarif, formatDiagnostics, hasErrors, loadRules, parseRc, rulesList,
  type Diagnostic, type RuleConfig,
} from 'kehoach';
import { readInput, writeAtomic } from 'kehoach/node';
import type { Importer } from './importer.js';
import type { Io } from './io.js';

/** Output formats of `kehoach check`. */
export type CheckFormat = 'text' | 'json' | 'sarif';

/** Options of `kehoach check`. */
export interface CheckCommandOptions {
  format: CheckFormat;
  fix: boolean;
  version: string;
  /** The importer for received DOCX/PDF files (`receivedImporter`); without one they are refused with CHECK_UNSUPPORTED_FILE. */
  importer?: Importer;
}

/** `.kehoachrc.yaml` beside a plan, if there is one. */
function rcBeside(file: string): { config: RuleConfig; diagnostics: Diagnostic[] } {
  const rc = join(dirname(file), '.kehoachrc.yaml');
  if (!existsSync(rc)) return { config: {}, diagnostics: [] };
  const { config, problems } = parseRc(readFileSync(rc, 'utf8'));
  return { config, diagnostics: problems.map((detail) => CHECK_CODES.create('CHECK_CONFIG_INVALID', { file: rc, path: '', line: 1, column: 1 }, { detail })) };
}

type Locate = NonNullable<Awaited<ReturnType<Importer>>['locate']>;

/**
 * A finding on an imported plan placed in the original: line = the DOCX paragraph or the PDF/text
 * line (column 0), the place in words after the message (`đoạn 37`, `trang 2, dòng 14`); the JSON
 * pointer stays in `path`. A finding that cannot be placed gets line and column 0.
 */
function inOriginal(d: Diagnostic, locate: Locate | undefined): Diagnostic {
  // Fixes edit YAML text: they do not apply to a received DOCX/PDF, nor do the YAML ranges.
  const { fix: _fix, ...rest } = d as Diagnostic & { fix?: unknown; endLine?: number; endColumn?: number };
  const at = d.path ? locate?.(d.path) : undefined;
  const line = at ? (at.paragraph ?? at.line ?? 0) : 0;
  const placed = { ...rest, line, column: 0, ...('endLine' in d ? { endLine: line, endColumn: 0 } : {}) };
  return at ? { ...placed, message: `${d.message} (${at.place})`, messageEn: `${d.messageEn} (${at.place})` } : placed;
}

/**
 * The YAML text of a file to check: read, or imported from DOCX/PDF. A received file is read up to
 * the importer's own limit (`Importer.maxBytes`), a plan up to the plan limit.
 */
async function sourceOf(file: string, importer: Importer | undefined): Promise<{ text?: string; diagnostics: Diagnostic[]; locate?: Locate }> {
  const ext = extname(file).toLowerCase();
  const received = ext === '.docx' || ext === '.pdf';
  if (received && !importer) return { diagnostics: [CHECK_CODES.create('CHECK_UNSUPPORTED_FILE', { file, path: '', line: 1, column: 1 }, { ext })] };
  const read = await readInput(file, received ? importer?.maxBytes : undefined);
  if (read.diagnostic) return { diagnostics: [read.diagnostic] };
  if (received && importer) {
    const imported = await importer(read.bytes!, { file });
    if (imported.yaml === undefined) return { diagnostics: imported.diagnostics };
    return { text: imported.yaml, diagnostics: imported.diagnostics, ...(imported.locate ? { locate: imported.locate } : {}) };
  }
  const decoded = decodeInput(read.bytes!, file);
  return decoded.text === undefined ? { diagnostics: decoded.diagnostics } : { text: decoded.text, diagnostics: [] };
}

/**
 * `kehoach check <plan.yaml>… [--format text|json|sarif] [--fix]`: runs the content rules (with
 * `.kehoachrc.yaml` beside each plan and the plan's `check:` block); `--fix` rewrites each YAML
 * plan with the safe fixes, keeping comments and layout, then reports what is left. Exit 1 when
 * an error remains, else 0.
 */
export async function checkCommand(files: string[], options: CheckCommandOptions, io: Io): Promise<number> {
  const all: Diagnostic[] = [];
  for (const file of files) {
    const rc = rcBeside(file);
    all.push(...rc.diagnostics);
    const source = await sourceOf(file, options.importer);
    all.push(...source.diagnostics);
    if (source.text === undefined) continue;
    let result = await checkPlanText(source.text, { file, config: rc.config });
    const yamlFile = !['.docx', '.pdf'].includes(extname(file).toLowerCase());
    if (options.fix && yamlFile) {
      const fixed = applyFixes(source.text, result.diagnostics);
      if (fixed.fixed.length) {
        await writeAtomic(file, fixed.text);
        io.err(`${file}: đã sửa ${fixed.fixed.length} chỗ — fixed ${fixed.fixed.length}\n`);
        result = await checkPlanText(fixed.text, { file, config: rc.config });
      }
    }
    all.push(...(yamlFile ? result.diagnostics : result.diagnostics.map((d) => inOriginal(d, source.locate))));
  }
  if (options.format === 'json') io.out(diagnosticsToJson(all) + '\n');
  else if (options.format === 'sarif') {
    const rules = (await loadRules()).map((r) => r.meta);
    io.out(JSON.stringify(diagnosticsToSarif(all, { version: options.version, rules }), null, 2) + '\n');
  } else if (all.length) {
    // each rule's title after its id: `stale-year (Năm cũ còn sót)`
    const titles = new Map((await loadRules()).map((r) => [r.meta.id, r.meta.docs.title]));
    io.out(formatDiagnostics(all, { summary: true, titles: (rule) => titles.get(rule) }) + '\n');
  }
  return hasErrors(all) ? 1 : 0;
}

/** `kehoach check --rules`: one line per rule (id, severity, category, what it checks). */
export async function listRulesCommand(io: Io): Promise<number> {
  io.out(rulesList((await loadRules()).map((r) => r.meta)) + '\n');
  return 0;
}
