import { globalHelp } from './help.js';
import { COMMANDS } from './registry.js';

/** The help text of `kehoach` (generated from the commands in the registry). */
export const USAGE = globalHelp(COMMANDS);
