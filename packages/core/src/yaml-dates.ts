import { isDocument, isMap, isNode, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';

/**
 * A string that a YAML 1.1 reader (js-yaml, PyYAML, ruamel, ajv-cli …) turns into a date or a
 * timestamp when it is written unquoted: `2025-07-24`, `2025-7-4 10:00:00`. kehoach reads YAML 1.2,
 * where such a value is already a string, but a third-party validator over js-yaml then reports
 * “must be string” — so our writers quote them.
 */
export const YAML11_TIMESTAMP = /^\d{4}-\d\d?-\d\d?(?:(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)?$/;

/**
 * Puts every plain (unquoted) string scalar that looks like a date in double quotes, so that the
 * YAML reads as strings in YAML 1.1 readers too. Values and keys otherwise stay as they are; the
 * data does not change.
 *
 * @example
 * const doc = new Document(plan); quoteDates(doc); doc.toString(); // date: "2025-07-24"
 */
export function quoteDates(doc: Document | Node): void {
  if (!isDocument(doc) && !isNode(doc)) return;
  // A plain walk, not yaml's `visit` (which builds a path for every node): planToYaml runs this
  // for each of thousands of cloned plans.
  const stack: unknown[] = [isDocument(doc) ? doc.contents : doc];
  while (stack.length) {
    const node = stack.pop();
    if (isScalar(node)) {
      if (typeof node.value === 'string' && (!node.type || node.type === 'PLAIN') && YAML11_TIMESTAMP.test(node.value)) node.type = 'QUOTE_DOUBLE';
    } else if (isMap(node)) {
      for (const p of node.items) stack.push(p.key, p.value);
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    } else if (isPair(node)) stack.push(node.key, node.value);
  }
}
