#!/usr/bin/env node
// docs/diagnostics.md: every diagnostic code of every package, generated from their code tables
// (built packages). `pnpm docs:codes` writes it; `--check` exits 1 when the page is out of date.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The packages that own codes, in dependency order. */
export const CODE_PACKAGES = ['core', 'node', 'render-docx', 'checklist', 'progress', 'clone', 'check', 'edxml', 'import', 'review'];

/** Loads every package's table and returns the page. */
export async function diagnosticsPage(importPackage = (name) => import(`@kehoach/${name}`)) {
  const tables = [];
  // The load-phase rules (core) report core's codes: each code says which rule reports it.
  const core = await importPackage('core');
  const byCode = new Map();
  for (const id of core.ruleIds('load')) {
    for (const code of (await core.loadRule(id)).meta.codes ?? []) byCode.set(code, [...(byCode.get(code) ?? []), id]);
  }
  for (const name of CODE_PACKAGES) {
    const mod = await importPackage(name);
    const own = Object.values(mod).filter((v) => v && typeof v === 'object' && typeof v.create === 'function' && v.source === name);
    if (own.length !== 1) throw new Error(`@kehoach/${name} exports ${own.length} code tables, expected one`);
    tables.push(own[0]);
  }
  const esc = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, '⏎');
  const out = [
    '# Mã chẩn đoán — diagnostic codes',
    '',
    '<!-- Sinh từ bảng mã của từng gói bằng `pnpm docs:codes` — generated from each package\'s code table, do not edit. -->',
    '',
    'Mỗi chẩn đoán có cùng một dạng (`Diagnostic` của `@kehoach/core`): `source` (gói sở hữu mã), `code`, `severity`,',
    '`message` (tiếng Việt), `messageEn`, `file`, `path` (JSON pointer), `line`/`column` và `endLine`/`endColumn`, `url`',
    '(mục của mã ở trang này), và khi có: `params`, `suggestion`, `fix`, `rule`. Mã ổn định: công cụ và cổng thông tin có thể',
    'dựa vào chúng. Các quy tắc giai đoạn nạp báo bằng mã của `@kehoach/core` (mỗi mã ghi quy tắc báo nó); phát hiện của các quy tắc',
    'khác mang mã là tên quy tắc: xem [docs/rules](rules/).',
    '',
    '*Every diagnostic has one shape; each package owns its codes; load-phase rules report core\'s codes (each names its rule), other rule findings carry the rule id, see [docs/rules](rules/).*',
    '',
  ];
  for (const t of tables) {
    out.push(`## \`@kehoach/${t.source}\``, '');
    for (const [code, i] of Object.entries(t.codes)) {
      const rules = t.source === 'core' ? byCode.get(code) ?? [] : [];
      const reported = rules.length ? [`- quy tắc báo — reported by rule: ${rules.map((r) => `[\`${r}\`](rules/${r}.md)`).join(', ')}`] : [];
      out.push(`### ${code}`, '', `- mức — severity: ${i.severity}`, `- ${esc(i.vi)}`, `- *${esc(i.en)}*`, `- ví dụ gây ra — triggering input: \`${esc(i.example)}\``, ...reported, '');
    }
  }
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = fileURLToPath(new URL('../docs/diagnostics.md', import.meta.url));
  const page = await diagnosticsPage();
  if (process.argv.includes('--check')) {
    const now = readFileSync(file, 'utf8');
    if (now !== page) {
      console.error('docs/diagnostics.md is out of date: run pnpm docs:codes');
      process.exit(1);
    }
  } else {
    writeFileSync(file + '.tmp', page);
    renameSync(file + '.tmp', file);
  }
}
