// The Node outputs (PDF) are registered before any list is read.
import 'kehoach/node';
import { outputExtensions, outputForFile, outputs, type AnyOutput, type Output, type OutputInput } from 'kehoach';
import { UsageError, type Args, type OptionSpec } from './command.js';
import { extensionOf, hasExtension } from './file-extension.js';

/** The outputs a command writes: those of an input, and of plan outputs, one purpose. */
export interface CommandOutputs {
  input: OutputInput;
  /** Plan outputs: `document` (`render`) or `exchange` (`export`). */
  purpose?: 'document' | 'exchange';
  /** The `--format` value when neither `--format` nor `-o`'s extension says. */
  fallback: string;
}

/** `kehoach render`'s outputs: the document's renditions, DOCX unless told. */
export const RENDER_OUTPUTS: CommandOutputs = { input: 'plan', purpose: 'document', fallback: 'docx' };
/** `kehoach export`'s outputs: messages for other systems, edXML unless told. */
export const EXPORT_OUTPUTS: CommandOutputs = { input: 'plan', purpose: 'exchange', fallback: 'edxml' };
/** `kehoach checklist`'s outputs: JSON unless told. */
export const CHECKLIST_OUTPUTS: CommandOutputs = { input: 'checklist', fallback: 'json' };
/** `kehoach status`'s outputs: text unless told. */
export const STATUS_OUTPUTS: CommandOutputs = { input: 'status', fallback: 'txt' };

/** The registered outputs a command writes, in the order lists show them (read each time: a portal's output registered at run time is one). */
export function outputsOf(set: CommandOutputs): readonly AnyOutput[] {
  return outputs(set.input).filter((o) => !set.purpose || (o.purpose ?? 'document') === set.purpose);
}

/** The plan outputs `kehoach render` makes: renditions of the document (DOCX, PDF, Markdown, text …). */
export const documentOutputs = (): ReadonlyArray<Output<'plan'>> => outputsOf(RENDER_OUTPUTS) as ReadonlyArray<Output<'plan'>>;

/**
 * A command's `--format` option, read from kehoach's output registry each time it is asked (so an
 * output registered at run time is a choice too): its choices, and each choice's label in the help.
 * It has no parsed default: `chooseOutput` takes the format from `-o`'s extension first, then the set's fallback.
 */
export function formatOption(set: CommandOutputs, help = 'định dạng xuất'): OptionSpec {
  const select = () => outputsOf(set);
  return {
    name: 'format',
    short: 'f',
    type: 'string',
    defaultHelp: `theo đuôi tệp -o, không thì ${set.fallback}`,
    help,
    get choices() {
      return select().map((o) => o.id);
    },
    get choiceLabels() {
      return Object.fromEntries(select().map((o) => [o.id, o.label]));
    },
  };
}

/** One line per output a command writes: `  .md, .markdown  Markdown`, for its messages. */
function writable(candidates: readonly AnyOutput[]): string {
  const names = candidates.map((o) => outputExtensions(o).map((e) => '.' + e).join(', '));
  const width = Math.max(...names.map((n) => n.length)) + 2;
  return candidates.map((o, i) => `  ${names[i]!.padEnd(width)}${o.label}`).join('\n');
}

/**
 * The output a command writes, as pandoc chooses: `--format` when given; else the extension of `-o`
 * (`-o kh.pdf` → PDF, `-o kh.xlsx` → Excel) among the command's outputs, as the registry finds it
 * (`outputForFile`); else the fallback. An `-o` whose extension none of them writes is a usage
 * mistake (exit 2) that lists what the command can write.
 */
export function chooseOutput(set: CommandOutputs, values: Args['values'], command: string): AnyOutput {
  const candidates = outputsOf(set);
  const byId = (id: string) => candidates.find((o) => o.id === id)!;
  if (typeof values.format === 'string') return byId(values.format);
  const file = values.output;
  if (typeof file !== 'string' || file === '-' || !hasExtension(file)) return byId(set.fallback);
  const found = outputForFile(set.input, file, set.purpose ? { purpose: set.purpose } : {});
  if (found) return found;
  throw new UsageError(
    `lệnh ${command} không ghi được tệp “${file}”: không định dạng nào của lệnh này có đuôi ${extensionOf(file)}.\n` +
      `Lệnh ${command} ghi được (chọn theo đuôi tệp -o, hoặc bằng --format):\n${writable(candidates)}`,
  );
}
