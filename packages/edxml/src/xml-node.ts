/**
 * An element to write: name (without prefix), text or children, and the JSON pointer of the plan
 * value it comes from (for diagnostics). A leaf whose `text` is undefined is absent: it is not
 * written, and the checker reports it when the field is required.
 */
export interface XmlNode {
  name: string;
  text?: string;
  children?: XmlNode[];
  attributes?: Record<string, string>;
  /** Where the value comes from in the plan. */
  pointer: string;
  /** Why it may be missing, in Vietnamese and English (a hint for the diagnostic). */
  hint?: { vi: string; en: string };
  /** Its absence is already reported by a more specific diagnostic (or follows from another field's). */
  explained?: boolean;
}

/** A leaf element. */
export function leaf(name: string, value: string | number | undefined, pointer: string, hint?: XmlNode['hint']): XmlNode {
  return { name, ...(value !== undefined && value !== '' ? { text: String(value) } : {}), pointer, ...(hint ? { hint } : {}) };
}

/** An element with children. */
export function group(name: string, children: XmlNode[], pointer: string): XmlNode {
  return { name, children, pointer };
}

/** Text made safe for XML: characters XML 1.0 cannot carry are dropped, markup characters escaped. */
export function escapeText(s: string): string {
  return s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Writes a node and its children, indented two spaces a level; `prefix` is `edXML:` or empty. */
export function writeNode(node: XmlNode, prefix: string, depth: number, out: string[]): void {
  if (!node.children && node.text === undefined) return;
  const pad = '  '.repeat(depth);
  const attrs = Object.entries(node.attributes ?? {}).map(([k, v]) => ` ${k}="${escapeText(v)}"`).join('');
  const tag = prefix + node.name;
  if (!node.children) {
    out.push(`${pad}<${tag}${attrs}>${escapeText(node.text!)}</${tag}>`);
    return;
  }
  const present = node.children.filter((c) => c.children || c.text !== undefined);
  if (!present.length) return;
  out.push(`${pad}<${tag}${attrs}>`);
  for (const c of present) writeNode(c, prefix, depth + 1, out);
  out.push(`${pad}</${tag}>`);
}
