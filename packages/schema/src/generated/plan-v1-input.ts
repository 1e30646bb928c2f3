// Generated from schemas/plan-v1.schema.json by packages/schema/scripts/gen-types.mjs — do not edit.
/* eslint-disable */

/**
 * Mã ổn định, chữ thường không dấu, nối bằng gạch ngang, ví dụ cong-an-tinh. — Stable id: lower-case ASCII words joined by hyphens, e.g. cong-an-tinh.
 * 
 */
export type IdV1 = string
/**
 * Ngày theo định dạng YYYY-MM-DD, ví dụ 2025-07-24. — A date as YYYY-MM-DD.
 * 
 */
export type DateV1 = string
/**
 * Một đoạn văn, hoặc danh sách các đoạn văn. Cho phép markdown nội dòng: **đậm**, *nghiêng*. — One paragraph, or a list of paragraphs; inline markdown (bold, italic) is allowed.
 * 
 */
export type TextV1 = (string | string[])
/**
 * Một mục của danh sách: một đoạn văn, hoặc đối tượng có tiêu đề, nội dung và mục con. — A list item: a paragraph, or an object with title, text and children.
 * 
 */
export type ItemV1 = (string | {
/**
 * Tiêu đề của khoản (in đậm). — A heading for the item (bold).
 */
title?: string
text?: TextV1
/**
 * Kiểu trình bày riêng của mục này, ví dụ plain cho đoạn tiếp nối. — This item's own presentation, e.g. plain.
 */
style?: ("number" | "subnumber" | "letter" | "dash" | "plus" | "plain")
/**
 * Các mục con. — Child items.
 * 
 * @maxItems 500
 */
items?: ItemV1[]
/**
 * Cách trình bày các mục con: number (1.), subnumber (2.1.), letter (a), b), đ)…), dash (-), plus (+), plain (đoạn văn không đánh số). Số thứ tự luôn được sinh tự động. — How children are presented; the numbers themselves are always generated, never typed.
 */
itemStyle?: ("number" | "subnumber" | "letter" | "dash" | "plus" | "plain")
/**
 * Các giá trị định lượng của chỉ tiêu này. — Measurable values of this target.
 * 
 * @maxItems 20
 */
measures?: MeasureV1[]
})
/**
 * Mã một cơ quan đã khai báo trong agencies, hoặc danh sách mã. — One declared agency id, or a list of them.
 * 
 */
export type AgencyRefsV1 = (IdV1 | IdV1[])

/**
 * Dữ liệu có cấu trúc của một Kế hoạch (hoặc công văn triển khai) theo Nghị định 30/2020/NĐ-CP. Số thứ tự các mục luôn được sinh tự động. — Structured data of a Kế hoạch (or implementing công văn) under Decree 30/2020; numbering is always generated.
 */
export interface PlanV1 {
/**
 * Đường dẫn lược đồ cho trình soạn thảo. — Schema URL for editors.
 */
$schema?: string
/**
 * Phiên bản của lược đồ này: 1. — Version of this schema: 1.
 */
schemaVersion?: 1
/**
 * ke-hoach (mặc định, Mẫu 1.4) hoặc cong-van (Mẫu 1.5, có V/v và Kính gửi). — ke-hoach (default) or cong-van (with V/v and Kính gửi).
 */
kind?: ("ke-hoach" | "cong-van")
issuer: IssuerV1
/**
 * Số văn bản; bỏ trống khi là dự thảo. — The document number; leave out for a draft.
 */
number?: number
/**
 * Ký hiệu sau dấu “/”; mặc định KH- + chữ viết tắt của cơ quan ban hành. — The symbol after “/”; default KH- plus the issuer's abbreviation.
 */
symbol?: string
date?: DateV1
/**
 * true: in số và ngày để trống. — true: print blank number and date.
 */
draft?: boolean
/**
 * Trích yếu nội dung (với công văn: nội dung V/v). — The title (for a công văn: the V/v subject).
 */
title: string
period: PeriodV1
/**
 * Ví dụ “trên địa bàn tỉnh Tuyên Quang”. — e.g. “trên địa bàn tỉnh Tuyên Quang”.
 */
scope?: string
/**
 * Công văn: danh sách Kính gửi. — For a công văn: the Kính gửi list.
 * 
 * @minItems 1
 * @maxItems 50
 */
addressees?: string[]
/**
 * Mọi cơ quan nhắc tới trong kế hoạch, khóa là mã. — Every agency in the plan, keyed by id.
 */
agencies: {
[k: string]: AgencyV1 | undefined
}
opening?: OpeningV1
goals?: GoalsV1
tasks: TasksV1
implementation?: ImplementationV1
signature?: SignatureV1
recipients?: RecipientsV1
/**
 * Các phụ lục. — Appendices.
 * 
 * @maxItems 20
 */
appendices?: AppendixV1[]
parent?: ParentLinkV1
}
/**
 * Cơ quan ban hành văn bản (ô 2 của Phụ lục I Nghị định 30/2020). — The issuing body (box 2 of Decree 30/2020, Appendix I).
 * 
 */
