import type { DocumentKindProfile } from '@kehoach/core';
import type { PlanInput, RecipientInput, SectionInput } from '@kehoach/schema';
import type { UnitBodies, UnitFacts, UnitKind } from './units.js';

/** A blank plan: its data, and what the YAML says about it (comments and one-line maps, by JSON pointer). */
export interface BlankPlan {
  input: PlanInput;
  comments: Record<string, string>;
  flow: string[];
}

/** The sentence before the body: a plan is issued, a công văn asks. */
function closing(kind: DocumentKindProfile, issuer: string): string {
  return kind.header.typeLine ? `${issuer} ban hành ${kind.name} thực hiện như sau:` : `${issuer} đề nghị các cơ quan, đơn vị triển khai thực hiện các nội dung sau:`;
}

/** MỤC ĐÍCH, YÊU CẦU: a plan's goals (a công văn goes straight to what it asks). */
function goals(): SectionInput {
  return {
    title: 'MỤC ĐÍCH, YÊU CẦU',
    role: 'goals',
    items: [
      'Triển khai kịp thời, đồng bộ các nhiệm vụ được giao; nâng cao trách nhiệm của các cơ quan, đơn vị trong tổ chức thực hiện.',
      'Các nhiệm vụ có cơ quan chủ trì, thời hạn hoàn thành cụ thể; bảo đảm thiết thực, hiệu quả, phù hợp với tình hình thực tế.',
    ],
  };
}

/** NHIỆM VỤ: one example task with lead, support and time, and one with a time of another form. */
function tasks(kind: DocumentKindProfile, b: UnitBodies, year: number): SectionInput {
  return {
    title: 'NHIỆM VỤ',
    role: 'tasks',
    items: [{
      tasks: {
        layout: 'by-theme',
        tasks: [
          { id: 'trien-khai', text: `Tổ chức quán triệt, triển khai nội dung ${kind.name} đến cán bộ, công chức và các cơ quan, đơn vị liên quan.`, lead: b.focal, support: b.support, time: { before: `${year}-03-31` } },
          { id: 'kiem-tra-danh-gia', text: 'Kiểm tra, đánh giá kết quả thực hiện; đề xuất khen thưởng tập thể, cá nhân có thành tích tiêu biểu.', lead: b.focal, time: { within: { month: 12, year } } },
        ],
      },
    }],
  };
}

/** TỔ CHỨC THỰC HIỆN: the bodies' duties, the focal body and a monthly report. */
function implementation(b: UnitBodies): SectionInput {
  const focal = b.agencies[b.focal]!.name;
  return {
    title: 'TỔ CHỨC THỰC HIỆN',
    role: 'implementation',
    items: [
      'Các cơ quan, đơn vị căn cứ nhiệm vụ được giao chủ động xây dựng kế hoạch, tổ chức triển khai thực hiện bảo đảm tiến độ, hiệu quả.',
      `Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về ${focal} để tổng hợp, báo cáo.`,
    ],
    facts: {
      focalAgency: b.focal,
      reporting: { to: b.self, reporters: b.support, periods: [{ id: 'bao-cao-thang', label: 'Báo cáo tháng', time: { every: 'month', day: 25 } }] },
    },
  };
}

/** Nơi nhận: a công văn's first line is “Như trên”; then the unit's usual lines, the bodies that act, the archive. */
function recipients(kind: DocumentKindProfile, b: UnitBodies): PlanInput['recipients'] {
  const to: RecipientInput[] = [
    ...(kind.header.addressees === 'none' ? [] : [{ name: 'Như trên' }]),
    ...b.recipients,
    ...[b.focal, ...b.support].filter((id) => !b.recipients.some((r) => r.agency === id)).map((agency) => ({ agency })),
  ];
  return { to, archive: 'VT' };
}

/**
 * The blank plan of a unit, in a registered document kind: the header from what it was told, the
 * body's sections with example text, and the comments that say what to write where.
 */
export function blankPlan(unit: UnitKind, kind: DocumentKindProfile, kinds: readonly DocumentKindProfile[], facts: UnitFacts, title: string): BlankPlan {
  const issuer = unit.issuer(facts);
  const b = unit.bodies(facts);
  const plan = kind.header.typeLine !== undefined;
  const scope = unit.scope?.(facts);
  const input: PlanInput = {
    schemaVersion: 2,
    kind: kind.id,
    issuer,
    ...(kind.symbolPrefix === undefined ? { symbol: `${issuer.abbreviation}-VP` } : {}),
    title,
    period: unit.period(facts),
    ...(scope ? { scope } : {}),
    ...(kind.header.addressees === 'none' ? {} : { addressees: b.addressees }),
    agencies: b.agencies,
    opening: { closing: closing(kind, issuer.name) },
    body: [...(plan ? [goals()] : []), tasks(kind, b, facts.year), implementation(b)],
    signature: unit.signature,
    recipients: recipients(kind, b),
  };
  const n = plan ? 1 : 0;
  const taskAt = `/body/${n}/items/0/tasks/tasks/0`;
  return { input, comments: comments(kind, kinds, unit, issuer.abbreviation, n, taskAt), flow: flowPointers(input, n, taskAt) };
}

