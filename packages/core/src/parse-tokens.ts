import { Composer, Parser, YAMLParseError, type Document, type DocumentOptions, type LineCounter, type SchemaOptions } from 'yaml';

/**
 * `parseDocument` of the `yaml` package over tokens its `Lexer` already produced (by the pre-scan,
 * which reads every token to bound depth and size): the text is lexed once instead of twice. The
 * same parser and composer, fed the same tokens, build the same document. Errors come as
 * `parseDocument` gives them with `prettyErrors: false`, and several documents always add
 * `MULTIPLE_DOCS` (no `logLevel: 'silent'`).
 */
export function parseDocumentFromTokens(
  tokens: readonly string[],
  length: number,
  lineCounter: LineCounter,
  options: DocumentOptions & SchemaOptions & { uniqueKeys?: boolean; strict?: boolean },
): Document.Parsed {
  const parser = new Parser(lineCounter.addNewLine);
  const composer = new Composer(options);
  // The CST in an array: one generator fewer between each token and the composer.
  lineCounter.addNewLine(0);
  const cst = [];
  for (const token of tokens) for (const t of parser.next(token)) cst.push(t);
  for (const t of parser.end()) cst.push(t);
  let doc: Document.Parsed | null = null;
  for (const d of composer.compose(cst, true, length)) {
    if (!doc) doc = d;
    else {
      doc.errors.push(new YAMLParseError(d.range.slice(0, 2) as [number, number], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
      break;
    }
  }
  return doc!;
}
