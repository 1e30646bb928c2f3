import { defineCodes } from './diagnostics/define-codes.js';

/**
 * The diagnostic codes of `@kehoach/core`: reading, parsing, the schema and the load-phase rules
 * (`rules/load/`, each lists the codes it reports in `meta.codes`).
 * Codes are stable: tools and portals may match on them. Each package owns its own table
 * (`@kehoach/import`'s `IMPORT_CODES`, `@kehoach/render-docx`'s `RENDER_DOCX_CODES` …).
 */
export const CORE_CODES = defineCodes('core', {
  INPUT_EMPTY: {
    severity: 'error',
    vi: 'Tệp rỗng: chưa có nội dung kế hoạch.',
    en: 'The file is empty.',
    example: '(an empty file, or only comments)',
  },
  INPUT_TOO_LARGE: {
    severity: 'error',
    vi: 'Tệp quá lớn ({size}); giới hạn là {limit}. Một kế hoạch thường dưới 200 KB.',
    en: 'The file is too large ({size}); the limit is {limit}.',
    example: '(a 20 MB file)',
  },
  INPUT_NOT_UTF8: {
    severity: 'error',
    vi: 'Tệp không phải UTF-8 ({detail}). Hãy lưu lại tệp với bảng mã UTF-8.',
    en: 'The file is not UTF-8 ({detail}). Save it as UTF-8.',
    example: 'title: K\\xe9 ho\\xe1ch (Latin-1 bytes)',
  },
  INPUT_TOO_DEEP: {
    severity: 'error',
    vi: 'Dữ liệu lồng nhau quá sâu (quá {limit} cấp).',
    en: 'The data is nested too deeply (more than {limit} levels).',
    example: 'a: [[[[[[ … ]]]]]] (nested 200 times)',
  },
  INPUT_TOO_MANY_NODES: {
    severity: 'error',
    vi: 'Tệp có quá nhiều giá trị ({count}); giới hạn là {limit}. Một kế hoạch thường có dưới 5 000 giá trị.',
    en: 'The file holds too many values ({count}); the limit is {limit}.',
    example: 'a: [x, x, x, …]   # 300 000 items',
  },
  INPUT_NOT_DATA: {
    severity: 'error',
    vi: 'Dữ liệu không phải dữ liệu JSON thuần: {detail}.',
    en: 'The data is not plain JSON data: {detailEn}.',
    example: 'validatePlan(objectThatContainsItself)   # or a BigInt, a function',
  },
  INPUT_NOT_MAPPING: {
    severity: 'error',
    vi: 'Kế hoạch phải là một bảng khóa–giá trị (ví dụ “title: …”), không phải {found}.',
    en: 'A plan must be a mapping (key: value), not {found}.',
    example: '- a\n- b',
  },
  YAML_COLON_IN_TEXT: {
    severity: 'error',
    vi: 'Dấu “: ” trong nội dung khiến YAML hiểu nhầm phần sau là một khóa mới. Đặt cả đoạn văn trong dấu ngoặc kép.',
    en: 'A ": " inside the text makes YAML read what follows as a new key. Put the whole text in double quotes.',
    example: 'closing: Ủy ban nhân dân xã ban hành Kế hoạch như sau: thực hiện',
  },
  YAML_FLOW_COMMA: {
    severity: 'warning',
    vi: 'Trong danh sách […], mỗi dấu phẩy tách một đoạn mới: “{text}” đã bị cắt thành nhiều đoạn. Đặt câu trong dấu ngoặc kép.',
    en: 'In a flow list […], every comma starts a new item: "{text}" was split into several items. Put the sentence in double quotes.',
    example: 'items: [Các sở, ban, ngành thực hiện.]',
  },
  YAML_SYNTAX: {
    severity: 'error',
    vi: 'Lỗi cú pháp YAML: {detail}.',
    en: 'YAML syntax error: {detailEn}',
    example: 'title: "chưa đóng ngoặc kép',
  },
  YAML_DUPLICATE_KEY: {
    severity: 'error',
    vi: 'Khóa “{key}” bị lặp lại trong cùng một bảng.',
    en: 'The key "{key}" appears twice in the same mapping.',
    example: 'title: A\ntitle: B',
  },
  YAML_TAB_INDENT: {
    severity: 'error',
    vi: 'Dùng ký tự Tab để thụt lề; YAML chỉ cho phép dấu cách.',
    en: 'A tab is used for indentation; YAML allows spaces only.',
    example: 'issuer:\n\tname: X',
  },
  YAML_ALIAS_LIMIT: {
    severity: 'error',
    vi: 'Quá nhiều tham chiếu bí danh YAML (*alias), có thể là tệp độc hại; giới hạn {limit}.',
    en: 'Too many YAML alias expansions (possible alias bomb); the limit is {limit}.',
    example: 'a: &a [x, x]\nb: &b [*a, *a]\n… (a billion laughs)',
  },
  YAML_MULTIPLE_DOCUMENTS: {
    severity: 'error',
    vi: 'Tệp chứa nhiều tài liệu YAML (dấu ---); mỗi tệp chỉ chứa một kế hoạch.',
    en: 'The file holds several YAML documents; one plan per file.',
    example: 'title: A\n---\ntitle: B',
  },
  TEXT_CONTROL_CHAR: {
    severity: 'warning',
    vi: 'Đã bỏ {count} ký tự điều khiển không in được trong văn bản (ví dụ U+{hex}); không tệp xuất nào chứa chúng.',
    en: 'Dropped {count} control characters from the text (e.g. U+{hex}); no output carries them.',
    example: 'title: "Kế hoạch\\u0000"',
  },
  TEXT_BIDI_CONTROL: {
    severity: 'warning',
    vi: 'Văn bản có {count} ký tự đảo chiều chữ (ví dụ U+{hex}): chữ có thể hiện khác với nội dung thật (“gnp.exe” hiện thành “exe.png”).',
    en: 'The text holds {count} bidirectional control characters (e.g. U+{hex}): it may display differently from what it says.',
    example: 'title: "Tải tệp \\u202Egnp.exe"',
  },
  FORBIDDEN_KEY: {
    severity: 'error',
    vi: 'Khóa “{key}” không được phép.',
    en: 'The key "{key}" is not allowed.',
    example: '__proto__: {}',
  },
  SCHEMA_REQUIRED: {
    severity: 'error',
    vi: 'Thiếu thuộc tính bắt buộc “{property}”.',
    en: 'Missing required property "{property}".',
    example: 'issuer: {name: X, place: Y}   # no abbreviation',
  },
  SCHEMA_UNKNOWN_PROPERTY: {
    severity: 'error',
    vi: 'Thuộc tính không hợp lệ “{property}”.',
    en: 'Unknown property "{property}".',
    example: 'tasks: {title: X, groups: [{leed: a}]}',
  },
  SCHEMA_TYPE: {
    severity: 'error',
    vi: 'Giá trị phải là {expected}.',
    en: 'The value must be {expectedEn}.',
    example: 'number: mười lăm',
  },
  SCHEMA_ENUM: {
    severity: 'error',
    vi: 'Giá trị “{value}” không hợp lệ; chọn một trong: {allowed}.',
    en: 'Invalid value "{value}"; allowed: {allowed}.',
    example: 'layout: by-agencyy',
  },
  SCHEMA_FORMAT: {
    severity: 'error',
    vi: 'Giá trị “{value}” sai định dạng: {expected}.',
    en: 'The value "{value}" has the wrong format: {expectedEn}.',
    example: 'date: 24/7/2025',
  },
  SCHEMA_RANGE: {
    severity: 'error',
    vi: 'Giá trị vượt giới hạn: {detail}.',
    en: 'Out of range: {detailEn}.',
    example: 'number: 0',
  },
  SCHEMA_INVALID: {
    severity: 'error',
    vi: 'Giá trị không hợp lệ: {detail}.',
    en: 'Invalid value: {detail}.',
    example: '(any other schema rule)',
  },
  UNKNOWN_AGENCY: {
    severity: 'error',
    vi: 'Cơ quan “{id}” chưa được khai báo trong agencies.',
    en: 'Agency "{id}" is not declared under agencies.',
    example: 'lead: cong-an-tinhh',
  },
  UNKNOWN_REFERENCE: {
    severity: 'error',
    vi: 'Văn bản “{id}” chưa được khai báo (id trong opening.bases[].references).',
    en: 'Document "{id}" is not declared (an id in opening.bases[].references).',
    example: 'time: { reference: qd-khong-co }',
  },
  TABLE_INVALID: {
    severity: 'error',
    vi: 'Bảng không hợp lệ: {detail}.',
    en: 'Invalid table: {detailEn}.',
    example: 'table: { columns: [{ title: TT }], rows: [[a, b]] }',
  },
  SCHEMA_V1_MIGRATED: {
    severity: 'info',
    vi: 'Tệp viết theo lược đồ phiên bản 1; đã chuyển sang phiên bản 2 khi đọc. Chạy “kehoach migrate {file}” để ghi lại tệp theo phiên bản 2 (giữ nguyên chú thích).',
    en: 'The file uses schema version 1 and was migrated to version 2 on loading. Run "kehoach migrate {file}" to rewrite it as version 2 (comments kept).',
    example: 'schemaVersion: 1',
  },
  SCHEMA_V1_NOT_LOADED: {
    severity: 'error',
    vi: 'Tệp viết theo lược đồ phiên bản 1, mà chỗ gọi này chỉ nạp phiên bản 2 (loadCurrentPlan). Nạp bằng loadPlan, hoặc chạy “kehoach migrate {file}” để ghi lại tệp theo phiên bản 2.',
    en: 'The file uses schema version 1 and this call loads version 2 only (loadCurrentPlan). Load it with loadPlan, or run "kehoach migrate {file}" to rewrite it as version 2.',
    example: 'schemaVersion: 1',
  },
  DUPLICATE_ID: {
    severity: 'error',
    vi: 'Mã “{id}” bị trùng (đã dùng ở {other}).',
    en: 'The id "{id}" is used twice (also at {other}).',
    example: 'two tasks with id: t1',
  },
  PERIOD_INVALID: {
    severity: 'error',
    vi: 'Thời kỳ không hợp lệ: {detail}.',
    en: 'Invalid period: {detailEn}.',
    example: 'period: {from: 2030, to: 2026}',
  },
  TIME_INVALID: {
    severity: 'error',
    vi: 'Thời gian không hợp lệ: {detail}.',
    en: 'Invalid time: {detailEn}.',
    example: 'time: {from: 2025-09-30, to: 2025-07-01}',
  },
  DATE_INVALID: {
    severity: 'error',
    vi: 'Ngày không tồn tại: {detail}.',
    en: 'No such date: {detailEn}.',
    example: 'due: {day: 31, month: 2}',
  },
  UNKNOWN_DOCUMENT_KIND: {
    severity: 'error',
    vi: 'Không có loại văn bản “{kind}”; các loại có: {known}.',
    en: 'There is no document kind "{kind}"; the kinds are: {known}.',
    example: 'kind: ke-hoachh',
  },
  DOCUMENT_INCONSISTENT: {
    severity: 'error',
    vi: 'Văn bản chưa đủ thành phần: {detail}',
    en: 'Incomplete document: {detailEn}',
    example: 'kind: cong-van   # without addressees',
  },
  DRAFT_PARTIAL: {
    severity: 'warning',
    vi: 'Có {present} nhưng thiếu {missing}: văn bản sẽ được in như dự thảo (để trống số và ngày).',
    en: 'Has {present} but no {missing}: the document prints as a draft (blank number and date).',
    example: 'number: 15   # without date',
  },
  DRAFT_MARK_ISSUED: {
    severity: 'warning',
    vi: 'Văn bản đã có số và ngày ban hành nhưng còn chỉ dẫn dự thảo “{mark}”: chỉ dẫn này không được in. Bỏ marks.draft, hoặc ghi draft: true nếu vẫn là dự thảo.',
    en: 'The document has its number and date of issue but keeps the draft indication “{mark}”, which is not printed. Remove marks.draft, or write draft: true if it is still a draft.',
    example: 'number: 15\ndate: 2026-03-02\nmarks: { draft: 2 }',
  },
  INTERNAL_ERROR: {
    severity: 'error',
    vi: 'Lỗi nội bộ khi xử lý tệp: {detail}. Xin báo lỗi kèm tệp này.',
    en: 'Internal error: {detail}. Please report it with this file.',
    example: '(a bug)',
  },
});

/** A code of `CORE_CODES`. */
export type Code = keyof typeof CORE_CODES.codes;

/** Builds a diagnostic of core's table. */
export const coreDiagnostic = CORE_CODES.create;
