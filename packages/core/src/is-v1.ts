import type { PlanInput } from '@kehoach/schema';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import type { SourceMap } from './source-map.js';

/** True for data written in schema v1: `schemaVersion: 1`, or no version and v1's `tasks` section. */
export function isV1(value: object): boolean {
  const version = (value as { schemaVersion?: unknown }).schemaVersion;
  return version === 1 || (version === undefined && 'tasks' in value && !('body' in value));
}

/** What loading v1 data gives: the v2 input when valid, the diagnostics (paths of the v1 file), the moved source map. */
export interface V1Load {
  input?: PlanInput;
  diagnostics: Diagnostic[];
  map: SourceMap;
}

