export { runCli, VERSION } from './run-cli.js';
export { validateCommand } from './command-validate.js';
export { processIo, type Io } from './io.js';
export { USAGE } from './usage.js';
export { renderCommand, type RenderFormat, type RenderOptions } from './command-render.js';
export { loadFile } from './load-file.js';
export { checklistCommand, type ChecklistFormat, type ChecklistCommandOptions } from './command-checklist.js';
export { cloneCommand, traceCommand, rollCommand } from './command-clone.js';
export { migrateCommand } from './command-migrate.js';
