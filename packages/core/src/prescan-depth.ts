import { Lexer } from 'yaml';

/** What the pre-scan found wrong, and where. */
export interface ScanProblem {
  /** `deep`: nesting beyond `maxDepth`; `nodes`: more values than `maxNodes`. */
  kind: 'deep' | 'nodes';
  line: number;
  column: number;
  /** For `nodes`: how many values were counted when the scan stopped. */
  count?: number;
}

/** Where input nests deeper than allowed, found without parsing it. */
export interface DepthViolation {
  line: number;
  column: number;
}

// Indicator tokens of the lexer that are not values: they never start a node of their own.
const NOT_A_NODE = new Set([']', '}', ',', ':', '-', '?', '---', '...']);

/** Columns allowed per level of block nesting before block indentation counts as too deep. */
const COLUMNS_PER_LEVEL = 8;

/**
 * Scans YAML with the `yaml` package's own lexer — the tokenizer its parser uses, so quotes, `''`
 * and `\"` escapes, comments, plain scalars (`Rock 'n roll`) and block scalars are read exactly as
 * the parser will read them — and stops at the first of:
 * - flow nesting (`[`, `{`) deeper than `maxDepth`;
 * - a block indicator (`-`, `?`) or a line's first token further right than `maxDepth × 8`
 *   columns, outside flow collections (compact `- ? - ? …` chains nest one level per indicator);
 * - more than `maxNodes` values (scalars, aliases and flow collections).
 * The lexer itself is linear and keeps no nesting state beyond a counter, so this bounds the work
 * before the parser (which builds the whole tree, and runs out of memory on 100 000 `[`) starts.
 * The exact depth is checked again on the parsed tree. `tokens`, when given, receives every token,
 * for the parser (`parseDocumentFromTokens`): the text is lexed once.
 */
export function prescan(source: string, maxDepth: number, maxNodes = Infinity, tokens?: string[]): ScanProblem | undefined {
  // A lone CR breaks lines in YAML 1.2 (`parseYaml` makes each one an LF before parsing); the
  // lexer would read `\r{{{` as text, so the scan reads the text as the parser will get it.
  const text = source.includes('\r') ? source.replace(/\r(?!\n)/g, '\n') : source;
  let offset = 0;
  let line = 1;
  let lineStart = 0;
  let flow = 0;
  let nodes = 0;
  let lineHasToken = false;
  const at = (kind: ScanProblem['kind']): ScanProblem => ({ kind, line, column: offset - lineStart + 1 });
  for (const token of new Lexer().lex(text)) {
    tokens?.push(token);
    const c = token.charCodeAt(0);
    // Control tokens (document, scalar and flow-end markers) take no place in the source.
    if (token.length === 1 && c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) continue;
    if (c === 0x0a || c === 0x0d || c === 0x20 || c === 0x09 || c === 0x23 /* # */) {
      // Whitespace, line breaks and comments: only positions to track.
    } else {
      if (token === '[' || token === '{') {
        flow++;
        if (flow > maxDepth) return at('deep');
      } else if ((token === ']' || token === '}') && flow > 0) flow--;
      if (flow === 0 && (!lineHasToken || token === '-' || token === '?') && offset - lineStart > maxDepth * COLUMNS_PER_LEVEL) {
        return at('deep');
      }
      lineHasToken = true;
      const valueStart = !NOT_A_NODE.has(token) && c !== 0x26 /* & */ && c !== 0x21 /* ! */ && c !== 0x7c /* | */ && c !== 0x3e /* > */ && c !== 0x25; /* % */
      if (valueStart && ++nodes > maxNodes) return { ...at('nodes'), count: nodes };
    }
    // Advance the position over the token, counting the line breaks inside it (quoted and block
    // scalars span lines). YAML breaks lines at LF, CRLF and a lone CR.
    for (let i = token.length > 1 ? firstBreak(token) : c === 0x0a || c === 0x0d ? 0 : -1; i >= 0 && i < token.length; i++) {
      const ch = token.charCodeAt(i);
      if (ch === 0x0a || (ch === 0x0d && token.charCodeAt(i + 1) !== 0x0a)) {
        line++;
        lineStart = offset + i + 1;
        lineHasToken = false;
      }
    }
    offset += token.length;
  }
  return undefined;
}

/** Index of the first LF or CR of a token, or -1 (without a regular expression: this runs for every token). */
function firstBreak(token: string): number {
  const lf = token.indexOf('\n');
  const cr = token.indexOf('\r');
  return lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
}

/**
 * Finds nesting deeper than `maxDepth` without parsing (see `prescan`).
 * Kept for callers of the earlier API; `prescan` also counts values.
 */
export function prescanDepth(text: string, maxDepth: number): DepthViolation | undefined {
  const p = prescan(text, maxDepth);
  return p ? { line: p.line, column: p.column } : undefined;
}
