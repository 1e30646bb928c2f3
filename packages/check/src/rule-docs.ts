import { EXAMPLE_BASE, codeUrl, firstSentence, type InvalidExample, type RuleMeta } from '@kehoach/core';

const CATEGORY: Record<RuleMeta['category'], string> = {
  nd30: 'Thể thức Nghị định 30 — Decree 30 form',
  consistency: 'Nhất quán — consistency',
  dates: 'Ngày tháng — dates',
  structure: 'Cấu trúc — structure',
  language: 'Ngôn ngữ — language',
};
const SEVERITY = { error: 'lỗi (error)', warning: 'cảnh báo (warning)', info: 'lưu ý (info)' };
const PHASE = {
  load: 'nạp (`loadPlan`: `kehoach validate`, `render`, `check` … đều báo; lỗi thì không nạp được kế hoạch) — load',
  content: 'nội dung (`kehoach check`, trên kế hoạch đã nạp) — content',
};

/** Where a rule's file is, by phase. */
function ruleFile(meta: RuleMeta): string {
  return meta.phase === 'load' ? `packages/core/src/rules/load/${meta.id}.ts` : `packages/check/src/rules/${meta.id}.ts`;
}

const yaml = (s: string) => '```yaml\n' + s.trim() + '\n```';
const code = (s: string) => '`' + s.replace(/`/g, 'ˋ') + '`';

/** Where a finding is, in words: the words its range covers (the first line of a block, the file as a whole). */
function covers(text: string): string {
  if (!text) return 'cả tệp — the whole file';
  const lines = text.trimEnd().split('\n');
  return lines.length > 1 ? `chỗ ${code(lines[0]!.trim() + ' …')} (${lines.length} dòng — lines)` : `chỗ ${code(text)}`;
}

/** An invalid example: the fragment, each finding it gives, and the fragment after `--fix`. */
function invalidExample(e: InvalidExample): string[] {
  return [
    yaml(e.code),
    '',
    ...e.errors.map((f) => `- ${code(f.path || '/')}: ${f.message} — ${covers(f.text)}`),
    '',
    ...(e.output !== undefined ? ['Sau khi sửa — after `--fix`:', '', yaml(e.output), ''] : []),
  ];
}

/** How a rule is turned off or changed: a required rule cannot be. */
function configure(meta: RuleMeta): string[] {
  if (meta.required) {
    return [
      '## Bắt buộc — required', '',
      'Quy tắc toàn vẹn: luôn chạy với mọi loại văn bản, không tắt hay đổi mức được (lỗi của nó khiến kế hoạch không đọc được đúng). — An integrity rule: it always runs and cannot be configured.', '',
    ];
  }
  return [
    '## Tắt hoặc đổi mức — configure', '',
    'Chạy với loại văn bản có quy tắc này trong danh sách `rules` của hồ sơ loại (`packages/core/src/kinds/`). — Runs for the document kinds whose profile lists it.', '',
    yaml(`check:\n  ${meta.id}: off   # hoặc warn, error`), '',
    'hoặc trên dòng trước chỗ bị báo — or on the line before the finding:', '',
    yaml(`# kehoach-disable-next-line ${meta.id}`), '',
  ];
}

/** Whether a rule fixes its findings, and when it cannot, why (its `notFixable`). */
function fixable(meta: RuleMeta): string {
  const why = meta.notFixable ? `${meta.notFixable.vi} — *${meta.notFixable.en}*` : '';
  if (!meta.fixable) return `không — no. ${why}`.trimEnd();
  return `có (\`kehoach check --fix\`, nút “Sửa” của studio) — yes${why ? `. Khi không — when not: ${why}` : ''}`;
}

/** The Markdown page of one rule (`docs/rules/<id>.md`), generated from its meta. */
export function ruleDoc(meta: RuleMeta): string {
  return [
    `# \`${meta.id}\``,
    '',
    ...(meta.docs.title ? [`**${meta.docs.title.vi}** — *${meta.docs.title.en}*`, ''] : []),
    `<!-- Sinh từ ${ruleFile(meta)} bằng \`pnpm docs:rules\` — generated, do not edit. -->`,
    '',
    `- Giai đoạn — phase: ${PHASE[meta.phase]}`,
    `- Nhóm — category: ${CATEGORY[meta.category]}`,
    `- Mức mặc định — default severity: ${SEVERITY[meta.severity]}`,
    ...(meta.codes ? [`- Mã chẩn đoán — codes: ${meta.codes.map((c) => `[\`${c}\`](${codeUrl(c).replace(/^.*\/docs\//, '../')})`).join(', ')}`] : []),
    ...(meta.article ? [`- Căn cứ — provision: ${meta.article}`] : []),
    `- Sửa tự động — fixable: ${fixable(meta)}`,
    '',
    meta.docs.vi,
    '',
    `*${meta.docs.en}*`,
    '',
    '## Sai — invalid',
    '',
    'Mỗi ví dụ là một đoạn YAML ghép lên kế hoạch mẫu ở cuối trang, rồi đúng những gì quy tắc báo (chạy như kiểm thử). — Each example is merged over the base plan at the end; then exactly what the rule reports (run as a test).',
    '',
    ...meta.examples.invalid.flatMap(invalidExample),
    '## Đúng — valid',
    '',
    ...meta.examples.valid.flatMap((e) => [yaml(e), '']),
    ...configure(meta),
    '<details><summary>Kế hoạch mẫu — base plan</summary>',
    '',
    yaml(EXAMPLE_BASE),
    '',
    '</details>',
    '',
  ].join('\n');
}

/** The rule table of docs/check.md (links relative to `linkBase`): id (linked), title, phase, category, severity, fixable, one line. */
export function rulesTable(metas: readonly RuleMeta[], linkBase = 'docs/rules/'): string {
  const phase = (m: RuleMeta) => (m.phase === 'load' ? (m.required ? 'nạp, bắt buộc' : 'nạp') : 'nội dung');
  const rows = metas.map((m) => `| [\`${m.id}\`](${linkBase}${m.id}.md) | ${m.docs.title?.vi ?? ''} | ${phase(m)} | ${m.category} | ${m.severity} | ${m.fixable ? 'có' : ''} | ${firstSentence(m.docs.vi).replace(/\|/g, '\\|')} |`);
  return ['| quy tắc — rule | tên — title | giai đoạn | nhóm | mức | sửa | nội dung |', '|---|---|---|---|---|---|---|', ...rows].join('\n');
}

/** One line per rule of both phases, for `kehoach check --rules`: id, severity, category, what it checks. */
export function rulesList(metas: readonly RuleMeta[]): string {
  const w = Math.max(...metas.map((m) => m.id.length));
  return metas.map((m) => `${m.id.padEnd(w)}  ${m.severity.padEnd(7)}  ${m.category.padEnd(11)}  ${firstSentence(m.docs.vi)}`).join('\n');
}
