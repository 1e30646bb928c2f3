import {
  LineCounter,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import type { Diagnostic } from './diagnostic.js';
import { DEFAULT_LIMITS, formatBytes, type Limits } from './limits.js';
import { makeDiagnostic } from './make-diagnostic.js';
import { prescanDepth } from './prescan-depth.js';

/** The parsed YAML: the data, and the document with positions for diagnostics. */
export interface ParsedYaml {
  value?: unknown;
  doc?: Document.Parsed;
  lineCounter: LineCounter;
  diagnostics: Diagnostic[];
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const YAML_CODE: Record<string, 'YAML_DUPLICATE_KEY' | 'YAML_TAB_INDENT' | 'YAML_MULTIPLE_DOCUMENTS' | 'YAML_COLON_IN_TEXT'> = {
  DUPLICATE_KEY: 'YAML_DUPLICATE_KEY',
  // `closing: … như sau: thực hiện` — an unquoted “: ” inside a value.
  BLOCK_AS_IMPLICIT_KEY: 'YAML_COLON_IN_TEXT',
  TAB_AS_INDENT: 'YAML_TAB_INDENT',
  MULTIPLE_DOCS: 'YAML_MULTIPLE_DOCUMENTS',
};

/** The line with its value in double quotes: `closing: "… như sau: …"`. */
function quoteSuggestion(line: string): string {
  const m = /^(\s*(?:-\s+)?[^\s:#][^:#]*?:\s+)(.*?)\s*$/.exec(line);
  if (!m) return 'Đặt đoạn văn trong dấu ngoặc kép. — Quote the text.';
  return `Viết: ${m[1]}${JSON.stringify(m[2])} — write the value in double quotes`;
}

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
export function parseYaml(text: string, file: string, limits: Limits = DEFAULT_LIMITS): ParsedYaml {
  const lineCounter = new LineCounter();
  const at = (line: number, column: number, path = '') => ({ file, path, line, column });
  const size = text.length > limits.maxBytes ? text.length : utf8Length(text);
  if (size > limits.maxBytes) {
    return {
      lineCounter,
      diagnostics: [
        makeDiagnostic('INPUT_TOO_LARGE', at(1, 1), { size: formatBytes(size), limit: formatBytes(limits.maxBytes) }),
      ],
    };
  }
  if (text.trim() === '' || /^(\s*#[^\n]*\n?)*\s*$/.test(text)) {
    return { lineCounter, diagnostics: [makeDiagnostic('INPUT_EMPTY', at(1, 1))] };
  }
  const deep = prescanDepth(text, limits.maxDepth);
  if (deep) {
    return {
      lineCounter,
      diagnostics: [makeDiagnostic('INPUT_TOO_DEEP', at(deep.line, deep.column), { limit: limits.maxDepth })],
    };
  }

  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const diagnostics: Diagnostic[] = [];
  // A tab or a broken scalar makes the parser report follow-on errors further on: keep duplicate
  // keys and tabs (each is its own mistake) and, when there is no tab, the first other error only.
  const hasTab = doc.errors.some((e) => e.code === 'TAB_AS_INDENT');
  let keptSyntax = false;
  for (const e of doc.errors) {
    const code = YAML_CODE[e.code] ?? 'YAML_SYNTAX';
    if (code === 'YAML_SYNTAX' || code === 'YAML_COLON_IN_TEXT') {
      if (hasTab || keptSyntax) continue;
      keptSyntax = true;
    }
    const offset = e.code === 'MISSING_CHAR' ? unterminatedQuoteStart(doc, e.pos[0]) ?? e.pos[0] : e.pos[0];
    const pos = lineCounter.linePos(offset);
    const detail = e.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim();
    const key = code === 'YAML_DUPLICATE_KEY' ? text.slice(e.pos[0]).split('\n')[0]!.split(':')[0]!.trim() : '';
    diagnostics.push(
      makeDiagnostic(code, at(pos.line, pos.col), { detail, key }, code === 'YAML_TAB_INDENT'
        ? { suggestion: 'Thay Tab bằng dấu cách (thường 2 dấu cách mỗi cấp). — Replace tabs with spaces.' }
        : code === 'YAML_COLON_IN_TEXT'
          ? { suggestion: quoteSuggestion(text.split(/\r?\n/)[pos.line - 1] ?? '') }
          : {}),
    );
  }
  if (diagnostics.length) return { doc, lineCounter, diagnostics };

  const walkProblem = checkTree(doc.contents, limits.maxDepth);
  if (walkProblem) {
    const pos = lineCounter.linePos(walkProblem.offset);
    const d =
      walkProblem.kind === 'deep'
        ? makeDiagnostic('INPUT_TOO_DEEP', at(pos.line, pos.col), { limit: limits.maxDepth })
        : makeDiagnostic('FORBIDDEN_KEY', at(pos.line, pos.col), { key: walkProblem.key ?? '' }, {
            suggestion: 'Đổi tên khóa này. — Rename this key.',
          });
    return { doc, lineCounter, diagnostics: [d] };
  }

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (e) {
    if (e instanceof ReferenceError && /alias/i.test(e.message)) {
      return {
        doc,
        lineCounter,
        diagnostics: [makeDiagnostic('YAML_ALIAS_LIMIT', at(1, 1), { limit: limits.maxAliasCount })],
      };
    }
    return {
      doc,
      lineCounter,
      diagnostics: [makeDiagnostic('YAML_SYNTAX', at(1, 1), { detail: e instanceof Error ? e.message : String(e) })],
    };
  }
  return { value, doc, lineCounter, diagnostics };
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

/** Walks the YAML tree (iteratively) for nesting depth and forbidden keys. */
function checkTree(root: unknown, maxDepth: number): TreeProblem | undefined {
  const stack: Array<[unknown, number]> = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (!node || isAlias(node) || isScalar(node)) continue;
    if (depth > maxDepth) return { kind: 'deep', offset: (node as YamlNode).range?.[0] ?? 0 };
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        if (isScalar(pair.key) && FORBIDDEN_KEYS.has(String(pair.key.value))) {
          return { kind: 'key', offset: pair.key.range?.[0] ?? 0, key: String(pair.key.value) };
        }
        stack.push([pair.value, depth + 1]);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push([item, depth + 1]);
    }
  }
  return undefined;
}
