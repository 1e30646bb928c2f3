/** Clean-ups to run if the process is interrupted (SIGINT, SIGTERM, SIGHUP) while they are pending. */
const pending = new Set<() => void>();

/**
 * Registers a synchronous clean-up (remove a temporary file, stop a child process) to run if the
 * process is interrupted before `release` is called. Returns `release`.
 */
export function onInterrupt(cleanup: () => void): () => void {
  pending.add(cleanup);
  return () => void pending.delete(cleanup);
}

/** Runs every pending clean-up now (each once; errors ignored). */
export function runInterruptCleanups(): void {
  for (const f of [...pending]) {
    pending.delete(f);
    try {
      f();
    } catch {
      // best effort: the process is going away
    }
  }
}

const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;
let installed = false;

/**
 * Makes SIGINT, SIGTERM and SIGHUP run the pending clean-ups and exit with 128 + the signal's
 * number, as a shell expects. For programs (the CLI); a library never installs signal handlers.
 */
export function installInterruptHandlers(): void {
  if (installed) return;
  installed = true;
  for (const [name, n] of Object.entries(SIGNALS)) {
    process.on(name, () => {
      runInterruptCleanups();
      process.exit(128 + n);
    });
  }
}

/** Whether a process with this id is running (for clean-ups of files left by a killed run). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
