// Issue 23: batch outputs with the same name. Two inputs of one batch that would write one file are refused
// before anything is written (OUTPUT_NAME_CLASH, naming both inputs); an output is never one of the inputs.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../helpers.js';
import { cli } from '../run-cli.js';

const PLAN = `${ROOT}examples/phu-tho-2025-cong-van-dich-vu-cong.yaml`;
const PARENT = `${ROOT}examples/tuyen-quang-2025-30-7.yaml`;
const UNIT = `${ROOT}examples/units/xa-minh-xuan.yaml`;
const tmp = () => mkdtempSync(join(tmpdir(), 'kehoach-names-'));

test('render a/x.yaml b/x.yaml --out-dir d: refused naming both plans, nothing written', async () => {
  const dir = tmp();
  for (const f of ['a', 'b']) {
    mkdirSync(join(dir, f));
    copyFileSync(PLAN, join(dir, f, 'x.yaml'));
  }
  const out = join(dir, 'd');
  const r = await cli('render', join(dir, 'a/x.yaml'), join(dir, 'b/x.yaml'), '--out-dir', out, '-f', 'md');
  expect(r.code).toBe(1);
  expect(r.err).toContain('OUTPUT_NAME_CLASH');
  expect(r.err).toContain(`“${join(dir, 'a/x.yaml')}” và “${join(dir, 'b/x.yaml')}”`);
  expect(r.err).toContain(join(out, 'x.md'));
  expect(readdirSync(dir).sort()).toEqual(['a', 'b']);
});

test('render x.yaml X.yml beside each other (names differing by extension and case): refused, nothing written', async () => {
  const dir = tmp();
  copyFileSync(PLAN, join(dir, 'x.yaml'));
  copyFileSync(PLAN, join(dir, 'X.yml'));
  const r = await cli('render', join(dir, 'x.yaml'), join(dir, 'X.yml'), '-f', 'md');
  expect(r.code).toBe(1);
  expect(r.err).toContain('OUTPUT_NAME_CLASH');
  expect(readdirSync(dir).sort()).toEqual(['X.yml', 'x.yaml']);
  // Distinct names are rendered as before.
  const ok = await cli('render', join(dir, 'x.yaml'), '--out-dir', join(dir, 'o'), '-f', 'md', '-q');
  expect(ok.code).toBe(0);
  expect(readdirSync(join(dir, 'o'))).toEqual(['x.md']);
});

test('clone --units dir with x.yaml and X.yml: refused naming both profiles, nothing written', async () => {
  const dir = tmp();
  const units = join(dir, 'don-vi');
  mkdirSync(units);
  copyFileSync(UNIT, join(units, 'x.yaml'));
  copyFileSync(UNIT, join(units, 'X.yml'));
  const out = join(dir, 'xa');
  const r = await cli('clone', PARENT, '--units', units, '--out-dir', out, '--render', 'md');
  expect(r.code).toBe(1);
  expect(r.err).toContain('OUTPUT_NAME_CLASH');
  expect(r.err).toContain(join(units, 'X.yml'));
  expect(r.err).toContain(join(units, 'x.yaml'));
  expect(readdirSync(dir)).toEqual(['don-vi']);
});

test('clone --province with two profiles of one commune (by code and by name): refused naming both, not one dropped unseen', async () => {
  const dir = tmp();
  const units = join(dir, 'ho-so');
  mkdirSync(units);
  copyFileSync(UNIT, join(units, '02215.yaml'));
  copyFileSync(UNIT, join(units, 'phuong-minh-xuan.yaml'));
  const out = join(dir, 'xa');
  const r = await cli('clone', PARENT, '--province', '08', '--units', units, '--out-dir', out, '-q');
  expect(r.code).toBe(1);
  expect(r.err).toContain('OUTPUT_NAME_CLASH');
  expect(r.err).toContain(join(out, '02215-phuong-minh-xuan.yaml'));
  expect(r.err).toContain(join(units, '02215.yaml'));
  expect(r.err).toContain(join(units, 'phuong-minh-xuan.yaml'));
  expect(readdirSync(dir)).toEqual(['ho-so']);
});

test('an output that is an input: clone --units d --out-dir d never writes over a unit profile', async () => {
  const dir = tmp();
  copyFileSync(UNIT, join(dir, 'xa-a.yaml'));
  const before = readFileSync(join(dir, 'xa-a.yaml'));
  const r = await cli('clone', PARENT, '--units', dir, '--out-dir', dir);
  expect(r.code).toBe(1);
  expect(r.err).toContain('FILE_UNWRITABLE');
  expect(readFileSync(join(dir, 'xa-a.yaml')).equals(before)).toBe(true);
  // and render: the output named as the plan itself (-o) is refused.
  writeFileSync(join(dir, 'p.yaml'), readFileSync(PLAN));
  const s = await cli('render', join(dir, 'p.yaml'), '-f', 'md', '-o', join(dir, 'p.yaml'));
  expect(s.code).toBe(1);
  expect(readFileSync(join(dir, 'p.yaml')).equals(readFileSync(PLAN))).toBe(true);
});
