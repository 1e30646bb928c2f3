import type { ImportCode } from './codes.js';

/**
 * Thrown inside a reader when the input passes one of `ImportLimits` (paragraphs, XML elements, table
 * depth, PDF text items or time); the reader turns it into its one error diagnostic.
 */
export class LimitExceeded extends Error {
  constructor(
    readonly code: ImportCode,
    readonly params: Record<string, string | number>,
  ) {
    super(code);
  }
}
