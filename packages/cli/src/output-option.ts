// The Node outputs (PDF) are registered before any list is read.
import 'kehoach/node';
import { outputs, type AnyOutput, type Output } from 'kehoach';
import type { OptionSpec } from './command.js';

/** The plan outputs `kehoach render` makes: renditions of the document (DOCX, PDF, Markdown, text …). */
export const documentOutputs = (): ReadonlyArray<Output<'plan'>> => outputs('plan').filter((o) => (o.purpose ?? 'document') === 'document');

/** The plan outputs `kehoach export` makes: messages for other systems (edXML). */
export const exchangeOutputs = (): ReadonlyArray<Output<'plan'>> => outputs('plan').filter((o) => o.purpose === 'exchange');

/** The outputs of `kehoach checklist`. */
export const checklistOutputs = (): ReadonlyArray<Output<'checklist'>> => outputs('checklist');

/**
 * A command's `--format` option, read from kehoach's output registry each time it is asked (so an
 * output registered at run time is a choice too): its choices, and each choice's label in the help.
 */
export function formatOption(select: () => readonly AnyOutput[], fallback: string, help = 'định dạng xuất'): OptionSpec {
  return {
    name: 'format',
    short: 'f',
    type: 'string',
    default: fallback,
    help,
    get choices() {
      return select().map((o) => o.id);
    },
    get choiceLabels() {
      return Object.fromEntries(select().map((o) => [o.id, o.label]));
    },
  };
}
