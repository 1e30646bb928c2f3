// Rewrites a bundle in ASCII. esbuild escapes strings but leaves regular expressions as written
// (`/[đĐ]/`), and one character beyond Latin-1 makes V8 keep the whole source in two bytes per
// character: twice the memory to scan at every start. `\uXXXX` means the same character in any regular expression or string.
import { readFileSync, writeFileSync } from 'node:fs';

/** Escapes every non-ASCII character of a JavaScript file as `\uXXXX`. */
export function asciiOnly(file) {
  const code = readFileSync(file, 'utf8');
  if (/\\[^\x00-\x7f]/.test(code)) throw new Error(`${file}: a non-ASCII character after a backslash cannot be escaped`);
  // Not handled: a tagged template (`String.raw`…) would see `\u…` itself; the bundles have none with non-ASCII text.
  writeFileSync(file, code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
