import { isMap, isPair, isScalar, isSeq, Scalar, type Document, type LineCounter, type Node } from 'yaml';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { coreDiagnostic } from './codes.js';

const TEXT_KEYS = new Set(['items', 'text', 'situation', 'titles', 'funding', 'contacts']);

/**
 * Vietnamese sentences are full of commas, and in a flow list (`items: [Các sở, ban, ngành …]`)
 * every comma starts a new item: the sentence silently becomes several paragraphs. A plain
 * (unquoted) item after the first that starts in lower case is such a broken sentence: warned at
 * its place, with the quoted form suggested.
 */
export function flowCommaSplits(doc: Document.Parsed | undefined, lineCounter: LineCounter, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const visit = (node: unknown, key: string | undefined) => {
    if (isMap(node)) {
      for (const p of node.items) if (isPair(p)) visit(p.value, isScalar(p.key) ? String(p.key.value) : undefined);
    } else if (isSeq(node)) {
      if (node.flow && key && TEXT_KEYS.has(key)) {
        const items = node.items as Node[];
        const broken = (x: Node | undefined) => isScalar(x) && x.type === Scalar.PLAIN && typeof x.value === 'string' && /^\p{Ll}/u.test(x.value);
        for (let i = 1; i < items.length; i++) {
          if (!broken(items[i]) || !isScalar(items[i - 1])) continue;
          // One warning per broken sentence: the item before and every lower-case piece after it.
          let j = i;
          while (j + 1 < items.length && broken(items[j + 1])) j++;
          const joined = items.slice(i - 1, j + 1).map((x) => String((x as Scalar).value)).join(', ');
          const pos = lineCounter.linePos(items[i - 1]!.range?.[0] ?? 0);
          out.push(coreDiagnostic('YAML_FLOW_COMMA', { file, path: '', line: pos.line, column: pos.col }, { text: joined }, {
            suggestion: `Viết trong ngoặc kép: ["${joined}"] — quote the sentence`,
          }));
          i = j;
        }
      }
      for (const it of node.items) visit(it, undefined);
    }
  };
  if (doc) visit(doc.contents, undefined);
  return out;
}