/** The maps and lists written on one line, as the examples write them. */
function flowPointers(input: PlanInput, n: number, taskAt: string): string[] {
  const agencies = Object.keys(input.agencies).map((id) => `/agencies/${id.replace(/~/g, '~0').replace(/\//g, '~1')}`);
  return [
    '/period', ...(input.issuer.headerLines ? ['/issuer/headerLines'] : []), ...(input.issuer.parent ? ['/issuer/parent'] : []), ...agencies,
    `${taskAt}/support`, `${taskAt}/time`, `/body/${n}/items/0/tasks/tasks/1/time`,
    `/body/${n + 1}/facts/reporting/reporters`, `/body/${n + 1}/facts/reporting/periods/0`,
    '/signature/titles', ...(input.signature && 'authority' in input.signature && input.signature.authority ? ['/signature/authority'] : []),
    ...(input.recipients?.to ?? []).map((_, i) => `/recipients/to/${i}`),
  ];
}

/** What to write where, in Vietnamese, by JSON pointer. */
function comments(kind: DocumentKindProfile, kinds: readonly DocumentKindProfile[], unit: UnitKind, abbreviation: string, n: number, taskAt: string): Record<string, string> {
  const plan = kind.header.typeLine !== undefined;
  const c: Record<string, string> = {
    '/kind': `Loại văn bản: ${kinds.map((k) => `${k.id} (${k.name}, ${k.form})`).join(', ')}.`,
    '/issuer': [
      'Cơ quan ban hành: name viết như trong câu; headerLines in hoa ở góc trái (mỗi dòng một phần tử);',
      `abbreviation dùng trong ký hiệu (${kind.symbolPrefix ? `${kind.symbolPrefix}-${abbreviation}` : `${abbreviation}-VP`}); place là địa danh in trước ngày tháng.`,
    ].join('\n'),
    '/title': [
      plan ? 'Trích yếu: việc gì, năm nào, ví dụ “Tuyên truyền phòng, chống mua bán người năm 2026”.' : 'Nội dung V/v (trích yếu công văn), ví dụ “Triển khai dịch vụ công trực tuyến”.',
      'Khi ban hành, thêm số và ngày ký, ví dụ number: 15 và date: "2026-03-05" (năm-tháng-ngày, ngày có thật).',
      'Dự thảo thì để trống: văn bản in “Số:    /…” và “ngày … tháng … năm …”.',
    ].join('\n'),
    '/period': unit.id === 'truong' ? 'Năm học: schoolYear là năm bắt đầu (2025 là năm học 2025 - 2026).' : 'Thời kỳ của kế hoạch: year (một năm), hoặc from và to (giai đoạn).',
    '/agencies': [
      'Mọi cơ quan nhắc đến trong văn bản, khóa là mã (chữ thường, nối bằng gạch ngang),',
      'dùng ở lead, support, reporters, recipients. Đây là các cơ quan thường có ở cấp này:',
      'sửa tên, thêm hoặc bỏ cho đúng đơn vị. Tên có dấu phẩy thì đặt trong ngoặc kép.',
    ].join('\n'),
    '/opening': [
      'Phần mở đầu: căn cứ (bases) rồi câu ban hành (closing). Thêm căn cứ như sau, mỗi văn bản một mục:',
      '  bases:',
      '    - references:',
      '        - type: Kế hoạch',
      '          number: 15/KH-UBND',
      '          date: "2026-01-05"',
      '          issuer: Ủy ban nhân dân tỉnh …',
      '          subject: về việc …',
    ].join('\n'),
    [`/body/${n}`]: [
      'NHIỆM VỤ: mỗi nhiệm vụ một mục: id (mã không đổi khi sửa), text (việc cần làm),',
      'lead (cơ quan chủ trì), support (cơ quan phối hợp), time (thời gian). Văn bản tự in cơ quan',
      'và thời hạn từ lead, support, time: không viết lại trong text. Chép một mục để thêm nhiệm vụ.',
    ].join('\n'),
    [`${taskAt}/time`]: [
      'time: before "năm-tháng-ngày" (trước ngày), by (chậm nhất ngày), within: { month: 6, year: 2026 }',
      '(trong tháng), every: month, day: 25 (hằng tháng), ongoing: true (thường xuyên).',
    ].join('\n'),
    [`/body/${n + 1}`]: 'TỔ CHỨC THỰC HIỆN: trách nhiệm chung của các cơ quan, đơn vị; facts: cơ quan thường trực, lịch báo cáo.',
    [`/body/${n + 1}/facts/reporting`]: 'Báo cáo định kỳ: ai báo cáo (reporters), gửi ai (to), kỳ nào (periods): ở đây hằng tháng, trước ngày 25.',
    '/signature': 'Chữ ký: thẩm quyền (TM. thay mặt, KT. ký thay), chức vụ, họ tên người ký.',
    '/recipients': 'Nơi nhận: mỗi dòng một nơi (agency: mã cơ quan, hoặc name: tên), purpose in trong ngoặc; archive là phần sau “Lưu:”.',
  };
  if (plan) {
    c['/body/0'] = [
      `Mỗi mục lớn (${kind.body === 'articles' ? 'Điều 1, Điều 2, Điều 3' : 'I, II, III'}) có title (tiêu đề), role (vai trò) và items (các ý, mỗi ý một dòng “- ”).`,
      'MỤC ĐÍCH, YÊU CẦU: ý có dấu hai chấm như “Mục đích: …” phải đặt trong ngoặc kép: - "Mục đích: …".',
    ].join('\n');
  } else {
    c['/addressees'] = 'Kính gửi: các cơ quan, đơn vị nhận công văn, mỗi dòng một nơi.';
    c['/symbol'] = `Ký hiệu công văn: chữ viết tắt của cơ quan ban hành - đơn vị soạn thảo, ví dụ ${abbreviation}-VP.`;
  }
  return c;
}