export interface IssuerV1 {
/**
 * Tên cơ quan viết như trong câu, ví dụ Ủy ban nhân dân tỉnh Tuyên Quang. — The body's name as written in a sentence.
 */
name: string
/**
 * Tên in hoa, tách dòng như trên văn bản, ví dụ [ỦY BAN NHÂN DÂN, TỈNH TUYÊN QUANG]. Bỏ trống thì in hoa tên đầy đủ. — The upper-case name split into lines as printed; defaults to the full name in upper case.
 * 
 * @minItems 1
 * @maxItems 4
 */
headerLines?: string[]
agency?: IdV1
/**
 * Chữ viết tắt tên cơ quan dùng trong ký hiệu, ví dụ UBND, BCĐ. — The issuer's abbreviation used in the document symbol, e.g. UBND.
 */
abbreviation: string
/**
 * Địa danh ghi trước ngày tháng, ví dụ Tuyên Quang. — The place name printed before the date.
 */
place: string
parent?: HeaderBodyV1
}
/**
 * Tên cơ quan in ở góc trái tiêu đề. — A body printed at the top left of the header.
 * 
 */
export interface HeaderBodyV1 {
/**
 * Tên cơ quan viết như trong câu, ví dụ Ủy ban nhân dân tỉnh Tuyên Quang. — The body's name as written in a sentence.
 */
name: string
/**
 * Tên in hoa, tách dòng như trên văn bản, ví dụ [ỦY BAN NHÂN DÂN, TỈNH TUYÊN QUANG]. Bỏ trống thì in hoa tên đầy đủ. — The upper-case name split into lines as printed; defaults to the full name in upper case.
 * 
 * @minItems 1
 * @maxItems 4
 */
headerLines?: string[]
agency?: IdV1
}
/**
 * Một năm, hoặc giai đoạn từ năm … đến năm … (có thể kèm định hướng). — A year, or a range of years with an optional orientation year.
 * 
 */
export interface PeriodV1 {
/**
 * Năm của kế hoạch. — The plan's year.
 */
year?: number
/**
 * Năm đầu giai đoạn. — First year.
 */
from?: number
/**
 * Năm cuối giai đoạn. — Last year.
 */
to?: number
/**
 * Năm định hướng, ví dụ 2035. — Orientation year, e.g. 2035.
 */
orientation?: number
}
/**
 * Một cơ quan, đơn vị được nhắc tới trong kế hoạch; khai báo một lần, các nhiệm vụ tham chiếu bằng mã. — An agency named in the plan, declared once and referred to by id.
 * 
 */
