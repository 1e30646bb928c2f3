import { defineCodes } from '@kehoach/core';

/** The diagnostic codes of `@kehoach/clone` (cloning and rolling plans). Codes are stable: tools and portals may match on them. */
export const CLONE_CODES = defineCodes('clone', {
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
  ROLL_UNIT_SUCCEEDED: {
    severity: 'warning',
    vi: '{was} không còn từ 01/7/2025: kế hoạch năm {year} ghi đơn vị kế thừa {now} (mã {code}, {province}; {resolution}) — rà soát tên các cơ quan của đơn vị và địa bàn.',
    en: '{was} no longer exists since 1 July 2025: the {year} plan names its successor, {now} ({code}, {province}); review the unit\'s bodies and area.',
    example: 'kehoach roll ke-hoach-xa-trung-mon-2024.yaml --year 2026   # xã Trung Môn → phường Minh Xuân',
  },
  ROLL_UNIT_SPLIT: {
    severity: 'warning',
    vi: '{was} không còn từ 01/7/2025 và thuộc nhiều đơn vị: {now} — kế hoạch năm {year} vẫn ghi tên cũ: chọn đơn vị và sửa cơ quan ban hành.',
    en: '{was} no longer exists since 1 July 2025 and is part of several units: {now}; the {year} plan keeps the old name: choose the unit and edit the issuer.',
    example: 'kehoach roll ke-hoach-xa-2024.yaml --year 2026   # a commune split between two successors',
  },
  ROLL_STALE_YEAR: {
    severity: 'warning',
    vi: 'Văn bản vẫn ghi “{found}” (năm cũ) — kiểm tra lại cho kế hoạch năm {year}.',
    en: 'The text still says "{found}" (an old year); check it for the {year} plan.',
    example: 'kehoach roll tuyen-quang-2025-30-7.yaml --year 2026   # “01/7/2024”, “năm 2025”',
  },
});

/** A code of `CLONE_CODES`. */
export type CloneCode = keyof typeof CLONE_CODES.codes;
