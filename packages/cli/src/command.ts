import type { Io } from './io.js';

/** One option of a command, as parsed and as shown in its help. */
export interface OptionSpec {
  /** Long name, without the dashes: `out-dir`. */
  name: string;
  /** One-letter alias: `o` for `-o`. */
  short?: string;
  type: 'string' | 'boolean';
  /** May be given several times (`--unit a.yaml --unit b.yaml`); the values are a list. */
  multiple?: boolean;
  /** The only values allowed (checked before the command runs, with a suggestion). */
  choices?: readonly string[];
  /** What each choice means, in Vietnamese: printed under the option in the help. */
  choiceLabels?: Readonly<Record<string, string>>;
  default?: string | boolean;
  /** The default as the help tells it, when the command works it out itself (`--format`: from `-o`'s extension). */
  defaultHelp?: string;
  /** The value's placeholder in the help: `thu-muc`. */
  arg?: string;
  /** Expand wildcards in the value (`--unit 'xa/*.yaml'`), as the shell would on POSIX. */
  glob?: boolean;
  /** What it does, in Vietnamese. */
  help: string;
}

/** The parsed arguments handed to a command. */
export interface Args {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** What a command receives when it runs. */
export interface CommandContext {
  args: Args;
  io: Io;
  /** The version of kehoach, for outputs that carry it (SARIF). */
  version: string;
}

/**
 * A `kehoach` command: its name, its one-line summary and its options (from which the help and
 * the checks are generated), and `run`, which loads what the command needs only when it runs.
 */
export interface Command {
  name: string;
  summary: string;
  /** The positional arguments as shown in the usage line: `<plan.yaml>…`. */
  usage: string;
  /** Longer explanation printed by `kehoach help <command>`. */
  description?: string;
  /** Fewest and most positional arguments (most: Infinity for a list of files). */
  positionals: { min: number; max: number; glob?: boolean };
  options: readonly OptionSpec[];
  /** Examples printed in the help. */
  examples?: readonly string[];
  /** Runs the command; returns the exit code (2 for a usage mistake found late). */
  run(context: CommandContext): Promise<number>;
}

/** Thrown for a usage mistake (exit 2), with its Vietnamese message. */
export class UsageError extends Error {}