export interface AgencyV1 {
/**
 * Tên viết như trong văn bản, ví dụ Sở Văn hóa, Thể thao và Du lịch. — The name as written in the document.
 */
name: string
/**
 * Tên ngắn dùng trong danh sách và tên tệp, ví dụ Sở VHTTDL. — A short name for lists and file names.
 */
shortName?: string
/**
 * Cấp hành chính: trung-uong, tinh, huyen, xa, thon. — Administrative level.
 */
level: ("trung-uong" | "tinh" | "huyen" | "xa" | "thon")
/**
 * ubnd, chuyen-mon (sở/phòng), cong-an, quan-su, mttq-doan-the, to-tung (tòa án, viện kiểm sát, thi hành án — chỉ được đề nghị), ban-chi-dao, su-nghiep, doanh-nghiep, co-quan-trung-uong, dang-hdnd, nhom (một tập hợp như “các sở, ban, ngành”), khac. — Kind of body; to-tung bodies are outside the issuer's authority and can only be requested; nhom is a collective such as “các sở, ban, ngành”.
 */
kind?: ("ubnd" | "chuyen-mon" | "cong-an" | "quan-su" | "mttq-doan-the" | "to-tung" | "ban-chi-dao" | "su-nghiep" | "doanh-nghiep" | "co-quan-trung-uong" | "dang-hdnd" | "nhom" | "khac")
/**
 * Các cách viết khác của tên trong văn bản, giúp kiểm tra và nhân bản. — Other spellings of the name found in the text.
 * 
 * @maxItems 20
 */
aliases?: string[]
}
/**
 * Tình hình, căn cứ và câu ban hành. Câu căn cứ được ghép: <lead> <references nối bằng “; ”><separator><closing>. — Situation, basis and the enacting formula, composed as lead + references + separator + closing.
 * 
 */
export interface OpeningV1 {
situation?: TextV1
/**
 * Cụm từ dẫn vào các căn cứ; mặc định “Thực hiện”. — Words before the references; default “Thực hiện”.
 */
lead?: string
/**
 * Các văn bản cấp trên được triển khai, theo thứ tự trích dẫn. — The higher documents implemented, in citation order.
 * 
 * @maxItems 50
 */
references?: ReferenceV1[]
/**
 * Dấu nối giữa căn cứ và câu ban hành; mặc định “, ”. — Between the references and the closing; default “, ”.
 */
separator?: string
/**
 * Ví dụ “Ủy ban nhân dân tỉnh ban hành Kế hoạch … như sau:”. — e.g. “… ban hành Kế hoạch … như sau:”.
 */
closing?: string
text?: TextV1
}
/**
 * Văn bản cấp trên được triển khai hoặc viện dẫn. Trích dẫn đầy đủ: <loại> số <số> ngày <ngày> của <cơ quan> <trích yếu>. — A higher document being implemented or cited; printed in full as type, number, date, issuer, subject.
 * 
 */
export interface ReferenceV1 {
id?: IdV1
/**
 * Từ đứng trước trích dẫn, ví dụ “xét”. — A word printed before the citation, e.g. “xét”.
 */
prefix?: string
/**
 * Ví dụ Quyết định, Kế hoạch, Tờ trình. — e.g. Quyết định, Kế hoạch.
 */
type: string
/**
 * Số và ký hiệu, ví dụ 193/QĐ-TTg. — Number and symbol, e.g. 193/QĐ-TTg.
 */
number?: string
date?: DateV1
/**
 * Cơ quan ban hành văn bản, ví dụ Thủ tướng Chính phủ. — Who issued it.
 */
issuer?: string
/**
 * Trích yếu kèm từ nối, ví dụ “về việc phê duyệt Chương trình …”. — The subject, with its connective (về việc …, ban hành …).
 */
subject?: string
}
/**
 * Mục I: mục đích, yêu cầu, mục tiêu, chỉ tiêu. — Section I: purposes, requirements, objectives, targets.
 * 
 */
export interface GoalsV1 {
/**
 * Ví dụ MỤC ĐÍCH, YÊU CẦU. — e.g. MỤC ĐÍCH, YÊU CẦU.
 */
title: string
/**
 * Các phần theo thứ tự in. — The parts in printed order.
 * 
 * @minItems 1
 * @maxItems 20
 */
parts: GoalPartV1[]
}
/**
 * Mục đích, yêu cầu, mục tiêu hoặc chỉ tiêu. — Purposes, requirements, objectives or targets.
 * 
 */
