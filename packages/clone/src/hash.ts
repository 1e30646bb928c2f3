import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** JSON with object keys sorted at every level, so equal data gives equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const o = value as Record<string, unknown>;
  return `{${Object.keys(o).filter((k) => o[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
}

/** `sha256:` + the hex SHA-256 of the canonical JSON of a value (pure JS, runs in browsers). */
export function contentHash(value: unknown): string {
  return 'sha256:' + bytesToHex(sha256(new TextEncoder().encode(canonicalJson(value))));
}

/** A short (16 hex digits) hash of a value, for per-task comparisons. */
export function shortHash(value: unknown): string {
  return contentHash(value).slice(7, 23);
}
