import type { Plan } from '@kehoach/core';
import { BUILT_IN_OUTPUTS } from './built-in.js';
import type { AnyOutput, Output, OutputInput, OutputInputs, OutputOptions, OutputResult } from './output.js';

/** The registered outputs, in the order lists show them (built-ins first). */
const REGISTERED: AnyOutput[] = [...BUILT_IN_OUTPUTS];

const same = (o: AnyOutput, input: OutputInput, id: string) => o.input === input && o.id === id;

/** Options of `registerOutput`. */
export interface RegisterOutputOptions {
  /** Its place in the lists (help texts, buttons): after the output of the same input with this id; default last. */
  after?: string;
}

/**
 * Adds an output format, or replaces the one of the same input and id. The CLI's `--format`
 * choices and help, the service's routes and the studio's buttons list it from then on. Built-in
 * outputs are registered when `kehoach` loads; `kehoach/node` adds `pdf`; a portal registers its own
 * at start-up.
 *
 * @example
 * registerOutput(defineOutput({ id: 'html', input: 'plan', extension: 'html', mediaType: 'text/html; charset=utf-8', label: 'trang web', shortLabel: 'HTML', binary: false, render: (plan) => ({ output: toHtml(plan), diagnostics: [] }) }));
 */
export function registerOutput(output: AnyOutput, options: RegisterOutputOptions = {}): void {
  const at = REGISTERED.findIndex((o) => same(o, output.input, output.id));
  if (at >= 0) {
    REGISTERED[at] = output;
    return;
  }
  const after = options.after === undefined ? -1 : REGISTERED.findIndex((o) => same(o, output.input, options.after!));
  if (after >= 0) REGISTERED.splice(after + 1, 0, output);
  else REGISTERED.push(output);
}

/** Removes an output registered by `registerOutput` (tests, hot reload); a replaced built-in comes back. */
export function unregisterOutput(input: OutputInput, id: string): void {
  const at = REGISTERED.findIndex((o) => same(o, input, id));
  if (at < 0) return;
  const builtIn = BUILT_IN_OUTPUTS.find((o) => same(o, input, id));
  if (builtIn) REGISTERED[at] = builtIn;
  else REGISTERED.splice(at, 1);
}

/**
 * The registered outputs (of one input), in the order lists show them.
 *
 * @example
 * outputs('checklist').map((o) => o.id); // ['json', 'md', 'csv', 'ics', 'docx', 'xlsx']
 */
export function outputs(): readonly AnyOutput[];
export function outputs<I extends OutputInput>(input: I): ReadonlyArray<Output<I>>;
export function outputs(input?: OutputInput): readonly AnyOutput[] {
  return input === undefined ? [...REGISTERED] : REGISTERED.filter((o) => o.input === input);
}

/** The output of an input with this id, if one is registered. @example findOutput('plan', 'docx')?.mediaType */
export function findOutput<I extends OutputInput>(input: I, id: string): Output<I> | undefined {
  return REGISTERED.find((o) => same(o, input, id)) as Output<I> | undefined;
}

/** What `outputForFile` chooses among. */
export interface OutputForFileOptions {
  /** Plan outputs: only renditions of the document (`kehoach render`) or only messages (`kehoach export`). */
  purpose?: 'document' | 'exchange';
}

/** The extensions a file of an output may have, without the dot: its own first, then its others (`edxml`, `xml`). */
export function outputExtensions(o: Pick<AnyOutput, 'extension' | 'otherExtensions'>): string[] {
  return [o.extension, ...(o.otherExtensions ?? [])];
}

/**
 * The registered output a file name asks for by its extension, as pandoc picks its writer:
 * `kh.pdf` → `pdf`, `kh.xml` → `edxml`, `kh.nhiem-vu.xlsx` → the checklist's `xlsx`. Case is
 * ignored and the longest extension that matches wins (`kh.dem.txt` is `dem`, not `txt`);
 * `undefined` when no output of that input (and purpose) has it.
 *
 * @example
 * outputForFile('plan', 'ke-hoach.pdf')?.id; // 'pdf' (with kehoach/node loaded)
 * outputForFile('checklist', 'x.yaml'); // undefined
 */
export function outputForFile<I extends OutputInput>(input: I, file: string, options: OutputForFileOptions = {}): Output<I> | undefined {
  const name = file.replace(/^.*[\\/]/, '').toLowerCase();
  let best: { output: Output<I>; length: number } | undefined;
  for (const o of outputs(input)) {
    if (options.purpose && (o.purpose ?? 'document') !== options.purpose) continue;
    for (const e of outputExtensions(o)) {
      const length = e.length;
      if (name.length > length + 1 && name.endsWith('.' + e.toLowerCase()) && (!best || length > best.length)) best = { output: o, length };
    }
  }
  return best?.output;
}

/** The output of an input with this id; throws for one that is not registered (a program's mistake). */
export function output<I extends OutputInput>(input: I, id: string): Output<I> {
  const o = findOutput(input, id);
  if (!o) throw new Error(`kehoach: no ${input} output "${id}" (registered: ${outputs(input).map((x) => x.id).join(', ')})`);
  return o;
}

/**
 * Renders a plan, or a checklist, to one of the registered outputs.
 *
 * @example
 * const { output } = await renderOutput('checklist', 'csv', { checklist, plan });
 */
export async function renderOutput<I extends OutputInput>(input: I, id: string, value: OutputInputs[I], options: OutputOptions = {}): Promise<OutputResult> {
  return output(input, id).render(value, options);
}

/** The ids of the built-in plan outputs that render in any JavaScript runtime. */
export type OutputFormatId = 'docx' | 'md' | 'txt' | 'edxml';

/**
 * A plan rendered, at once, to a registered output that renders without waiting (not PDF: use
 * `renderOutput`).
 *
 * @example
 * const { output, diagnostics } = renderAs(plan, 'md', { draft: true });
 */
export function renderAs(plan: Plan, format: OutputFormatId | (string & {}), options: OutputOptions = {}): OutputResult {
  const r = output('plan', format).render(plan, options);
  if (r instanceof Promise) throw new Error(`kehoach: the "${format}" output renders asynchronously; use renderOutput`);
  return r;
}
