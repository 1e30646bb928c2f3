// @kehoach/cli: the `kehoach` commands as a library — run them from code as the command runs them
// (arguments, Vietnamese help, exit codes), writing to an `Io` of one's own. The commands, the
// option parser and the help stay in their files; the executable ships in the `kehoach` package.
export { runCli, VERSION } from './run-cli.js';
export { processIo, type Io } from './io.js';
