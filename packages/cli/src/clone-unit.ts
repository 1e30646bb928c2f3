import './native-deflate.js';
import { CLONE_CODES, CORE_CODES, clonePlan, decodeInput, documentNumber, formatDiagnostics, hasErrors, loadPlan, renderOutput, validatePlan, type Plan, type UnitProfile } from 'kehoach';
import { readInput } from 'kehoach/node';

/** The lines at the top of a cloned plan: whose it is, where it came from, what to do with it. */
function header(parent: Plan, parentFile: string, unitName: string, carried: number, left: string[]): string[] {
  return [
    `Kế hoạch của ${unitName}, nhân bản từ Kế hoạch ${documentNumber(parent) ?? 'dự thảo'} của ${parent.issuer.name} (${parentFile}).`,
    `Dự thảo: sửa nội dung cho phù hợp địa phương; giữ “origin” để “kehoach trace” kiểm tra độ phủ.`,
    `Đã nhận ${carried} nhiệm vụ; để lại cấp trên: ${left.join(', ') || 'không'}.`,
  ];
}

/** One unit's clone: its YAML (and the plan it loads back as), or the diagnostics that stop it. */
export interface UnitClone {
  yaml?: string;
  plan?: Plan;
  messages: string;
}

/** A unit's profile as the clone gets it: the bytes of its file, or a profile made from the units registry. */
export type UnitInput = { bytes: Uint8Array; file: string } | { profile: UnitProfile };

/**
 * Clones `parent` for one unit profile (bytes of its file, or a registry commune's profile) with the public `kehoach` API, then loads
 * the YAML back as the file `target`: what is written must load without an error. `check: 'data'`
 * (batches) validates the cloned data instead of parsing the YAML again: the same checks of the
 * schema and the plan, without the cost of a second YAML parse (the round trip of `planToYaml` is
 * covered by the single-unit command and its tests).
 */
export function cloneUnit(parent: Plan, parentFile: string, unit: UnitInput, target: string, schema?: string, check: 'yaml' | 'data' = 'yaml'): UnitClone {
  let given: UnitProfile | string;
  if ('profile' in unit) given = unit.profile;
  else {
    const decoded = decodeInput(unit.bytes, unit.file);
    if (decoded.text === undefined) return { messages: formatDiagnostics(decoded.diagnostics) + '\n' };
    given = decoded.text;
  }
  const r = clonePlan(parent, given, {
    parentFile,
    ...('file' in unit ? { unitFile: unit.file } : {}),
    ...(schema ? { schema } : {}),
    header: ({ unit, carried, left }) => header(parent, parentFile, unit.unit.name, carried, left),
  });
  let messages = r.diagnostics.length ? formatDiagnostics(r.diagnostics) + '\n' : '';
  if (r.yaml === undefined || hasErrors(r.diagnostics)) return { messages };
  const back = check === 'yaml' ? loadPlan(r.yaml, { file: target }) : validatePlan(r.input, { file: target });
  if (!back.plan || hasErrors(back.diagnostics)) {
    const d = CORE_CODES.create('INTERNAL_ERROR', { file: target, path: '', line: 1, column: 1 }, { detail: 'kế hoạch sinh ra không nạp lại được' });
    messages += formatDiagnostics([d, ...back.diagnostics]) + '\n';
    return { messages };
  }
  return { yaml: r.yaml, plan: back.plan, messages };
}

/** One unit of a batch clone, as a worker thread receives it. */
export interface CloneJob {
  kind: 'clone';
  parentFile: string;
  /** The unit's profile file, or (`unitProfile`) a profile made from the units registry. */
  unitFile?: string;
  unitProfile?: UnitProfile;
  /** Where the unit's plan goes. */
  target: string;
  schema?: string;
  /** Render the clone too, to `renderTarget`. */
  render?: string;
  renderTarget?: string;
}

/** The files a unit's job made (to be written by the main thread) and what to print. */
export interface CloneOutcome {
  files: Array<{ path: string; data: string | Uint8Array }>;
  messages: string;
}

const parents = new Map<string, Promise<{ plan?: Plan; messages: string }>>();

/** The parent plan, loaded once per thread. */
function parentOf(file: string): Promise<{ plan?: Plan; messages: string }> {
  let p = parents.get(file);
  if (!p) {
    p = readInput(file).then((read) => {
      if (read.diagnostic) return { messages: formatDiagnostics([read.diagnostic]) + '\n' };
      const r = loadPlan(read.bytes!, { file });
      return hasErrors(r.diagnostics) || !r.plan ? { messages: formatDiagnostics(r.diagnostics) + '\n' } : { plan: r.plan, messages: '' };
    });
    parents.set(file, p);
  }
  return p;
}

/** Runs one unit of a batch clone: reads the profile, clones, renders if asked. */
export async function cloneUnitFile(job: CloneJob): Promise<CloneOutcome> {
  const parent = await parentOf(job.parentFile);
  if (!parent.plan) return { files: [], messages: '' };
  let unit: UnitInput;
  if (job.unitProfile) unit = { profile: job.unitProfile };
  else {
    const read = await readInput(job.unitFile!);
    if (read.diagnostic) return { files: [], messages: formatDiagnostics([read.diagnostic]) + '\n' };
    unit = { bytes: read.bytes!, file: job.unitFile! };
  }
  const c = cloneUnit(parent.plan, job.parentFile, unit, job.target, job.schema, 'data');
  if (!c.yaml) return { files: [], messages: c.messages };
  const files: CloneOutcome['files'] = [{ path: job.target, data: c.yaml }];
  let messages = c.messages;
  if (job.render && job.renderTarget) {
    const r = await renderOutput('plan', job.render, c.plan!);
    if (r.diagnostics.length) messages += formatDiagnostics(r.diagnostics) + '\n';
    if (r.output !== undefined) files.push({ path: job.renderTarget, data: r.output });
  }
  return { files, messages };
}

/** The diagnostic line for a parent plan that cannot be cloned. */
export function parentInvalid(parentFile: string): string {
  return formatDiagnostics([CLONE_CODES.create('CLONE_PARENT_INVALID', { file: parentFile, path: '', line: 1, column: 1 })]) + '\n';
}

/** Loads the parent in this thread (its diagnostics printed once, before the workers start). */
export { parentOf as loadParent };
