import { resolve } from 'node:path';
import { formatDiagnostics } from 'kehoach';
import { NODE_CODES } from 'kehoach/node';

/** One input of a batch and the output files it would write. */
export interface PlannedOutput {
  /** The input as the user named it (a plan file, a unit profile, a commune of the registry). */
  input: string;
  /** The files it writes. */
  targets: readonly string[];
}

/**
 * The key two paths share when one file system may take them for the same file: the absolute path,
 * Unicode NFC, lower case (Windows, macOS and USB sticks ignore case; NFC and NFD `ế` are one name on macOS).
 */
const keyOf = (path: string) => resolve(path).normalize('NFC').toLowerCase();

/**
 * The diagnostic text when two inputs of a batch would write the same output file (`a/x.yaml` and
 * `b/x.yaml` into one `--out-dir`; `x.yaml` and `X.yml` in `--units`), naming both inputs and the file;
 * undefined when every output is distinct. Checked before anything is written: a batch never silently
 * overwrites one unit's document with another's. Linear in the number of outputs.
 */
export function outputClash(planned: readonly PlannedOutput[]): string | undefined {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  for (const { input, targets } of planned) {
    for (const target of targets) {
      if (target === '-') continue;
      const key = keyOf(target);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, input);
      else if (first !== input) clashes.push(formatDiagnostics([NODE_CODES.create('OUTPUT_NAME_CLASH', { file: input, path: '', line: 1, column: 1 }, { target, first, second: input })]));
    }
  }
  return clashes.length ? clashes.join('\n') + '\n' : undefined;
}
