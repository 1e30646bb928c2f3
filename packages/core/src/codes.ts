import type { Severity } from './diagnostic.js';

/** One entry of the diagnostic table. */
export interface CodeInfo {
  severity: Severity;
  /** Vietnamese message template; `{name}` is replaced by a parameter. */
  vi: string;
  /** English message template. */
  en: string;
  /** A minimal input that triggers the code (documented in the README and tested). */
  example: string;
}

/**
 * Every diagnostic code the engine emits, in one table.
 * Codes are stable: tools and portals may match on them.
 */
export const CODES = {
  INPUT_EMPTY: {
    severity: 'error',
    vi: 'Tệp rỗng: chưa có nội dung kế hoạch.',
    en: 'The file is empty.',
    example: '(an empty file, or only comments)',
  },
  FILE_UNREADABLE: {
    severity: 'error',
    vi: 'Không đọc được tệp: {detail}.',
    en: 'Cannot read the file: {detailEn}.',
    example: 'kehoach validate khong-co.yaml',
  },
  FILE_UNWRITABLE: {
    severity: 'error',
    vi: 'Không ghi được tệp: {detail}. Kiểm tra đường dẫn sau -o, --out-dir hoặc --split.',
    en: 'Cannot write the file: {detailEn}. Check the path given to -o, --out-dir or --split.',
    example: 'kehoach render plan.yaml -o /khong/co/thu-muc/x.docx',
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
    vi: 'Lỗi cú pháp YAML: {detail}',
    en: 'YAML syntax error: {detail}',
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
    example: 'kind: ke-hoachh',
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
  TYPED_NUMBER: {
    severity: 'warning',
    vi: 'Đoạn văn bắt đầu bằng số thứ tự gõ tay “{number}”; số thứ tự được sinh tự động nên bản in sẽ có hai số (ví dụ “1. 1.”).',
    en: 'The paragraph starts with a typed number "{number}"; numbering is generated, so the print would show two numbers (e.g. "1. 1.").',
    example: 'items: ["1. Căn cứ chức năng, nhiệm vụ …"]',
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
    en: 'No such date: {detail}.',
    example: 'due: {day: 31, month: 2}',
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
  TEMPLATE_INVALID: {
    severity: 'error',
    vi: 'Mẫu DOCX không dùng được: {detail}',
    en: 'The DOCX template cannot be used: {detailEn}',
    example: 'kehoach render plan.yaml --template not-a-docx.txt',
  },
  TEMPLATE_MISSING_TAG: {
    severity: 'error',
    vi: 'Mẫu DOCX thiếu thẻ {tag}: {what} sẽ không được in.',
    en: 'The DOCX template has no {tag} tag: {whatEn} would not be printed.',
    example: 'a template whose {@body} paragraph was deleted',
  },
  TEMPLATE_UNKNOWN_TAG: {
    severity: 'error',
    vi: 'Mẫu DOCX có thẻ không biết “{tag}”. Các thẻ hợp lệ: {known}.',
    en: 'The DOCX template has an unknown tag "{tag}". Known tags: {known}.',
    example: 'a template containing {ten_don_vi}',
  },
  TEMPLATE_TAG_MISUSED: {
    severity: 'error',
    vi: 'Mẫu DOCX viết thẻ “{written}”, nhưng thẻ này phải viết là “{expected}”: {why}.',
    en: 'The DOCX template writes the tag "{written}", which must be written "{expected}": {whyEn}.',
    example: 'a template containing {@title}',
  },
  TEMPLATE_MISSING_STYLE: {
    severity: 'warning',
    vi: 'Mẫu DOCX thiếu kiểu đoạn “{style}”; các đoạn đó sẽ dùng kiểu Normal.',
    en: 'The DOCX template has no paragraph style "{style}"; those paragraphs fall back to Normal.',
    example: 'a template whose KHMuc style was deleted',
  },
  HEADER_LINE_TOO_LONG: {
    severity: 'warning',
    vi: 'Dòng tiêu đề “{line}” dài hơn cột tiêu đề (khoảng {width} mm) dù tách ở chỗ nào: chữ sẽ xuống dòng tùy ý. Viết tắt (UBND, BCĐ) hoặc tự tách dòng trong headerLines.',
    en: 'The header line "{line}" is wider than the header column (about {width} mm) however it is broken; it will wrap anywhere. Abbreviate or split it yourself in headerLines.',
    example: 'headerLines: [BAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC CÔNG NGHỆ ĐỔI MỚI SÁNG TẠO CHUYỂN ĐỔI SỐ]',
  },
  XML_INVALID_CHAR: {
    severity: 'warning',
    vi: 'Đã bỏ {count} ký tự điều khiển không hợp lệ trong văn bản Word (ví dụ U+{hex}).',
    en: 'Dropped {count} control characters that Word does not accept (e.g. U+{hex}).',
    example: 'title: "Kế hoạch\u0007"',
  },
  CHECKLIST_RECURRENCE_EMPTY: {
    severity: 'error',
    vi: 'Nhiệm vụ {ref} lặp lại nhưng không có lần nào rơi vào thời kỳ {period} của kế hoạch.',
    en: 'Task {ref} recurs but never falls inside the plan period {period}.',
    example: 'time: { every: year, months: [2], day: 30 }',
  },
  CHECKLIST_DATE_OUTSIDE_PERIOD: {
    severity: 'warning',
    vi: 'Nhiệm vụ {ref} có ngày {date} nằm ngoài thời kỳ của kế hoạch ({from}–{to}); có thể là ngày chép từ kế hoạch năm trước.',
    en: 'Task {ref} has a date {date} outside the plan period ({from}–{to}); possibly copied from last year’s plan.',
    example: 'period: { year: 2025 } with time: { from: 2024-07-01, to: 2024-09-30 }',
  },
  CLONE_MAP_UNKNOWN_TARGET: {
    severity: 'error',
    vi: 'Ánh xạ “{from}” trỏ tới “{to}”, nhưng đơn vị không khai báo cơ quan này. Các mã có: {known}.',
    en: 'The map sends "{from}" to "{to}", which the unit does not declare. Known: {known}.',
    example: 'map: { cong-an-tinh: cong-an-phuong }   # not declared',
  },
  CLONE_UNCLASSIFIED_TASK: {
    severity: 'warning',
    vi: 'Nhiệm vụ {ref} ({id}) không nêu cơ quan nào nhận diện được, nên không xác định được có thuộc cấp này không; trace tính nhiệm vụ này vào độ phủ. Ghi lead cho nhiệm vụ ở kế hoạch cấp trên, hoặc thêm ánh xạ cơ quan vào hồ sơ đơn vị.',
    en: 'Task {ref} ({id}) names no recognisable agency, so whether it falls to this level is unknown; trace counts it in coverage. Give it a lead in the parent, or map the agency in the unit profile.',
    example: '(a parent task without lead, support or requested)',
  },
  CLONE_UNMAPPED_AGENCY: {
    severity: 'warning',
    vi: 'Không biết cơ quan “{name}” ({id}) ứng với cơ quan nào của đơn vị; các nhiệm vụ do cơ quan này chủ trì không được nhân bản. Thêm vào map của hồ sơ đơn vị.',
    en: 'No counterpart for "{name}" ({id}); tasks it leads are not carried. Add it to the unit profile\'s map.',
    example: 'a parent agency no default rule recognises',
  },
  CLONE_LEVEL: {
    severity: 'error',
    vi: 'Đơn vị cấp {unit} không thể nhân bản kế hoạch của cấp {parent}: chỉ nhân bản kế hoạch cấp trên xuống cấp dưới.',
    en: 'A {unit}-level unit cannot clone a {parent}-level plan: cloning goes from a higher level to a lower one.',
    example: 'unit: { level: tinh } cloning a commune plan',
  },
  CLONE_NOTHING_CARRIED: {
    severity: 'error',
    vi: 'Không nhiệm vụ nào của kế hoạch cấp trên được giao cho cấp của đơn vị (hoặc mọi cơ quan chủ trì đều chưa được ánh xạ): không có gì để nhân bản.',
    en: 'No task of the parent plan falls to the unit (or no lead agency is mapped): there is nothing to clone.',
    example: 'a parent plan whose tasks are all led by unmapped agencies',
  },
  CLONE_PARENT_INVALID: {
    severity: 'error',
    vi: 'Kế hoạch cấp trên có lỗi; sửa các lỗi trên trước khi nhân bản.',
    en: 'The parent plan has errors; fix them before cloning.',
    example: 'kehoach clone hong.yaml --unit xa.yaml',
  },
  ROLL_STALE_YEAR: {
    severity: 'warning',
    vi: 'Văn bản vẫn ghi “{found}” (năm cũ) — kiểm tra lại cho kế hoạch năm {year}.',
    en: 'The text still says "{found}" (an old year); check it for the {year} plan.',
    example: 'kehoach roll tuyen-quang-2025-30-7.yaml --year 2026   # “01/7/2024”, “năm 2025”',
  },
  PDF_UNAVAILABLE: {
    severity: 'error',
    vi: 'Không xuất được PDF: {detail}. Cài LibreOffice (Debian: apt-get install libreoffice-writer-nogui) rồi chạy lại, hoặc xuất DOCX.',
    en: 'Cannot produce a PDF: {detailEn}. Install LibreOffice (soffice) or render DOCX.',
    example: 'kehoach render plan.yaml --format pdf   # without LibreOffice',
  },
  INTERNAL_ERROR: {
    severity: 'error',
    vi: 'Lỗi nội bộ khi xử lý tệp: {detail}. Xin báo lỗi kèm tệp này.',
    en: 'Internal error: {detail}. Please report it with this file.',
    example: '(a bug)',
  },
} as const satisfies Record<string, CodeInfo>;

/** A diagnostic code. */
export type Code = keyof typeof CODES;
