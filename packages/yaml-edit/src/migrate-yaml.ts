import { hasErrors, loadPlan, migrateV1, quoteDates, type Diagnostic, type Migration } from '@kehoach/core';
import type { V1 } from '@kehoach/schema';
import { Document, parseDocument } from 'yaml';
import { graft } from './graft.js';

/** The result of `migrateYaml`: the v2 text, or the diagnostics that prevent it. */
export interface MigrateResult {
  /** The file rewritten as schema v2; undefined when the input has errors. */
  text?: string;
  /** True when the file was v1 and has been rewritten. */
  changed: boolean;
  diagnostics: Diagnostic[];
}

/** The v1 pointer a v2 pointer came from: the longest moved prefix, reversed; else the same pointer. */
function reverse(moves: Migration['moves']): (p: string) => string {
  return (p) => {
    let best: [string, string] | undefined;
    for (const m of moves) if ((p === m[1] || p.startsWith(m[1] + '/')) && (!best || m[1].length > best[1].length)) best = m;
    return best ? best[0] + p.slice(best[1].length) : p;
  };
}

/**
 * Rewrites a schema v1 plan file as v2, keeping the person's comments, blank lines and quoting
 * where the values went (a goal part's comment stays above it in its new section); only dates are
 * put in quotes, so that YAML 1.1 readers (js-yaml, ajv-cli) read them as strings. A v2 file is
 * returned unchanged; a file with errors is not rewritten (its diagnostics say why).
 *
 * @example
 * const { text, changed } = migrateYaml(readFileSync('ke-hoach.yaml', 'utf8'), { file: 'ke-hoach.yaml' });
 */
export function migrateYaml(source: string, options: { file?: string; lineWidth?: number } = {}): MigrateResult {
  const loaded = loadPlan(source, { file: options.file ?? 'plan.yaml' });
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (!loaded.plan || hasErrors(errors)) return { changed: false, diagnostics: loaded.diagnostics };
  if (!loaded.diagnostics.some((d) => d.code === 'SCHEMA_V1_MIGRATED')) return { text: source, changed: false, diagnostics: [] };
  const old = parseDocument(source.replace(/^\uFEFF/, ''), { keepSourceTokens: false });
  const { input, moves } = migrateV1(old.toJS() as V1.PlanV1);
  // Keys in the order a person reads a plan: schemaVersion and the header first, as v1 had them.
  const next = new Document(input, { aliasDuplicateObjects: false });
  graft(old, next, reverse(moves));
  // The one change of quoting: dates go in quotes, so that YAML 1.1 readers (js-yaml) read strings.
  quoteDates(next);
  const text = next.toString({ lineWidth: options.lineWidth ?? 116, minContentWidth: 40 });
  return { text, changed: true, diagnostics: loaded.diagnostics.filter((d) => d.code !== 'SCHEMA_V1_MIGRATED') };
}