export interface GoalPartV1 {
/**
 * purposes (mục đích), requirements (yêu cầu), objectives (mục tiêu), targets (chỉ tiêu). — Which part this is.
 */
kind: ("purposes" | "requirements" | "objectives" | "targets")
/**
 * Ví dụ “Mục đích”; bỏ trống thì các mục in thẳng dưới mục lớn. — e.g. “Mục đích”; without it the items print directly under the section.
 */
title?: string
text?: TextV1
/**
 * Nội dung từng ý. — The points.
 * 
 * @maxItems 500
 */
items?: ItemV1[]
/**
 * Cách trình bày các mục con: number (1.), subnumber (2.1.), letter (a), b), đ)…), dash (-), plus (+), plain (đoạn văn không đánh số). Số thứ tự luôn được sinh tự động. — How children are presented; the numbers themselves are always generated, never typed.
 */
itemStyle?: ("number" | "subnumber" | "letter" | "dash" | "plus" | "plain")
}
/**
 * Giá trị định lượng của một chỉ tiêu. — A measurable value of a target.
 * 
 */
export interface MeasureV1 {
/**
 * Ví dụ 100. — e.g. 100.
 */
value: number
/**
 * Ví dụ %, lần/tháng. — e.g. %, times a month.
 */
unit?: string
/**
 * at-least (ít nhất), more-than (trên), exactly, at-most, less-than (dưới). — How the value bounds the result.
 */
comparator?: ("at-least" | "more-than" | "exactly" | "at-most" | "less-than")
/**
 * Điều được đo. — What is measured.
 */
subject?: string
}
/**
 * Mục II: nhiệm vụ, giải pháp, phân công. — Section II: tasks and assignments.
 * 
 */
export interface TasksV1 {
/**
 * Ví dụ PHÂN CÔNG NHIỆM VỤ. — e.g. PHÂN CÔNG NHIỆM VỤ.
 */
title: string
/**
 * by-agency: nhóm theo cơ quan (1. Công an tỉnh …); by-theme: nhóm theo chủ đề, ghi phân công ở từng nhiệm vụ. — Group by agency, or by theme with attribution per task.
 */
layout?: ("by-agency" | "by-theme")
/**
 * inline: đầu câu (Sở Tư pháp chủ trì, …); parenthesis: trong ngoặc cuối câu; parenthesis-paragraph: ngoặc đơn thành đoạn riêng; none. — How the attribution is printed in by-theme layout.
 */
attribution?: ("inline" | "parenthesis" | "parenthesis-paragraph" | "none")
/**
 * Theo cơ quan, nhóm chỉ có một nhiệm vụ: paragraph (đoạn riêng) hoặc inline (sau dấu hai chấm). — By agency, a group with one task: its own paragraph, or after a colon.
 */
singleTask?: ("paragraph" | "inline")
text?: TextV1
/**
 * Cách trình bày các mục con: number (1.), subnumber (2.1.), letter (a), b), đ)…), dash (-), plus (+), plain (đoạn văn không đánh số). Số thứ tự luôn được sinh tự động. — How children are presented; the numbers themselves are always generated, never typed.
 */
groupStyle?: ("number" | "subnumber" | "letter" | "dash" | "plus" | "plain")
/**
 * Cách trình bày các mục con: number (1.), subnumber (2.1.), letter (a), b), đ)…), dash (-), plus (+), plain (đoạn văn không đánh số). Số thứ tự luôn được sinh tự động. — How children are presented; the numbers themselves are always generated, never typed.
 */
itemStyle?: ("number" | "subnumber" | "letter" | "dash" | "plus" | "plain")
/**
 * Các nhóm nhiệm vụ theo thứ tự in. — Task groups in printed order.
 * 
 * @minItems 1
 * @maxItems 100
 */
groups: TaskGroupV1[]
}
/**
 * Một nhóm theo cơ quan (tiêu đề sinh từ cơ quan chủ trì) hoặc theo chủ đề (có tiêu đề). — A group by agency (heading generated from its agencies) or by theme (with a title).
 * 
 */
