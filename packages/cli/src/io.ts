/** Where a command writes: injectable so tests can capture output without a process. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** The process's standard output and error. */
export const processIo: Io = {
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
};
