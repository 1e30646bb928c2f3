// @kehoach/units: the country's administrative units since 1 July 2025 (34 provinces, 3,321 communes)
// and those before it, with their successors. The data (~450 KB of text) is a module of its own,
// loaded by `loadUnits()` on first use: importing this entry costs nothing.
import type { UnitRegistry } from './registry.js';

export type { UnitRegistry, FindOptions } from './registry.js';
export type { Province, ProvinceKind, Commune, CommuneKind, Unit, FormerCommune, FormerCommuneKind, FormerProvince, Resolution } from './model.js';
export { foldName } from './fold.js';
export { REFORM_DATE, PROVINCES_RESOLUTION } from './resolution.js';
export { DISTRICT_BODIES, districtBodies, type DistrictBody } from './district-bodies.js';
export { MERGED_PROVINCE_NAMES, mayNameMergedProvince } from './merged-provinces.js';

let registry: Promise<UnitRegistry> | undefined;

/**
 * The registry of units, its data imported on the first call (a separate module, a separate chunk
 * in a browser bundle) and kept.
 *
 * @example
 * const units = await loadUnits();
 * units.find('xã minh xuan'); // [] — Minh Xuân is a phường: units.find('Minh Xuân')[0].fullName === 'phường Minh Xuân'
 */
export function loadUnits(): Promise<UnitRegistry> {
  registry ??= import('./registry.js').then((m) => m.unitRegistry());
  return registry;
}
