/** Where a command writes: injectable so tests can capture output without a process. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Standard error is a terminal: progress lines and colours may be shown. Absent: not a terminal. */
  tty?: boolean;
  /** Colours allowed (a terminal, and no NO_COLOR). */
  colour?: boolean;
  /** Told of every file a command writes, for the closing “Đã ghi …” line. */
  wrote?(file: string): void;
  /** Told how far a batch has gone, for the progress line. */
  progress?(done: number, total: number, label: string): void;
}

/** The process's standard output and error. */
export const processIo: Io = {
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
  tty: process.stderr.isTTY === true,
  colour: process.stderr.isTTY === true && !process.env.NO_COLOR,
};
