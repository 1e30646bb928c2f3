import { CLONE_CODES } from './codes.js';
import { hasErrors, locate, parseYaml, sortDiagnostics, toPointer, validateAgainstSchema, validateUnitData, type Diagnostic } from '@kehoach/core';
import type { AgencyInput, RecipientsInput, SignatureInput } from '@kehoach/schema';
import { COMMUNE_AGENCIES } from './default-map.js';

/** A lower unit's profile (schemas/unit.schema.json), as loaded. */
export interface UnitProfile {
  unit: {
    name: string;
    headerLines?: string[];
    abbreviation: string;
    place: string;
    level: 'tinh' | 'huyen' | 'xa' | 'thon';
    scope: string;
    kind?: 'xa' | 'phuong' | 'dac-khu';
    parent?: { name: string; headerLines?: string[] };
  };
  self?: string;
  signature?: SignatureInput;
  agencies?: Record<string, AgencyInput>;
  map?: Record<string, string | null>;
  recipients?: RecipientsInput;
}

/**
 * Loads a unit profile from YAML with the plan loader's guarantees (limits, positions, every
 * problem at once): schema errors, and map targets that the unit does not declare.
 */
export function loadUnit(text: string, file = 'unit.yaml'): { unit?: UnitProfile; diagnostics: Diagnostic[] } {
  const parsed = parseYaml(text, file);
  if (hasErrors(parsed.diagnostics)) return { diagnostics: parsed.diagnostics };
  const ctx = { file, lineCounter: parsed.lineCounter, ...(parsed.doc ? { doc: parsed.doc } : {}) };
  const schema = validateAgainstSchema(parsed.value, ctx, validateUnitData);
  if (schema.length) return { diagnostics: schema };
  const unit = parsed.value as UnitProfile;
  const known = new Set([...Object.keys(COMMUNE_AGENCIES), ...Object.keys(unit.agencies ?? {}), 'self']);
  const out: Diagnostic[] = [];
  for (const [from, to] of Object.entries(unit.map ?? {})) {
    if (to !== null && !known.has(to)) {
      const path = toPointer(['map', from]);
      out.push(CLONE_CODES.create('CLONE_MAP_UNKNOWN_TARGET', { file, path, ...locate(parsed.doc, parsed.lineCounter, path) }, { from, to, known: [...known].join(', ') }));
    }
  }
  return hasErrors(out) ? { diagnostics: sortDiagnostics(out) } : { unit, diagnostics: out };
}
