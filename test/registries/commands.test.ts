// The command registry: one module per command in packages/cli/src/commands, each listed once,
// each described well enough for its help, each documented in the README.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { commandHelp } from '../../packages/cli/src/help.js';
import { COMMANDS } from '../../packages/cli/src/registry.js';
import { ROOT } from '../helpers.js';

const DIR = `${ROOT}packages/cli/src/commands`;

test('every module of commands/ is a registered command, and every command has its module', () => {
  const modules = readdirSync(DIR).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, '')).sort();
  const registered = COMMANDS.map((c) => {
    const file = modules.find((m) => new RegExp(`^  name: '${c.name}',$`, 'm').test(readFileSync(`${DIR}/${m}.ts`, 'utf8')));
    expect(file, c.name).toBeDefined();
    return file!;
  });
  expect([...registered].sort()).toEqual(modules);
  expect(new Set(COMMANDS.map((c) => c.name)).size).toBe(COMMANDS.length);
});

test('every command describes itself in Vietnamese, with an example, and its help prints', () => {
  for (const c of COMMANDS) {
    expect(/[\u0300-\u036f]|đ/i.test(c.summary.normalize('NFD')), c.name).toBe(true);
    expect(c.examples.length, c.name).toBeGreaterThan(0);
    for (const e of c.examples) expect(e, c.name).toContain(`kehoach ${c.name}`);
    for (const o of c.options) expect(o.help, `${c.name} --${o.name}`).toBeTruthy();
    expect(commandHelp(c)).toContain(c.summary);
  }
});

test('the README names every command', () => {
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');
  for (const c of COMMANDS) expect(readme, c.name).toContain(`kehoach ${c.name}`);
});
