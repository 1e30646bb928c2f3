import { defineCodes } from '@kehoach/core';

/** The codes `@kehoach/check` emits besides its rules' findings (rules are their own codes). */
export const CHECK_CODES = defineCodes('check', {
  CHECK_UNKNOWN_RULE: {
    severity: 'warning',
    vi: 'Không có quy tắc “{rule}”; xem danh sách bằng `kehoach check --rules`.',
    en: 'There is no rule "{rule}"; list them with `kehoach check --rules`.',
    example: 'check: { chinh-ta: off }',
  },
  CHECK_RULE_REQUIRED: {
    severity: 'warning',
    vi: 'Quy tắc “{rule}” luôn chạy và không đổi được mức: lỗi của nó khiến kế hoạch không đọc được đúng (mã trùng, cơ quan chưa khai báo …).',
    en: 'The rule "{rule}" always runs and cannot be configured: its errors keep a plan from being read correctly (duplicate ids, undeclared agencies …).',
    example: 'check: { unique-ids: off }',
  },
  CHECK_CONFIG_INVALID: {
    severity: 'warning',
    vi: 'Cấu hình kiểm tra bị bỏ qua: {detail}.',
    en: 'Check configuration ignored: {detail}.',
    example: '.kehoachrc.yaml: misspelling: maybe',
  },
  CHECK_RULE_FAILED: {
    severity: 'error',
    vi: 'Quy tắc “{rule}” gặp lỗi nội bộ và bị bỏ qua ({detail}); các quy tắc khác vẫn chạy. Hãy báo lỗi này.',
    en: 'The rule "{rule}" failed ({detail}) and was skipped; the other rules ran. Please report it.',
    example: '(a bug in a rule)',
  },
  CHECK_UNSUPPORTED_FILE: {
    severity: 'error',
    vi: 'Chưa kiểm tra được tệp {ext}: cần gói nhập văn bản (@kehoach/import), chưa có trong bản này. Hãy kiểm tra tệp YAML của kế hoạch.',
    en: 'Cannot check a {ext} file yet: the importer (@kehoach/import) is not part of this build. Check the plan\'s YAML.',
    example: 'kehoach check van-ban-den.docx',
  },
});

/** A code of `CHECK_CODES`. */
export type CheckCode = keyof typeof CHECK_CODES.codes;
