import { decodeInput } from '@kehoach/core';
import { migrateYaml, type MigrateResult } from '@kehoach/yaml-edit';

/** Options of `migratePlan`. */
export interface MigrateOptions {
  /** File name used in diagnostics. Default `plan.yaml`. */
  file?: string;
}

/**
 * A schema v1 plan rewritten as schema v2, keeping the person's comments, blank lines and quoting
 * (only dates are put in quotes). `source` is YAML text, or bytes checked as UTF-8 as `loadPlan`
 * checks them (a UTF-16 file is refused, not rewritten as mojibake). A v2 plan comes back
 * unchanged (`changed: false`); a plan with errors is not rewritten (no `text`, the diagnostics
 * say why).
 *
 * @example
 * const { text, changed, diagnostics } = migratePlan(readFileSync('ke-hoach.yaml'), { file: 'ke-hoach.yaml' });
 */
export function migratePlan(source: string | Uint8Array, options: MigrateOptions = {}): MigrateResult {
  const file = options.file ?? 'plan.yaml';
  if (typeof source === 'string') return migrateYaml(source, { file });
  const decoded = decodeInput(source, file);
  return decoded.text === undefined ? { changed: false, diagnostics: decoded.diagnostics } : migrateYaml(decoded.text, { file });
}
