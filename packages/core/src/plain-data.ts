import type { Diagnostic } from './diagnostics/diagnostic.js';
import type { Limits } from './limits.js';
import { toPointer } from './locate.js';
import { coreDiagnostic } from './codes.js';
import { scrubText } from './scrub-text.js';

/** The copy of caller data, or why it cannot be plan data. */
export interface PlainData {
  value?: unknown;
  diagnostics: Diagnostic[];
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type Path = Array<string | number>;
type Code = 'INPUT_TOO_DEEP' | 'INPUT_TOO_MANY_NODES' | 'INPUT_TOO_LARGE' | 'INPUT_NOT_DATA' | 'FORBIDDEN_KEY';

/** A value to copy, where its copy goes, its path, and the objects it sits in (to find cycles). */
interface Job {
  value: unknown;
  put: (v: unknown) => void;
  path: Path;
  ancestors: ReadonlySet<object>;
}

class Refused extends Error {
  constructor(readonly code: Code, readonly path: Path, readonly params: Record<string, string | number>) {
    super(code);
  }
}

/**
 * Copies caller data (a form, a database row, `JSON.parse` output) into plain JSON data with the
 * same limits as YAML input — without recursion, so depth costs no stack:
 * - nesting deeper than `maxDepth` → `INPUT_TOO_DEEP`; more than `maxNodes` values →
 *   `INPUT_TOO_MANY_NODES`; more than `maxBytes` of text in all → `INPUT_TOO_LARGE`;
 * - an object that contains itself, a BigInt, a symbol, a function, or a property that throws
 *   when read → `INPUT_NOT_DATA`; a key `__proto__`, `constructor`, `prototype` → `FORBIDDEN_KEY`.
 * As `JSON.stringify` does, `toJSON` is honoured (a `Date` becomes its ISO string), `undefined`
 * properties are left out (null in lists), and non-finite numbers become null. Control characters
 * are dropped from strings and bidirectional controls noted (warnings), as `parseYaml` does.
 */
export function toPlainData(data: unknown, file: string, limits: Limits): PlainData {
  let nodes = 0;
  let chars = 0;
  const root: { value?: unknown } = {};
  const jobs: Job[] = [{ value: data, put: (v) => (root.value = v), path: [], ancestors: new Set() }];
  const where = (path: Path) => toPointer(path) || '/';
  const notData = (path: Path, vi: string, en: string) =>
    new Refused('INPUT_NOT_DATA', path, { detail: `${vi} (tại ${where(path)})`, detailEn: `${en} (at ${where(path)})` });
  try {
    while (jobs.length) {
      const job = jobs.pop()!;
      const { path, ancestors } = job;
      let value = job.value;
      if (++nodes > limits.maxNodes) throw new Refused('INPUT_TOO_MANY_NODES', path, { count: `${limits.maxNodes}+`, limit: limits.maxNodes });
      if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
        value = (value as { toJSON: (key: string) => unknown }).toJSON(String(path[path.length - 1] ?? ''));
      }
      switch (typeof value) {
        case 'string':
          chars += value.length;
          if (chars > limits.maxBytes) throw new Refused('INPUT_TOO_LARGE', path, { size: `> ${limits.maxBytes} B`, limit: `${limits.maxBytes} B` });
          job.put(value);
          continue;
        case 'number':
          job.put(Number.isFinite(value) ? value : null);
          continue;
        case 'boolean':
          job.put(value);
          continue;
        case 'undefined':
          job.put(undefined);
          continue;
        case 'bigint':
          throw notData(path, 'số BigInt', 'a BigInt');
        case 'symbol':
          throw notData(path, 'một symbol', 'a symbol');
        case 'function':
          throw notData(path, 'một hàm', 'a function');
      }
      if (value === null) {
        job.put(null);
        continue;
      }
      const obj = value as object;
      if (ancestors.has(obj)) throw notData(path, 'đối tượng chứa chính nó (vòng lặp)', 'an object that contains itself (a cycle)');
      if (path.length >= limits.maxDepth) throw new Refused('INPUT_TOO_DEEP', path, { limit: limits.maxDepth });
      const inside = new Set(ancestors).add(obj);
      if (Array.isArray(obj)) {
        const copy: unknown[] = new Array<unknown>(obj.length).fill(null);
        job.put(copy);
        for (let i = obj.length - 1; i >= 0; i--) {
          jobs.push({ value: obj[i], put: (v) => (copy[i] = v === undefined ? null : v), path: [...path, i], ancestors: inside });
        }
      } else {
        const copy: Record<string, unknown> = {};
        job.put(copy);
        const keys = Object.keys(obj);
        for (let i = keys.length - 1; i >= 0; i--) {
          const k = keys[i]!;
          if (FORBIDDEN_KEYS.has(k)) throw new Refused('FORBIDDEN_KEY', [...path, k], { key: k });
          chars += k.length;
          jobs.push({
            value: (obj as Record<string, unknown>)[k],
            put: (v) => {
              if (v !== undefined) copy[k] = v;
            },
            path: [...path, k],
            ancestors: inside,
          });
        }
      }
    }
  } catch (e) {
    const r = e instanceof Refused ? e : notData([], 'không đọc được dữ liệu', 'the data cannot be read');
    return { diagnostics: [coreDiagnostic(r.code, { file, path: toPointer(r.path), line: 1, column: 1 }, r.params)] };
  }
  const found = scrubText(root.value);
  const diagnostics: Diagnostic[] = [];
  if (found.control) diagnostics.push(coreDiagnostic('TEXT_CONTROL_CHAR', { file, path: toPointer(found.control.first), line: 1, column: 1 }, { count: found.control.count, hex: found.control.hex }));
  if (found.bidi) diagnostics.push(coreDiagnostic('TEXT_BIDI_CONTROL', { file, path: toPointer(found.bidi.first), line: 1, column: 1 }, { count: found.bidi.count, hex: found.bidi.hex }));
  return { value: root.value, diagnostics };
}
