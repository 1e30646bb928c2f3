/** Characters XML 1.0 does not allow (C0 controls but tab, CR, LF; U+FFFE/FFFF; lone surrogates). */
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Counts what was dropped while cleaning text for XML, for one warning per document. */
export interface DropCounter {
  count: number;
  first?: string;
}

/** Removes characters that are invalid in XML, counting them. */
export function stripInvalidXml(text: string, dropped: DropCounter): string {
  return text.replace(INVALID, (ch) => {
    dropped.count++;
    dropped.first ??= ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return '';
  });
}

/** Escapes text for an XML text node or attribute: `&`, `<`, `>`, `"`, `'` print literally. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}