export interface TaskGroupV1 {
id?: IdV1
/**
 * Tiêu đề chủ đề; với nhóm theo cơ quan thì bỏ trống để sinh từ tên cơ quan. — The theme heading; for a group by agency, leave it out to generate it from the agencies.
 */
title?: string
text?: TextV1
lead?: AgencyRefsV1
support?: AgencyRefsV1
requested?: AgencyRefsV1
/**
 * Lời văn phân công in ra đúng như bản gốc (bên trong ngoặc hoặc đầu câu). Bỏ trống thì sinh từ chủ trì/phối hợp. — The attribution as printed in the source; generated from lead/support when omitted.
 */
attribution?: string
/**
 * false: không in phân công ở mục này (ví dụ khi mục sau in chung). — false: do not print the attribution here.
 */
showAttribution?: boolean
/**
 * Cách trình bày các mục con: number (1.), subnumber (2.1.), letter (a), b), đ)…), dash (-), plus (+), plain (đoạn văn không đánh số). Số thứ tự luôn được sinh tự động. — How children are presented; the numbers themselves are always generated, never typed.
 */
itemStyle?: ("number" | "subnumber" | "letter" | "dash" | "plus" | "plain")
/**
 * Cách trình bày các mục con: number (1.), subnumber (2.1.), letter (a), b), đ)…), dash (-), plus (+), plain (đoạn văn không đánh số). Số thứ tự luôn được sinh tự động. — How children are presented; the numbers themselves are always generated, never typed.
 */
groupStyle?: ("number" | "subnumber" | "letter" | "dash" | "plus" | "plain")
/**
 * Các nhóm con (ví dụ 2.1., 2.2. hoặc a), b)). — Sub-groups.
 * 
 * @maxItems 100
 */
groups?: TaskGroupV1[]
/**
 * Các nhiệm vụ của nhóm. — The group's tasks.
 * 
 * @maxItems 200
 */
tasks?: TaskV1[]
}
/**
 * Một nhiệm vụ: nội dung, chủ trì, phối hợp, đề nghị, thời gian, sản phẩm, nhiệm vụ con. — A task with its agencies, time, output and sub-tasks.
 * 
 */
export interface TaskV1 {
id: IdV1
text?: TextV1
lead?: AgencyRefsV1
support?: AgencyRefsV1
requested?: AgencyRefsV1
/**
 * Lời văn phân công in ra đúng như bản gốc (bên trong ngoặc hoặc đầu câu). Bỏ trống thì sinh từ chủ trì/phối hợp. — The attribution as printed in the source; generated from lead/support when omitted.
 */
attribution?: string
/**
 * false: không in phân công ở mục này (ví dụ khi mục sau in chung). — false: do not print the attribution here.
 */
showAttribution?: boolean
time?: TimeV1
/**
 * Sản phẩm dự kiến, ví dụ “Kế hoạch của UBND xã”. — The expected output.
 */
output?: string
/**
 * Ví dụ plain: in như đoạn văn không gạch đầu dòng. — e.g. plain: printed as a paragraph without a marker.
 */
style?: ("number" | "subnumber" | "letter" | "dash" | "plus" | "plain")
/**
 * Cách trình bày các mục con: number (1.), subnumber (2.1.), letter (a), b), đ)…), dash (-), plus (+), plain (đoạn văn không đánh số). Số thứ tự luôn được sinh tự động. — How children are presented; the numbers themselves are always generated, never typed.
 */
itemStyle?: ("number" | "subnumber" | "letter" | "dash" | "plus" | "plain")
/**
 * Các nhiệm vụ con. — Sub-tasks.
 * 
 * @maxItems 200
 */
tasks?: TaskV1[]
/**
 * Nhiệm vụ này được nhân bản từ nhiệm vụ nào của kế hoạch cấp trên. — Which parent task this task was cloned from.
 */
origin?: {
/**
 * Số, ký hiệu của kế hoạch cấp trên, ví dụ 15/KH-UBND. — The parent plan's number and symbol.
 */
plan?: string
/**
 * Mã nhiệm vụ trong kế hoạch cấp trên. — The task id in the parent plan.
 */
task: string
/**
 * Số mục trong kế hoạch cấp trên, ví dụ II.15. — The reference in the parent plan.
 */
ref?: string
/**
 * Băm nội dung nhiệm vụ cấp trên lúc nhân bản (để phát hiện sửa lời). — Hash of the parent task's text when cloned.
 */
hash?: string
/**
 * Băm thời gian nhiệm vụ cấp trên lúc nhân bản (để phát hiện đổi hạn). — Hash of the parent task's time when cloned.
 */
timeHash?: string
}
}
/**
 * Một ngày, một khoảng (từ … đến …), một hạn (trước ngày …), định kỳ, hoặc thường xuyên. — A date, a window, a deadline, a recurrence, or ongoing.
 * 
 */
