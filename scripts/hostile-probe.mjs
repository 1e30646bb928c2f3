#!/usr/bin/env node
// pnpm probe:hostile — issue 23: received files and requests as an attacker makes them. Each case
// GENERATES its input in a temporary folder (nothing hostile is kept in the repository), runs it
// through a real entry point (the CLI's import / check / checklist / render / export, importPlan,
// the service over HTTP on loopback) in a child process under `/usr/bin/time -v`, and prints the
// answer (exit status, diagnostic codes, what was written), the wall time and the peak memory of
// that process. Asserts nothing. `pnpm probe:hostile docx-num-start text-lines` runs those cases;
// PROBE_TIMEOUT (seconds, default 30) kills a case that runs longer; PROBE_HEAP (MB, default 2048)
// caps V8's heap so that a bomb ends in an out-of-memory crash rather than taking the machine.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CASES } from './hostile-cases.mjs';

const TIMEOUT = Number(process.env.PROBE_TIMEOUT ?? 30);
const HEAP = Number(process.env.PROBE_HEAP ?? 2048);

/** Peak RSS (MB) and wall time (s) from GNU time's -v report. @param {string} report */
function timeReport(report) {
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(report);
  const seconds = wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : NaN;
  return { peakMb: rss ? Number(rss[1]) / 1024 : NaN, seconds };
}

/** The diagnostic codes printed by a command (`error  IMPORT_…`) or by a case's own summary. @param {string} text */
const codesIn = (text) => [...new Set(text.match(/\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+\b/g) ?? [])].filter((c) => !/^(?:KEHOACH|NODE)_/.test(c)).join(',');

/** Runs one case's command in a child, timed. */
function runCase(name, c) {
  const dir = mkdtempSync(join(tmpdir(), `kehoach-hostile-${name}-`));
  try {
    const input = c.setup(dir);
    const args = c.command(input, dir);
    const [program, ...rest] = args[0] === 'node' ? [process.execPath, `--max-old-space-size=${HEAP}`, ...args.slice(1)] : args;
    // TERM (then KILL 5 s later): timeout reaps the case, so its peak memory is in GNU time's report
    const r = spawnSync('/usr/bin/time', ['-v', 'timeout', '-k', '5', String(TIMEOUT), program, ...rest], {
      cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, KEHOACH_CACHE_DIR: 'off', NO_COLOR: '1' },
    });
    const stderr = r.stderr ?? '';
    const cut = stderr.lastIndexOf('\tCommand being timed:');
    const own = cut >= 0 ? stderr.slice(0, cut) : stderr;
    const { peakMb, seconds } = timeReport(stderr.slice(cut));
    const exit = /Exit status: (\d+)/.exec(stderr.slice(cut))?.[1];
    const killed = exit === '124' || exit === '137' || /Command terminated by signal/.test(stderr);
    const oom = /heap out of memory|Invalid string length|Array buffer allocation failed/i.test(own);
    const written = c.output ? outputSize(join(dir, c.output)) : '';
    const note = c.note ? c.note(r.stdout ?? '', own, dir) : '';
    let answer = killed ? `KILLED after ${TIMEOUT} s` : oom ? `CRASH out of memory (exit ${exit})` : `exit ${exit}`;
    const codes = codesIn(`${r.stdout ?? ''}\n${own}`);
    if (codes && !killed) answer += ` ${codes}`;
    return { answer, note: [written, note].filter(Boolean).join('; '), seconds, peakMb };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What a case wrote: nothing, or the file's size. @param {string} path */
function outputSize(path) {
  if (!existsSync(path)) return 'nothing written';
  const s = statSync(path);
  if (s.isDirectory()) return `wrote ${readdirSync(path).length} files`;
  return `wrote ${(s.size / 1048576).toFixed(1)} MB`;
}

const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(CASES);
console.log(`machine: ${cpus()[0]?.model ?? '?'} × ${cpus().length}, Node ${process.version}; each case a process, killed after ${TIMEOUT} s, heap ≤ ${HEAP} MB`);
console.log(`${'case'.padEnd(22)} ${'answer'.padEnd(46)} ${'s'.padStart(6)} ${'peak MB'.padStart(8)}  note — what`);
for (const name of names) {
  const c = CASES[name];
  if (!c) {
    console.log(`${name.padEnd(22)} (no such case: ${Object.keys(CASES).join(' ')})`);
    continue;
  }
  let line;
  try {
    const r = runCase(name, c);
    // a case killed by the timeout may not be reaped by GNU time's child: its peak is then unknown
    const peak = Number.isFinite(r.peakMb) && !(r.answer.startsWith('KILLED') && r.peakMb < 10) ? r.peakMb.toFixed(0) : '?';
    line = `${name.padEnd(22)} ${r.answer.slice(0, 46).padEnd(46)} ${r.seconds.toFixed(2).padStart(6)} ${peak.padStart(8)}  ${r.note ? r.note + ' — ' : ''}${c.what}`;
  } catch (e) {
    line = `${name.padEnd(22)} PROBE FAILED: ${String(e instanceof Error ? e.message : e).split('\n')[0]}`;
  }
  console.log(line);
}
