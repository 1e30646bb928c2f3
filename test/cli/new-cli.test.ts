import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, test } from 'vitest';
import { planSchema } from 'kehoach';
import { cli } from '../run-cli.js';

// `kehoach new`: the shell over kehoach's newPlan. What it writes validates, checks clean and
// renders with the other commands; it never overwrites; what it needs is asked for in Vietnamese.

const tmp = () => mkdtempSync(join(tmpdir(), 'kehoach-new-'));

describe('kehoach new writes a blank plan the other commands take as it is', () => {
  test.each([
    ['xa', ['--name', 'Minh Xuân']],
    ['so', ['--name', 'Sở Y tế', '--province', 'Tuyên Quang', '--kind', 'cong-van']],
    ['truong', ['--name', 'Trường THCS Hòa Khánh', '--parent', 'Ủy ban nhân dân phường Hòa Khánh']],
  ])('--unit %s: validate, check and render (DOCX) exit 0', async (unit, args) => {
    const dir = tmp();
    const file = join(dir, 'ke-hoach.yaml');
    const r = await cli('new', file, '--unit', unit, ...args, '--year', '2026');
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('Đã ghi');
    const yaml = readFileSync(file, 'utf8');
    expect(yaml).toMatch(/^# yaml-language-server: \$schema=\S+\n# .* mới của /);
    expect(yaml).toContain('# Khi ban hành, thêm số và ngày ký');
    expect(await cli('validate', file)).toMatchObject({ code: 0, err: '' });
    expect(await cli('check', file)).toMatchObject({ code: 0 });
    expect((await cli('check', file)).out).toBe('');
    expect((await cli('render', file, '-q')).code).toBe(0);
    expect(new PizZip(readFileSync(join(dir, 'ke-hoach.docx'))).file('word/document.xml')!.asText()).toContain(unit === 'so' ? 'SYT-VP' : 'năm 2026');
  });
  test('-o names the file too; without a file the plan goes to standard output', async () => {
    const dir = tmp();
    expect((await cli('new', '--name', 'Minh Xuân', '-o', join(dir, 'a.yml'), '-q')).code).toBe(0);
    expect(existsSync(join(dir, 'a.yml'))).toBe(true);
    const r = await cli('new', '--name', 'Minh Xuân', '--year', '2026');
    expect(r.code).toBe(0);
    expect(r.out).toContain('name: Ủy ban nhân dân xã Minh Xuân');
  });
  test('the schema line points at the schema of the repository (or of an installed package) above the file, else at the published one', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'schemas'));
    writeFileSync(join(dir, 'schemas/plan.schema.json'), '{}');
    mkdirSync(join(dir, 'xa'));
    expect((await cli('new', join(dir, 'xa/kh.yaml'), '--name', 'Minh Xuân', '-q')).code).toBe(0);
    expect(readFileSync(join(dir, 'xa/kh.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/plan.schema.json');
    const bare = join(tmp(), 'kh.yaml');
    expect((await cli('new', bare, '--name', 'Minh Xuân', '-q')).code).toBe(0);
    expect(readFileSync(bare, 'utf8').split('\n')[0]).toBe(`# yaml-language-server: $schema=${planSchema.$id}`);
  });
});

describe('what it refuses', () => {
  test('a file that exists is not overwritten: exit 1, the file unchanged', async () => {
    const file = join(tmp(), 'kh.yaml');
    writeFileSync(file, 'của tôi\n');
    const r = await cli('new', file, '--name', 'Minh Xuân');
    expect(r.code).toBe(1);
    expect(r.err).toContain(`tệp “${file}” đã có; kehoach new không ghi đè`);
    expect(readFileSync(file, 'utf8')).toBe('của tôi\n');
  });
  test.each([
    [['--unit', 'so', '--name', 'Sở Y tế'], 'lệnh new với --unit so cần --province'],
    [['--unit', 'truong'], 'lệnh new với --unit truong cần --name, --parent'],
    [['--name', 'X', '--unit', 'huyen'], '--unit phải là xa, phuong, tinh, so hoặc truong (nhận được “huyen”)'],
    [['--name', 'X', '--kind', 'bien-ban'], '--kind phải là ke-hoach, cong-van, quyet-dinh, to-trinh, thong-bao hoặc bao-cao (nhận được “bien-ban”)'],
    [['--name', 'X', '--year', '26'], '--year phải là một năm dạng YYYY (nhận được “26”)'],
    [['kh.docx', '--name', 'X'], 'lệnh new ghi dữ liệu kế hoạch, không ghi được tệp “kh.docx”'],
    [['a.yaml', 'b.yaml', '--name', 'X'], 'cần một tệp ra'],
  ])('%j: exit 2, %s', async (args, message) => {
    const r = await cli('new', ...args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err).toContain('Cách dùng: kehoach new [ke-hoach.yaml]');
  });
});
