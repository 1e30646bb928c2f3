import type { Diagnostic, Plan } from '@kehoach/core';
import { edxmlDiagnostic } from './diagnostic.js';
import type { EdxmlField } from './fields.js';
import type { XmlNode } from './xml-node.js';

const present = (n: XmlNode): boolean => (n.children ? n.children.some(present) : n.text !== undefined);

/**
 * Checks a tree against a field table: every required field present (and not empty) under each
 * present parent, no string longer than its maximum (in Unicode code points). `base` is the path of
 * `node` in the table (empty for the table's root). Elements not in the table are a programming
 * error and throw.
 */
export function checkFields(node: XmlNode, table: readonly EdxmlField[], plan: Plan, base = ''): Diagnostic[] {
  const out: Diagnostic[] = [];
  const children = node.children ?? [];
  for (const c of children) {
    const path = base ? `${base}/${c.name}` : c.name;
    if (!table.some((f) => f.path === path)) throw new Error(`edXML: element ${path} is not in the field table`);
  }
  for (const field of table) {
    const parent = field.path.includes('/') ? field.path.slice(0, field.path.lastIndexOf('/')) : '';
    if (parent !== base) continue;
    const name = field.path.slice(parent ? parent.length + 1 : 0);
    const nodes = children.filter((c) => c.name === name);
    const here = nodes.filter(present);
    if (field.required && !here.length) {
      if (nodes.some((n) => n.explained)) continue;
      const hint = nodes.find((n) => n.hint)?.hint;
      out.push(edxmlDiagnostic('EDXML_FIELD_MISSING', plan, nodes[0]?.pointer ?? node.pointer, { field: field.path, label: field.vi, hint: hint?.vi ?? '', hintEn: hint?.en ?? '' }));
      continue;
    }
    for (const n of here) {
      if (field.type === 'group') out.push(...checkFields(n, table, plan, field.path));
      else if (field.max !== undefined && n.text !== undefined) {
        const length = [...n.text].length;
        if (length > field.max) out.push(edxmlDiagnostic('EDXML_FIELD_TOO_LONG', plan, n.pointer, { field: field.path, label: field.vi, length, max: field.max }));
      }
    }
  }
  return out;
}