export interface TimeV1 {
on?: DateV1
from?: DateV1
to?: DateV1
before?: DateV1
by?: DateV1
/**
 * month (hằng tháng), quarter (hằng quý), half-year (6 tháng), year (hằng năm). — How often.
 */
every?: ("month" | "quarter" | "half-year" | "year")
/**
 * Với định kỳ: hạn trước ngày này của tháng. — For a recurrence: due before this day of the month.
 */
day?: number
/**
 * Với định kỳ: các tháng có hạn. — For a recurrence: the months with a due date.
 * 
 * @minItems 1
 * @maxItems 12
 */
months?: number[]
/**
 * Nhiệm vụ thường xuyên, không có hạn. — An ongoing task without a due date.
 */
ongoing?: true
/**
 * Ghi chú về thời gian. — A note on the time.
 */
note?: string
}
/**
 * Mục III: các khoản in ra, cùng dữ liệu máy đọc được (cơ quan thường trực, chế độ báo cáo, kinh phí). — Section III: the printed clauses plus machine-readable facts.
 * 
 */
export interface ImplementationV1 {
/**
 * Ví dụ TỔ CHỨC THỰC HIỆN. — e.g. TỔ CHỨC THỰC HIỆN.
 */
title: string
/**
 * Các khoản in ra, theo thứ tự. — The printed clauses.
 * 
 * @maxItems 100
 */
items?: ItemV1[]
/**
 * Cách trình bày các mục con: number (1.), subnumber (2.1.), letter (a), b), đ)…), dash (-), plus (+), plain (đoạn văn không đánh số). Số thứ tự luôn được sinh tự động. — How children are presented; the numbers themselves are always generated, never typed.
 */
itemStyle?: ("number" | "subnumber" | "letter" | "dash" | "plus" | "plain")
focalAgency?: IdV1
ownPlans?: AgencyRefsV1
reporting?: ReportingV1
funding?: TextV1
contacts?: TextV1
}
/**
 * Ai báo cáo, gửi ai, qua đâu, các kỳ và hạn. — Who reports to whom, through which body, the periods and deadlines.
 * 
 */
export interface ReportingV1 {
reporters?: AgencyRefsV1
to?: IdV1
via?: IdV1
/**
 * Có báo cáo đột xuất khi có yêu cầu. — Ad-hoc reports on request.
 */
adHoc?: boolean
/**
 * Các kỳ báo cáo. — The reporting periods.
 * 
 * @minItems 1
 * @maxItems 24
 */
periods: ReportPeriodV1[]
}
/**
 * Một kỳ báo cáo: tên, khoảng số liệu, hạn nộp. — One report: label, data window, due date.
 * 
 */
export interface ReportPeriodV1 {
id?: IdV1
/**
 * Ví dụ Quý I, 6 tháng, năm. — e.g. Quý I.
 */
label: string
/**
 * Khoảng thời gian lấy số liệu. — The period the report covers.
 */
window?: {
from: DayMonthV1
to: DayMonthV1
}
due?: DayMonthV1
reporters?: AgencyRefsV1
to?: IdV1
}
/**
 * Ngày và tháng lặp lại hằng năm; có thể thuộc năm trước hoặc một năm cụ thể. — A day and month, optionally of the previous year or of a given year.
 * 
 */
export interface DayMonthV1 {
/**
 * Ngày trong tháng. — Day of month.
 */
day: number
/**
 * Tháng. — Month.
 */
month: number
/**
 * Năm cụ thể (hạn một lần). — A fixed year, for a one-off deadline.
 */
year?: number
/**
 * true: ngày này thuộc năm trước năm báo cáo. — true: the date falls in the year before the reporting year.
 */
previousYear?: boolean
/**
 * Với hạn: true (mặc định) là “trước ngày”, false là “chậm nhất ngày”. — For a deadline: true (default) means before that day, false means by that day.
 */
before?: boolean
}
/**
 * Quyền hạn, chức vụ và họ tên người ký (ô 7a, 7b). — Authority, titles and name of the signer.
 * 
 */
