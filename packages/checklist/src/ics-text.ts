/** UTF-8 length of one UTF-16 code unit sequence starting at `i` (1–4), and how many units it takes. */
function utf8At(s: string, i: number): [bytes: number, units: number] {
  const c = s.charCodeAt(i);
  if (c < 0x80) return [1, 1];
  if (c < 0x800) return [2, 1];
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return [4, 2];
  }
  return [3, 1];
}

/**
 * Folds one content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 sequence or a
 * surrogate pair; continuation lines start with a space. Linear: byte lengths are computed from
 * the UTF-16 code units, nothing is encoded.
 */
export function foldLine(line: string): string {
  let out = '';
  let start = 0;
  let bytes = 0;
  let limit = 75;
  for (let i = 0; i < line.length; ) {
    const [n, units] = utf8At(line, i);
    if (bytes + n > limit) {
      out += (out ? '\r\n ' : '') + line.slice(start, i);
      start = i;
      bytes = 0;
      limit = 74; // a continuation line starts with a space
    }
    bytes += n;
    i += units;
  }
  return out ? `${out}\r\n ${line.slice(start)}` : line;
}

/** Unfolds iCalendar text and refolds every line by octets. */
export function refold(ics: string): string {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n').map((l) => (l ? foldLine(l) : l)).join('\r\n');
}

/**
 * Text for a TEXT property value before it is escaped (RFC 5545 §3.3.11): every line break (CRLF,
 * a lone CR, LF, and the Unicode line and paragraph separators) becomes one LF, which the escaping
 * writes as `\n`, and control characters other than tab are dropped. A name or a title can then
 * never end a content line and start another property, component or alarm.
 */
export function icsText(text: string): string {
  return text
    .replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
}

/** Escapes a TEXT value (RFC 5545 §3.3.11): `\` `;` `,` and line breaks (as `\n`), after `icsText`. */
export function escapeIcsText(text: string): string {
  return icsText(text).replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}
