import type { PlanInput } from '@kehoach/schema';
import { isV1, type V1Load } from './is-v1.js';
import { flowCommaSplits } from './flow-commas.js';
import { contextPlacer } from './check-plan.js';
import { runLoadRules, type RuleRunOptions } from './rules/run-rules.js';
import { decodeInput } from './decode-input.js';
import { hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics/diagnostic.js';
import { DEFAULT_LIMITS, formatBytes, type Limits } from './limits.js';
import { coreDiagnostic } from './codes.js';
import type { Plan } from './model.js';
import { normalise } from './normalise.js';
import { parseYaml } from './parse-yaml.js';
import { buildSourceMap, type SourceMap } from './source-map.js';
import type { SourceContext } from './validate-schema.js';
import { validateAgainstSchema } from './validate-schema.js';

/** Options of `loadPlan`. */
export interface LoadOptions {
  /** File name used in diagnostics. Default `plan.yaml`. */
  file?: string;
  /** Limits on size, depth and aliases; defaults to `DEFAULT_LIMITS`. */
  limits?: Partial<Limits>;
  /**
   * Which load-phase rules run besides the required ones: `.kehoachrc.yaml` settings (the plan's own
   * `check:` block wins over them) and `only`. By default, those the plan's kind lists, as configured
   * by its `check:` block.
   */
  rules?: RuleRunOptions;
}

/** The result of loading: the plan when there is no error, and every diagnostic found. */
export interface LoadResult {
  plan?: Plan;
  diagnostics: Diagnostic[];
}

/** How a schema v1 file is loaded (`loadV1`), or `undefined` where only version 2 is loaded. */
export type V1Loader = (value: object, ctx: SourceContext, map: SourceMap, rules?: RuleRunOptions) => V1Load;

/**
 * The steps of `loadPlan`: decode → parse → validate → load-phase rules → normalise; a v1 file goes
 * through `v1` (or, without it, gets SCHEMA_V1_NOT_LOADED).
 */
export function loadPlanData(source: string | Uint8Array, options: LoadOptions, v1Loader: V1Loader | undefined): LoadResult {
  const file = options.file ?? 'plan.yaml';
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  try {
    let text: string;
    if (typeof source === 'string') text = source;
    else {
      if (source.length > limits.maxBytes) {
        const d = coreDiagnostic('INPUT_TOO_LARGE', { file, path: '', line: 1, column: 1 }, {
          size: formatBytes(source.length),
          limit: formatBytes(limits.maxBytes),
        });
        return { diagnostics: [d] };
      }
      const decoded = decodeInput(source, file);
      if (decoded.text === undefined) return { diagnostics: decoded.diagnostics };
      text = decoded.text;
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const parsed = parseYaml(text, file, limits);
    if (hasErrors(parsed.diagnostics)) return { diagnostics: sortDiagnostics(parsed.diagnostics) };
    const value = parsed.value;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      const found = Array.isArray(value) ? 'một danh sách' : value === null ? 'rỗng' : `giá trị “${String(value)}”`;
      return { diagnostics: [coreDiagnostic('INPUT_NOT_MAPPING', { file, path: '', line: 1, column: 1 }, { found })] };
    }
    const ctx = { file, lineCounter: parsed.lineCounter, ...(parsed.doc ? { doc: parsed.doc } : {}) };
    const placer = contextPlacer(ctx, text);
    if (isV1(value)) {
      if (!v1Loader) return { diagnostics: [coreDiagnostic('SCHEMA_V1_NOT_LOADED', { file, path: '', line: 1, column: 1 }, { file })] };
      // A v1 file: validated against v1 (its own paths), then moved to v2 in memory.
      const v1 = v1Loader(value, ctx, buildSourceMap(parsed.doc, parsed.lineCounter), options.rules);
      const all = sortDiagnostics([...parsed.diagnostics, ...v1.diagnostics]);
      if (!v1.input || hasErrors(all)) return { diagnostics: all };
      return { plan: normalise(v1.input, { file, map: v1.map }), diagnostics: all };
    }
    const schemaDiagnostics = validateAgainstSchema(value, ctx);
    if (schemaDiagnostics.length) {
      // Report the semantic problems too (unknown agencies, duplicate ids) so that the user
      // fixes everything in one round; each load rule reads the malformed input through guards.
      const partial = runLoadRules(value, placer, options.rules);
      const seen = new Set(schemaDiagnostics.map((d) => `${d.line}:${d.column}`));
      const extra = partial.filter((d) => d.severity === 'error' && !seen.has(`${d.line}:${d.column}`));
      return { diagnostics: sortDiagnostics([...parsed.diagnostics, ...schemaDiagnostics, ...extra]) };
    }
    const input = value as PlanInput;
    const checks = [...parsed.diagnostics, ...flowCommaSplits(parsed.doc, parsed.lineCounter, file), ...runLoadRules(input, placer, options.rules)];
    if (hasErrors(checks)) return { diagnostics: sortDiagnostics(checks) };
    // Where each value is, worked out when first asked for (by a later diagnostic or the studio's
    // outline): a plan rendered without a problem never needs it.
    const { doc, lineCounter } = parsed;
    let map: SourceMap | undefined;
    const sourceMap = { file, get map(): SourceMap { return (map ??= buildSourceMap(doc, lineCounter)); } };
    return { plan: normalise(input, sourceMap), diagnostics: sortDiagnostics(checks) };
  } catch (e) {
    return {
      diagnostics: [
        coreDiagnostic('INTERNAL_ERROR', { file, path: '', line: 1, column: 1 }, {
          detail: e instanceof Error ? e.message : String(e),
        }),
      ],
    };
  }
}
