import { firstSentence } from '@kehoach/core';
import type { RuleMeta } from './rule.js';
import { EXAMPLE_BASE } from './example-base.js';

const CATEGORY: Record<RuleMeta['category'], string> = {
  nd30: 'Thể thức Nghị định 30 — Decree 30 form',
  consistency: 'Nhất quán — consistency',
  dates: 'Ngày tháng — dates',
  structure: 'Cấu trúc — structure',
  language: 'Ngôn ngữ — language',
};
const SEVERITY = { error: 'lỗi (error)', warning: 'cảnh báo (warning)', info: 'lưu ý (info)' };


/** The Markdown page of one rule (`docs/rules/<id>.md`), generated from its meta. */
export function ruleDoc(meta: RuleMeta): string {
  const yaml = (s: string) => '```yaml\n' + s.trim() + '\n```';
  return [
    `# \`${meta.id}\``,
    '',
    `<!-- Sinh từ packages/check/src/rules/${meta.id}.ts bằng \`pnpm docs:rules\` — generated, do not edit. -->`,
    '',
    `- Nhóm — category: ${CATEGORY[meta.category]}`,
    `- Mức mặc định — default severity: ${SEVERITY[meta.severity]}`,
    ...(meta.article ? [`- Căn cứ — provision: ${meta.article}`] : []),
    `- Sửa tự động — fixable: ${meta.fixable ? 'có (`kehoach check --fix`)' : 'không'}`,
    ...(meta.supersedes ? [`- Thay cho chẩn đoán của bộ nạp — supersedes: ${meta.supersedes.map((c) => `\`${c}\``).join(', ')}`] : []),
    '',
    meta.docs.vi,
    '',
    `*${meta.docs.en}*`,
    '',
    '## Sai — invalid',
    '',
    'Mỗi ví dụ là một đoạn YAML ghép lên kế hoạch mẫu ở cuối trang. — Each example is merged over the base plan at the end.',
    '',
    ...meta.examples.invalid.flatMap((e) => [yaml(e), '']),
    '## Đúng — valid',
    '',
    ...meta.examples.valid.flatMap((e) => [yaml(e), '']),
    '## Tắt hoặc đổi mức — configure',
    '',
    yaml(`check:\n  ${meta.id}: off   # hoặc warn, error`),
    '',
    'hoặc trên dòng trước chỗ bị báo — or on the line before the finding:',
    '',
    yaml(`# kehoach-disable-next-line ${meta.id}`),
    '',
    '<details><summary>Kế hoạch mẫu — base plan</summary>',
    '',
    yaml(EXAMPLE_BASE),
    '',
    '</details>',
    '',
  ].join('\n');
}

/** The rule table of the README: id (linked), category, severity, one line. */
export function rulesTable(metas: readonly RuleMeta[], linkBase = 'docs/rules/'): string {
  const rows = metas.map((m) => `| [\`${m.id}\`](${linkBase}${m.id}.md) | ${m.category} | ${m.severity} | ${m.fixable ? 'có' : ''} | ${firstSentence(m.docs.vi).replace(/\|/g, '\\|')} |`);
  return ['| quy tắc — rule | nhóm | mức | sửa | nội dung |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** One line per rule, for `kehoach check --rules`. */
export function rulesList(metas: readonly RuleMeta[]): string {
  const w = Math.max(...metas.map((m) => m.id.length));
  return metas.map((m) => `${m.id.padEnd(w)}  ${m.severity.padEnd(7)}  ${m.category.padEnd(11)}  ${firstSentence(m.docs.vi)}`).join('\n');
}
