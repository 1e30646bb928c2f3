/** Limits applied to untrusted input. */
export interface Limits {
  /** Largest accepted input, in bytes (UTF-8). Default 2 MiB. */
  maxBytes: number;
  /** Deepest accepted nesting of mappings and sequences. Default 64. */
  maxDepth: number;
  /** Most YAML alias expansions (`*name`) accepted. Default 100. */
  maxAliasCount: number;
  /**
   * Most values (scalars, aliases, flow collections) accepted, counted before parsing. Default
   * 120 000: a real plan has 500–1 000 (a 25 KB example: 600), a plan of 10 000 one-line tasks
   * about 100 000; parsing costs about 5 µs and 1.5 KB per value, so an input refused after
   * parsing is refused in about a second (`pnpm probe`).
   */
  maxNodes: number;
}

/** The default limits: a real plan is 20–80 KB and nests about 10 levels. */
export const DEFAULT_LIMITS: Limits = {
  maxBytes: 2 * 1024 * 1024,
  maxDepth: 64,
  maxAliasCount: 100,
  maxNodes: 120_000,
};

/** Formats a byte count for messages: `20,0 MB`, `512 KB`. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} B`;
}
