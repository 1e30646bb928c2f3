import { UsageError, type Args } from './command.js';

/** A file name has an extension (`kh.pdf`; not `ke-hoach`, `.hidden` nor `-`). */
export const hasExtension = (file: string): boolean => /[^.\\/]\.[^.\\/]+$/.test(file);

/** The extension of a file name, with its dot, in lower case (`.json`). */
export const extensionOf = (file: string): string => file.slice(file.lastIndexOf('.')).toLowerCase();

/** The extensions of a plan's data written as YAML. */
export const YAML_EXTENSIONS: readonly string[] = ['yaml', 'yml'];

/**
 * Refuses an `-o` a command that writes plan data as YAML (`clone`, `roll`, `migrate`, `import`)
 * would write under another format's name (`-o xa.docx`): exit 2, saying what to write instead.
 * `migrate` rewrites a file in its own format, so it also takes `json`.
 */
export function requireYamlOutput(values: Args['values'], command: string, extensions: readonly string[] = YAML_EXTENSIONS): void {
  const file = values.output;
  if (typeof file !== 'string' || file === '-' || !hasExtension(file)) return;
  if (extensions.includes(extensionOf(file).slice(1))) return;
  throw new UsageError(`lệnh ${command} ghi dữ liệu kế hoạch, không ghi được tệp “${file}”: đặt tên tệp ${extensions.map((e) => '.' + e).join(' hoặc ')} (văn bản DOCX, PDF … thì xuất sau bằng kehoach render)`);
}
