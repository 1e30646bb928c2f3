import {
  LineCounter,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  visit,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { DEFAULT_LIMITS, formatBytes, type Limits } from './limits.js';
import { coreDiagnostic } from './codes.js';
import { prescan } from './prescan-depth.js';
import { parseDocumentFromTokens } from './parse-tokens.js';
import { quoteLimited } from './diagnostics/quote-limited.js';
import { locate, toPointer } from './locate.js';
import { mayNeedScrub, scrubText, type Found, type Scrubbed } from './scrub-text.js';
import { colonTextAt } from './colon-in-text.js';
import { yamlErrorWords } from './yaml-error-words.js';

/** The parsed YAML: the data, and the document with positions for diagnostics. */
export interface ParsedYaml {
  value?: unknown;
  doc?: Document.Parsed;
  lineCounter: LineCounter;
  diagnostics: Diagnostic[];
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);


/** Parser errors with a code of their own; every other one is YAML_SYNTAX, in words from `YAML_ERROR_WORDS`. */
const YAML_CODE: ReadonlyMap<string, 'YAML_DUPLICATE_KEY' | 'YAML_TAB_INDENT' | 'YAML_MULTIPLE_DOCUMENTS'> = new Map([
  ['DUPLICATE_KEY', 'YAML_DUPLICATE_KEY'],
  ['TAB_AS_INDENT', 'YAML_TAB_INDENT'],
  ['MULTIPLE_DOCS', 'YAML_MULTIPLE_DOCUMENTS'],
]);

/**
 * Parser errors that a text with “: ” causes (`closing: … như sau: thực hiện`, `- Mục đích: …` with
 * its text running on): YAML_COLON_IN_TEXT when a line there reads as `key: text`.
 */
const COLON_ERRORS = new Set(['BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'KEY_OVER_1024_CHARS']);
const isColonError = (e: { code: string; message: string }) => COLON_ERRORS.has(e.code) || (e.code === 'MISSING_CHAR' && /Implicit map keys/.test(e.message));

/** Byte length of a string in UTF-8, without allocating. */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * Parses YAML text with the limits applied: size, nesting depth, alias expansion,
 * duplicate keys, tabs, several documents, forbidden keys. Never throws for bad input.
 */
export function parseYaml(source: string, file: string, limits: Limits = DEFAULT_LIMITS): ParsedYaml {
  const lineCounter = new LineCounter();
  const at = (line: number, column: number, path = '') => ({ file, path, line, column });
  // UTF-8 takes at most 3 bytes per UTF-16 unit: short text is counted only when it could be too long.
  const size = source.length > limits.maxBytes ? source.length : source.length * 3 > limits.maxBytes ? utf8Length(source) : source.length;
  if (size > limits.maxBytes) {
    return {
      lineCounter,
      diagnostics: [
        coreDiagnostic('INPUT_TOO_LARGE', at(1, 1), { size: formatBytes(size), limit: formatBytes(limits.maxBytes) }),
      ],
    };
  }
  // YAML 1.2 breaks lines at a lone CR too (old Mac files); the parser does not, so make each one
  // an LF: same length, so every offset and column stays where it was.
  const text = source.includes('\r') ? source.replace(/\r(?!\n)/g, '\n') : source;
  if (text.trim() === '' || /^(\s*#[^\n]*\n?)*\s*$/.test(text)) {
    return { lineCounter, diagnostics: [coreDiagnostic('INPUT_EMPTY', at(1, 1))] };
  }
  const tokens: string[] = [];
  const scan = prescan(text, limits.maxDepth, limits.maxNodes, tokens);
  if (scan) {
    const d = scan.kind === 'deep'
      ? coreDiagnostic('INPUT_TOO_DEEP', at(scan.line, scan.column), { limit: limits.maxDepth })
      : coreDiagnostic('INPUT_TOO_MANY_NODES', at(scan.line, scan.column), { count: `${limits.maxNodes}+`, limit: limits.maxNodes });
    return { lineCounter, diagnostics: [d] };
  }

  // Duplicate keys are found by checkTree with one set per mapping: the parser's own `uniqueKeys`
  // compares every pair of keys, quadratic in the size of a mapping (40 000 keys took 6 s).
  const doc = parseDocumentFromTokens(tokens, text.length, lineCounter, { uniqueKeys: false, strict: true, logLevel: 'error' });
  tokens.length = 0;
  const diagnostics: Diagnostic[] = [];
  // A tab or a broken scalar makes the parser report follow-on errors further on: keep duplicate
  // keys and tabs (each is its own mistake) and, when there is no tab, the first other error only.
  const hasTab = doc.errors.some((e) => e.code === 'TAB_AS_INDENT');
  let keptSyntax = false;
  let lines: string[] | undefined;
  for (const e of doc.errors) {
    const own = YAML_CODE.get(e.code);
    if (!own) {
      if (hasTab || keptSyntax) continue;
      keptSyntax = true;
    }
    // An unclosed quote is reported where the text ends; the clerk fixes it where it opens.
    const offset = e.code === 'MISSING_CHAR' && /closing ["']quote/.test(e.message) ? unterminatedQuoteStart(doc, e.pos[0]) ?? e.pos[0] : e.pos[0];
    const pos = lineCounter.linePos(offset);
    const english = quoteLimited(e.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim());
    if (own === 'YAML_TAB_INDENT') {
      diagnostics.push(coreDiagnostic(own, at(pos.line, pos.col), {}, { suggestion: 'Thay Tab bằng dấu cách (thường 2 dấu cách mỗi cấp). — Replace tabs with spaces.' }));
      continue;
    }
    if (own) {
      diagnostics.push(coreDiagnostic(own, at(pos.line, pos.col), { detail: english }));
      continue;
    }
    const colon = isColonError(e) ? colonTextAt((lines ??= text.split('\n')), pos.line) : undefined;
    if (colon) {
      diagnostics.push(coreDiagnostic('YAML_COLON_IN_TEXT', at(colon.line, colon.column), { detail: english }, { suggestion: colon.suggestion }));
      continue;
    }
    const words = yamlErrorWords(e.code, english);
    diagnostics.push(coreDiagnostic('YAML_SYNTAX', at(pos.line, pos.col), { detail: words.vi, detailEn: english }, { suggestion: words.fix }));
  }
  const tree = checkTree(doc, limits.maxDepth);
  for (const dup of tree.duplicates) {
    const pos = lineCounter.linePos(dup.offset);
    diagnostics.push(coreDiagnostic('YAML_DUPLICATE_KEY', at(pos.line, pos.col), { key: quoteLimited(dup.key) }));
  }
  if (diagnostics.length) return { doc, lineCounter, diagnostics };

  const walkProblem = tree.problem;
  if (walkProblem) {
    const pos = lineCounter.linePos(walkProblem.offset);
    const d =
      walkProblem.kind === 'deep'
        ? coreDiagnostic('INPUT_TOO_DEEP', at(pos.line, pos.col), { limit: limits.maxDepth })
        : coreDiagnostic('FORBIDDEN_KEY', at(pos.line, pos.col), { key: walkProblem.key ?? '' }, {
            suggestion: 'Đổi tên khóa này. — Rename this key.',
          });
    return { doc, lineCounter, diagnostics: [d] };
  }

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (e) {
    if (e instanceof ReferenceError && /Excessive alias count/i.test(e.message)) {
      return {
        doc,
        lineCounter,
        diagnostics: [coreDiagnostic('YAML_ALIAS_LIMIT', at(1, 1), { limit: limits.maxAliasCount })],
      };
    }
    return {
      doc,
      lineCounter,
      diagnostics: [aliasOrSyntax(e, at)],
    };
  }
  // No output may carry a NUL or another control character: dropped here, once, with a warning
  // at the first value that held one; bidirectional controls are kept but warned about.
  // Only text that holds such a character, or a backslash escape that could make one, is walked.
  const found = mayNeedScrub(text) ? scrubText(value) : ({} as Scrubbed);
  const warn = (code: 'TEXT_CONTROL_CHAR' | 'TEXT_BIDI_CONTROL', f: Found) => {
    const pointer = toPointer(f.first);
    diagnostics.push(coreDiagnostic(code, { file, path: pointer, ...locate(doc, lineCounter, pointer) }, { count: f.count, hex: f.hex }));
  };
  if (found.control) warn('TEXT_CONTROL_CHAR', found.control);
  if (found.bidi) warn('TEXT_BIDI_CONTROL', found.bidi);
  return { value, doc, lineCounter, diagnostics };
}

/** An error of `toJS` other than the alias limit: an alias with no anchor (`*Ghi chú`), or anything else the parser let through. */
function aliasOrSyntax(e: unknown, at: (line: number, column: number) => { file: string; path: string; line: number; column: number }): Diagnostic {
  const english = quoteLimited(e instanceof Error ? e.message : String(e));
  const words = yamlErrorWords(/Unresolved alias/.test(english) ? 'BAD_ALIAS' : '*', english);
  return coreDiagnostic('YAML_SYNTAX', at(1, 1), { detail: words.vi, detailEn: english }, { suggestion: words.fix });
}

/** Where the quoted scalar that runs to `end` without its closing quote was opened. */
function unterminatedQuoteStart(doc: Document.Parsed, end: number): number | undefined {
  let start: number | undefined;
  visit(doc, {
    Scalar(_, node) {
      const r = node.range;
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && r && r[1] >= end - 1) {
        if (start === undefined || r[0] < start) start = r[0];
      }
    },
  });
  return start;
}

interface TreeProblem {
  kind: 'deep' | 'key';
  offset: number;
  key?: string;
}

/** What the walk of the YAML tree found. */
interface TreeReport {
  problem?: TreeProblem;
  duplicates: Array<{ key: string; offset: number }>;
}

/** The value a mapping key stands for (through an alias), for comparing and checking keys. */
function keyValue(doc: Document.Parsed, key: unknown): { found: boolean; value?: unknown } {
  const node = isAlias(key) ? key.resolve(doc) : key;
  return isScalar(node) ? { found: true, value: node.value } : { found: false };
}

/**
 * Walks the YAML tree (iteratively) for nesting depth, forbidden keys (an alias of one included)
 * and duplicate keys — one set per mapping, so the walk stays linear.
 */
function checkTree(doc: Document.Parsed, maxDepth: number): TreeReport {
  const report: TreeReport = { duplicates: [] };
  const stack: Array<[unknown, number]> = [[doc.contents, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (!node || isAlias(node) || isScalar(node)) continue;
    if (depth > maxDepth) {
      report.problem ??= { kind: 'deep', offset: (node as YamlNode).range?.[0] ?? 0 };
      continue;
    }
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const offset = (pair.key as YamlNode | null)?.range?.[0] ?? 0;
        const k = keyValue(doc, pair.key);
        if (k.found) {
          const name = String(k.value);
          if (FORBIDDEN_KEYS.has(name)) report.problem ??= { kind: 'key', offset, key: name };
          const id = `${typeof k.value}:${name}`;
          if (seen.has(id)) report.duplicates.push({ key: name, offset });
          seen.add(id);
        } else if (isMap(pair.key) || isSeq(pair.key)) stack.push([pair.key, depth + 1]);
        stack.push([pair.value, depth + 1]);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push([item, depth + 1]);
    }
  }
  report.duplicates.sort((a, b) => a.offset - b.offset);
  return report;
}
