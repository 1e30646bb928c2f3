/**
 * Types of a plan as written in YAML/JSON, before normalisation — generated from
 * `schemas/plan.schema.json` (v2) and `schemas/plan-v1.schema.json` by `pnpm gen`, never kept by hand.
 * A few names are given here for the unions the schema leaves anonymous.
 */
import type { BlockInput, ItemInput, PartInput, SectionInput, TableInput, TaskBlockInput } from './generated/plan-input.js';

export type * from './generated/plan-input.js';
export type * as V1 from './generated/plan-v1-input.js';

/** A block that holds tasks: `{ tasks: … }`. */
export type TaskBlockEntry = Extract<BlockInput, { tasks: TaskBlockInput }>;
/** A block that holds a table: `{ table: … }`. */
export type TableEntry = Extract<BlockInput, { table: TableInput }>;
/** The agency fields that tasks, groups and task parts share. */
export type AttributionFields = Pick<import('./generated/plan-input.js').TaskInput, 'lead' | 'support' | 'requested' | 'attribution' | 'showAttribution'>;
/** Any object block. */
export type ObjectBlock = Exclude<BlockInput, string>;
/** A body entry that is a PHẦN. */
export type { PartInput, SectionInput, ItemInput };
/** How the children of a node are presented; numbers are always generated. */
export type ItemStyle = import('./generated/plan-input.js').ItemStyleInput;
/** Administrative level of an agency. */
export type AgencyLevel = NonNullable<import('./generated/plan-input.js').AgencyInput['level']>;
/** Kind of an agency. */
export type AgencyKind = NonNullable<import('./generated/plan-input.js').AgencyInput['kind']>;