export interface SignatureV1 {
/**
 * TM (thay mặt tập thể), KT (ký thay), Q (quyền), TL (thừa lệnh), TUQ (thừa ủy quyền). — TM, KT, Q, TL or TUQ.
 */
authority?: ("TM" | "KT" | "Q" | "TL" | "TUQ")
/**
 * Tập thể hoặc người đứng đầu sau TM./KT., ví dụ ỦY BAN NHÂN DÂN, CHỦ TỊCH. — The collective or head after TM./KT.
 */
for?: string
/**
 * Một hoặc hai chức vụ xếp chồng, ví dụ [TRƯỞNG BAN, CHỦ TỊCH UBND TỈNH]. — One or two stacked titles.
 * 
 * @minItems 1
 * @maxItems 2
 */
titles: string[]
/**
 * Họ tên người ký, không kèm học hàm, học vị. — The signer's name, without academic titles.
 */
name: string
}
/**
 * Danh sách nơi nhận và dòng lưu. — The recipients and the archive line.
 * 
 */
export interface RecipientsV1 {
/**
 * Các dòng nơi nhận theo thứ tự. — Recipient lines in order.
 * 
 * @minItems 1
 * @maxItems 100
 */
to: RecipientV1[]
/**
 * Nội dung sau “Lưu:”, ví dụ “VT, NC (Loan)”. — What follows “Lưu:”, e.g. “VT, NC (Loan)”.
 */
archive: string
}
/**
 * Một dòng nơi nhận. — One recipient line.
 * 
 */
export interface RecipientV1 {
/**
 * Tên nơi nhận như in ra. — The recipient as printed.
 */
name?: string
agency?: IdV1
/**
 * Ví dụ “báo cáo”, “để báo cáo” — in trong ngoặc. — e.g. “báo cáo”, printed in parentheses.
 */
purpose?: string
}
/**
 * Một phụ lục kèm theo kế hoạch. — An appendix.
 * 
 */
export interface AppendixV1 {
/**
 * Tên phụ lục. — The appendix title.
 */
title: string
text?: TextV1
/**
 * Các mục của phụ lục. — Items.
 * 
 * @maxItems 500
 */
items?: ItemV1[]
/**
 * In khổ ngang (bảng rộng). — Print landscape.
 */
landscape?: boolean
}
/**
 * Kế hoạch cấp trên mà kế hoạch này nhân bản từ đó. — The higher plan this one was cloned from.
 * 
 */
export interface ParentLinkV1 {
/**
 * Trích yếu kế hoạch cấp trên. — Its title.
 */
title: string
/**
 * Ví dụ 15/KH-UBND. — e.g. 15/KH-UBND.
 */
number?: string
date?: DateV1
/**
 * Cơ quan ban hành. — The issuer.
 */
issuer?: string
/**
 * Mã băm nội dung bản cấp trên lúc nhân bản. — Content hash of the parent version cloned.
 */
hash?: string
/**
 * Tên tệp kế hoạch cấp trên (tham khảo). — The parent's file name, for reference.
 */
file?: string
/**
 * Mọi nhiệm vụ của kế hoạch cấp trên lúc nhân bản, để kiểm tra độ phủ và thay đổi. — Every parent task at cloning time, for coverage and drift.
 * 
 * @maxItems 1000
 */
tasks?: {
/**
 * Mã nhiệm vụ cấp trên. — Parent task id.
 */
id: string
/**
 * Số mục cấp trên. — Parent reference.
 */
ref?: string
/**
 * true nếu nhiệm vụ thuộc về cấp của đơn vị (phải được thực hiện). — true if the task falls to the unit's level.
 */
carried: boolean
/**
 * Băm nội dung lúc nhân bản. — Text hash when cloned.
 */
hash: string
/**
 * Băm thời gian lúc nhân bản. — Time hash when cloned.
 */
timeHash: string
}[]
}
