import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const MAGIC = /[*?[]/;

/** A path segment pattern as a regular expression: `*` any run, `?` one character, `[abc]` a class. */
function segmentRegExp(p: string): RegExp {
  let re = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = p.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        re += '[' + p.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, process.platform === 'win32' ? 'i' : '');
}

function walk(base: string, segments: string[], out: string[]): void {
  if (!segments.length) {
    out.push(base);
    return;
  }
  const [seg, ...rest] = segments;
  if (seg === '**') {
    walk(base, rest, out);
    for (const e of list(base)) if (e.dir && !e.name.startsWith('.')) walk(join(base, e.name), segments, out);
    return;
  }
  if (!MAGIC.test(seg!)) {
    const next = base ? join(base, seg!) : seg!;
    if (rest.length ? isDir(next) : existsSync(next)) walk(next, rest, out);
    return;
  }
  const re = segmentRegExp(seg!);
  for (const e of list(base).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    // Hidden files only when the pattern names them (as shells do).
    if (e.name.startsWith('.') && !seg!.startsWith('.')) continue;
    if (re.test(e.name) && (!rest.length || e.dir)) walk(base ? join(base, e.name) : e.name, rest, out);
  }
}

function list(dir: string): Array<{ name: string; dir: boolean }> {
  try {
    return readdirSync(dir || '.', { withFileTypes: true }).map((d) => ({ name: d.name, dir: d.isDirectory() || (d.isSymbolicLink() && isDir(join(dir || '.', d.name))) }));
  } catch {
    return [];
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Expands wildcards in file arguments (`examples/*.yaml`, `xa/**\/*.yaml`, `ke-hoach-?.yaml`), sorted,
 * as a POSIX shell would — for Windows `cmd` and PowerShell, which pass them unexpanded, and for
 * quoted patterns. An argument that names an existing file, `-`, or matches nothing is kept as it is
 * (the command then reports the missing file). Both `/` and `\` separate folders on Windows.
 */
export function expandGlobs(args: readonly string[]): string[] {
  const out: string[] = [];
  for (const a of args) {
    if (a === '-' || !MAGIC.test(a) || existsSync(a)) {
      out.push(a);
      continue;
    }
    const sep = process.platform === 'win32' ? /[\\/]+/ : /\/+/;
    const absolute = a.startsWith('/') || /^[A-Za-z]:[\\/]/.test(a);
    const parts = a.split(sep);
    const root = absolute ? (parts[0] === '' ? '/' : parts[0] + '/') : '';
    const found: string[] = [];
    walk(root, parts.slice(absolute ? 1 : 0).filter((p, i) => p !== '' && !(p === '.' && i === 0)), found);
    out.push(...(found.length ? found : [a]));
  }
  return out;
}
