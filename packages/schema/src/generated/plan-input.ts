// Generated from schemas/plan.schema.json by packages/schema/scripts/gen-types.mjs — do not edit.
/* eslint-disable */

/**
 * Mã ổn định, chữ thường không dấu, nối bằng gạch ngang, ví dụ cong-an-tinh. — Stable id: lower-case ASCII words joined by hyphens, e.g. cong-an-tinh.
 * 
 */
export type IdInput = string
/**
 * Ngày theo định dạng YYYY-MM-DD, ví dụ 2025-07-24. — A date as YYYY-MM-DD.
 * 
 */
export type DateInput = string
/**
 * Một đoạn văn, hoặc danh sách các đoạn văn. Cho phép markdown nội dòng: **đậm**, *nghiêng*. — One paragraph, or a list of paragraphs; inline markdown (bold, italic) is allowed.
 * 
 */
export type TextInput = (string | string[])
/**
 * roman (I., II.), number (1., 2.) hoặc plain (không đánh số). — roman (I.), number (1.) or plain.
 * 
 */
export type SectionStyleInput = ("roman" | "number" | "plain")
/**
 * Cách trình bày: number (1.), subnumber (2.1.), letter (a), b), đ)…), paren-number ((1), (2)…), dash (-), plus (+), star (*), plain (không đánh số). Số thứ tự luôn được sinh tự động. — How an item is presented; numbers are always generated, never typed.
 * 
 */
export type ItemStyleInput = ("number" | "subnumber" | "letter" | "paren-number" | "dash" | "plus" | "star" | "plain")
/**
 * Một mục, hoặc một PHẦN chứa các mục. — A section, or a PHẦN holding sections.
 * 
 */
export type BodyEntryInput = (PartInput | SectionInput)
/**
 * Phần này nói về gì: goals (mục đích, yêu cầu), purposes, requirements, objectives (mục tiêu), targets (chỉ tiêu), situation (tình hình), concepts (khái niệm), tasks (nhiệm vụ), solutions (giải pháp), implementation (tổ chức thực hiện), funding (kinh phí), reporting (chế độ báo cáo), recommendations (kiến nghị), rewards (khen thưởng), rules (thể lệ), schedule (tiến độ), review (sơ kết), other. — What this part is about; used by the checker, clone and trace, never printed.
 * 
 */
export type RoleInput = ("goals" | "purposes" | "requirements" | "objectives" | "targets" | "situation" | "concepts" | "tasks" | "solutions" | "implementation" | "funding" | "reporting" | "recommendations" | "rewards" | "rules" | "schedule" | "review" | "other")
/**
 * Một khối nội dung: đoạn văn (chuỗi), khoản (item), khối nhiệm vụ ({tasks: …}) hoặc bảng ({table: …}). — A block: a paragraph (string), an item, a task block ({tasks: …}) or a table ({table: …}).
 * 
 */
export type BlockInput = (string | {
tasks: TaskBlockInput
} | {
table: TableInput
} | ItemInput)
/**
 * Mã một cơ quan đã khai báo trong agencies, hoặc danh sách mã. — One declared agency id, or a list of them.
 * 
 */
export type AgencyRefsInput = (string | IdInput[])
/**
 * Một ý kiến góp ý khi rà soát dự thảo (lãnh đạo, pháp chế, văn phòng): lời góp ý, người góp ý, ngày. Không in trong văn bản; trong tệp DOCX so sánh hai bản (kehoach diff -o) là nhận xét (comment) của Word gắn vào đoạn; nhận xét trong tệp Word đã sửa được ghi lại ở đây (kehoach import --onto). — A review note on a draft: text, author, date; not printed, a Word comment in the tracked-changes DOCX, and read back from a reviewed DOCX.
 * 
 */
export type ReviewNoteInput = (string | {
/**
 * Nội dung góp ý. — The note's words.
 */
text: string
/**
 * Ai góp ý, ví dụ “Phó Chủ tịch UBND tỉnh” hoặc họ tên. — Who wrote it.
 */
author?: string
date?: DateInput
/**
 * Những chữ của đoạn mà góp ý gắn vào, khi góp ý đặt ở mục chứa đoạn ấy (một đoạn văn không có chỗ ghi riêng). — The words the note is on, when the note sits on the item holding that paragraph.
 */
quote?: string
})
/**
 * Nội dung một ô (markdown nội dòng), hoặc {text, colSpan, rowSpan, align, bold}. — A cell: text, or {text, colSpan, rowSpan, align, bold}.
 * 
 */
export type CellInput = (string | {
text?: TextInput
/**
 * Số cột ô chiếm. — Columns spanned.
 */
colSpan?: number
/**
 * Số dòng ô chiếm. — Rows spanned.
 */
rowSpan?: number
/**
 * left, center, right, justify. — Horizontal alignment.
 */
align?: ("left" | "center" | "right" | "justify")
/**
 * In đậm cả ô. — Bold.
 */
bold?: boolean
})
/**
 * Một dòng: danh sách ô (bảng thường), một nhiệm vụ (bảng nhiệm vụ) hoặc một chỉ tiêu (bảng chỉ tiêu). — A row: a list of cells, a task, or a target.
 * 
 */
export type RowInput = (CellInput[] | TaskInput | TargetInput)

/**
 * Dữ liệu có cấu trúc của một Kế hoạch (hoặc công văn giao nhiệm vụ) theo Nghị định 30/2020/NĐ-CP, phiên bản 2: thân văn bản là danh sách các mục (có thể nhóm trong PHẦN), mỗi mục gồm các khối (đoạn văn, khoản, khối nhiệm vụ, bảng). Số thứ tự luôn được sinh tự động. — Structured data of a Kế hoạch (or a task-assigning công văn), version 2: the body is an ordered list of sections (optionally in parts), each of ordered blocks; numbering is always generated.
 */
export interface PlanInput {
/**
 * Đường dẫn lược đồ cho trình soạn thảo. — Schema URL for editors.
 */
$schema?: string
/**
 * Phiên bản của lược đồ này: 2 (tệp phiên bản 1 vẫn đọc được và được chuyển đổi). — Version of this schema: 2 (version 1 files still load, migrated).
 */
schemaVersion: 2
/**
 * Mã loại văn bản đã đăng ký: ke-hoach (mặc định, Mẫu 1.4), cong-van (Mẫu 1.5, có V/v và Kính gửi), quyet-dinh (Mẫu 1.3, các Điều), to-trinh (Mẫu 1.4, có Kính gửi), thong-bao (Mẫu 1.4, thông báo kết luận giao nhiệm vụ), bao-cao (Mẫu 1.4, báo cáo kết quả thực hiện); cổng thông tin có thể đăng ký thêm loại riêng. — A registered document kind: ke-hoach (default), cong-van, quyet-dinh, to-trinh, thong-bao, bao-cao; portals may register their own.
 */
kind?: string
/**
 * Tên loại in trên trích yếu khi khác mặc định, ví dụ “KẾ HOẠCH HÀNH ĐỘNG”. — The type line above the title when it differs from the default, e.g. “KẾ HOẠCH HÀNH ĐỘNG”.
 */
typeLine?: string
issuer: IssuerInput
/**
 * Số văn bản; bỏ trống khi là dự thảo. — The document number; leave out for a draft.
 */
number?: number
/**
 * Ký hiệu sau dấu “/”; mặc định KH- + chữ viết tắt của cơ quan ban hành. — The symbol after “/”; default KH- plus the issuer's abbreviation.
 */
symbol?: string
date?: DateInput
/**
 * Dự thảo chưa có ngày: tháng và năm đã biết, in “ngày … tháng 12 năm 2025”. — A draft without a day: the month and year already known, printed “ngày … tháng 12 năm 2025”.
 */
draftDate?: {
/**
 * Năm ban hành dự kiến. — Expected year.
 */
year: number
/**
 * Tháng ban hành dự kiến. — Expected month.
 */
month?: number
}
/**
 * true: in số và ngày để trống. — true: print blank number and date.
 */
draft?: boolean
marks?: MarksInput
/**
 * Trích yếu nội dung (với công văn: nội dung V/v). — The title (for a công văn: the V/v subject).
 */
title: string
period?: PeriodInput
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
[k: string]: AgencyInput | undefined
}
opening?: OpeningInput
/**
 * Các văn bản nêu ở bất cứ đâu trong kế hoạch (thân văn bản, phân công, thời hạn) ngoài phần căn cứ; mỗi văn bản có id để tham chiếu. — Documents cited anywhere in the plan besides the opening bases, each with an id to refer to.
 * 
 * @maxItems 200
 */
references?: ReferenceInput[]
numbering?: NumberingInput
/**
 * Các mục theo thứ tự (có thể nhóm trong PHẦN). — The sections in order, optionally grouped in parts.
 * 
 * @minItems 1
 * @maxItems 100
 */
body: BodyEntryInput[]
/**
 * Một khối chữ ký, hoặc hai khối cạnh nhau (kế hoạch liên tịch). — One signature block, or two side by side (joint plans).
 */
signature?: (SignatureInput | SignatureInput[])
recipients?: RecipientsInput
/**
 * Các phụ lục. — Appendices.
 * 
 * @maxItems 30
 */
appendices?: AppendixInput[]
parent?: ParentLinkInput
dossier?: DossierInput
/**
 * Bật, tắt hoặc đổi mức của các quy tắc của lệnh `kehoach check` cho kế hoạch này: mã quy tắc → off | warn | error. Không ảnh hưởng văn bản in ra. — Turns the rules of `kehoach check` off, to warnings or to errors for this plan; nothing printed changes.
 */
check?: {
[k: string]: ("off" | "warn" | "error") | undefined
}
/**
 * Góp ý chung cho cả văn bản; không in. — Review notes on the whole document; not printed.
 * 
 * @minItems 1
 * @maxItems 200
 */
review?: ReviewNoteInput[]
}
/**
 * Cơ quan ban hành văn bản (ô 2 của Phụ lục I Nghị định 30/2020). — The issuing body (box 2 of Decree 30/2020, Appendix I).
 * 
 */
export interface IssuerInput {
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
agency?: IdInput
/**
 * Chữ viết tắt tên cơ quan dùng trong ký hiệu, ví dụ UBND, BCĐ. — The issuer's abbreviation used in the document symbol, e.g. UBND.
 */
abbreviation: string
/**
 * Địa danh ghi trước ngày tháng, ví dụ Tuyên Quang. — The place name printed before the date.
 */
place: string
parent?: HeaderBodyInput
/**
 * Khi văn bản do người đứng đầu ban hành, ví dụ “Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng”: dùng trong dòng “(Kèm theo … của …)”. — When the document is issued by the head, e.g. the Chairman: used in the “(Kèm theo … của …)” line.
 */
authority?: string
}
/**
 * Tên cơ quan in ở góc trái tiêu đề. — A body printed at the top left of the header.
 * 
 */
export interface HeaderBodyInput {
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
agency?: IdInput
}
/**
 * Dấu độ mật và độ khẩn (Nghị định 30/2020, Phụ lục I), in dưới số, ký hiệu; chỉ dẫn dự thảo in trong khung ở góc trên bên phải trang đầu. — The secrecy and urgency marks, printed under the number; the draft indication, framed at the top right of page 1.
 * 
 */
export interface MarksInput {
/**
 * Mức độ mật: MẬT, TỐI MẬT hoặc TUYỆT MẬT. — MẬT, TỐI MẬT or TUYỆT MẬT.
 */
secrecy?: ("MẬT" | "TỐI MẬT" | "TUYỆT MẬT")
/**
 * Mức độ khẩn: KHẨN, THƯỢNG KHẨN hoặc HỎA TỐC. — KHẨN, THƯỢNG KHẨN or HỎA TỐC.
 */
urgency?: ("KHẨN" | "THƯỢNG KHẨN" | "HỎA TỐC")
/**
 * true: in “DỰ THẢO”; một số N: in “DỰ THẢO LẦN N”. Chỉ in khi văn bản là dự thảo (chưa có số và ngày, hoặc draft: true). — true prints “DỰ THẢO”; a number N prints “DỰ THẢO LẦN N”. Printed only while the document is a draft.
 */
draft?: (true | number)
}
/**
 * Năm, giai đoạn (from–to), năm học, hoặc tháng của kế hoạch; bỏ trống khi văn bản không nêu. — The year, the range of years, the school year or the month the plan covers; leave out when the document states none.
 * 
 */
export interface PeriodInput {
/**
 * Kế hoạch một năm. — A one-year plan.
 */
year?: number
/**
 * Năm đầu giai đoạn. — First year of a multi-year period.
 */
from?: number
/**
 * Năm cuối giai đoạn. — Last year of a multi-year period.
 */
to?: number
/**
 * Năm bắt đầu của năm học: 2023 là năm học 2023 - 2024. — The first year of a school year: 2023 is 2023–2024.
 */
schoolYear?: number
/**
 * Kế hoạch tháng (cùng với year). — A monthly plan (with year).
 */
month?: number
/**
 * Năm định hướng, ví dụ 2035. — Orientation year, e.g. 2035.
 */
orientation?: number
}
/**
 * Một cơ quan, đơn vị được nhắc tới trong kế hoạch; khai báo một lần, các nhiệm vụ tham chiếu bằng mã. — An agency named in the plan, declared once and referred to by id.
 * 
 */
export interface AgencyInput {
/**
 * Tên viết như trong văn bản, ví dụ Sở Văn hóa, Thể thao và Du lịch. — The name as written in the document.
 */
name: string
/**
 * Tên ngắn dùng trong danh sách và tên tệp, ví dụ Sở VHTTDL. — A short name for lists and file names.
 */
shortName?: string
/**
 * Cấp hành chính: trung-uong, tinh, huyen, xa, thon; bỏ trống với cá nhân hoặc đơn vị không theo cấp. — Administrative level; leave out for a person or a body outside the levels.
 */
level?: ("trung-uong" | "tinh" | "huyen" | "xa" | "thon")
/**
 * ubnd, chuyen-mon (sở/phòng), cong-an, quan-su, mttq-doan-the, to-tung (tòa án, viện kiểm sát, thi hành án — chỉ được đề nghị), ban-chi-dao, su-nghiep, doanh-nghiep, co-quan-trung-uong, dang-hdnd, nhom (một tập hợp như “các sở, ban, ngành”), ca-nhan (một người, có role và of), truong-hoc, doan-kiem-tra, khac. — Kind of body; to-tung bodies are outside the issuer's authority and can only be requested; nhom is a collective such as “các sở, ban, ngành”; ca-nhan is a named person (with role and of).
 */
kind?: ("ubnd" | "chuyen-mon" | "cong-an" | "quan-su" | "mttq-doan-the" | "to-tung" | "ban-chi-dao" | "su-nghiep" | "doanh-nghiep" | "co-quan-trung-uong" | "dang-hdnd" | "nhom" | "khac" | "ca-nhan" | "truong-hoc" | "doan-kiem-tra")
/**
 * Các cách viết khác của tên trong văn bản, giúp kiểm tra và nhân bản. — Other spellings of the name found in the text.
 * 
 * @maxItems 20
 */
aliases?: string[]
/**
 * Với cá nhân: chức danh, ví dụ Trưởng đoàn, Thư ký, Thành viên. — For a person: the role, e.g. Trưởng đoàn.
 */
role?: string
/**
 * Với cá nhân: chức vụ, đơn vị công tác, ví dụ “Phó Trưởng phòng Quản lý công nghiệp”. — For a person: position and workplace.
 */
position?: string
of?: IdInput
/**
 * Mã định danh điện tử của cơ quan theo Quyết định 20/2020/QĐ-TTg, dùng trong gói tin edXML (QCVN 102:2016/BTTTT) để gửi, nhận văn bản điện tử, ví dụ 000.00.31.H46 hoặc H37.02.02. — The agency's electronic identifier (Decision 20/2020/QĐ-TTg) used as OrganId in edXML messages (QCVN 102:2016/BTTTT), e.g. 000.00.31.H46.
 */
organId?: string
}
/**
 * Tình hình, các đoạn căn cứ (mỗi đoạn có từ dẫn riêng) và câu ban hành. — Situation, the basis paragraphs (each with its own lead word) and the enacting formula.
 * 
 */
export interface OpeningInput {
situation?: TextInput
/**
 * Theo thứ tự in. — In print order.
 * 
 * @maxItems 50
 */
bases?: BasisInput[]
/**
 * Ví dụ “Ủy ban nhân dân tỉnh ban hành Kế hoạch … như sau:”. Đoạn riêng, trừ khi có joinClosing. — e.g. “… ban hành Kế hoạch … như sau:”; a paragraph of its own unless joinClosing is set.
 */
closing?: string
/**
 * Khi có: câu ban hành nối vào cuối đoạn căn cứ cuối cùng bằng chuỗi này, ví dụ “, ”. — When set, the formula is appended to the last basis paragraph after this string, e.g. “, ”.
 */
joinClosing?: string
text?: TextInput
}
/**
 * Một đoạn mở đầu: từ dẫn (Căn cứ, Thực hiện, Xét, Theo đề nghị …) và các văn bản được dẫn, hoặc một đoạn viết tự do. — One opening paragraph: a lead word and the cited documents, or free text.
 * 
 */
export interface BasisInput {
/**
 * Ví dụ Căn cứ, Thực hiện, Xét, Theo đề nghị của; mặc định “Căn cứ”. — e.g. Căn cứ, Thực hiện; default “Căn cứ”.
 */
lead?: string
/**
 * Các văn bản, nối bằng “; ” (hoặc separator). — The documents cited, joined by “; ”.
 * 
 * @minItems 1
 * @maxItems 100
 */
references?: ReferenceInput[]
/**
 * Chuỗi nối các văn bản; mặc định “; ”. — String between references; default “; ”.
 */
separator?: string
/**
 * Đoạn viết tự do (markdown nội dòng); nếu có references thì in sau các trích dẫn. — Free text (inline markdown); after the citations when there are references.
 */
text?: string
/**
 * true: mỗi văn bản một đoạn, cùng từ dẫn. — true: each reference is its own paragraph with the lead word.
 */
each?: boolean
}
/**
 * Văn bản cấp trên được triển khai hoặc viện dẫn, in theo thể thức của loại văn bản: luật (bộ luật, pháp lệnh, hiến pháp) theo tên và ngày thông qua; văn bản khác theo số, ngày, cơ quan ban hành, trích yếu. — A higher document being implemented or cited, printed in its type's own form: a law by its name and date of adoption; any other document by number, date, issuer and subject.
 * 
 */
export interface ReferenceInput {
id?: IdInput
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
date?: DateInput
/**
 * Cơ quan ban hành văn bản, ví dụ Thủ tướng Chính phủ. — Who issued it.
 */
issuer?: string
/**
 * Trích yếu kèm từ nối, ví dụ “về việc phê duyệt Chương trình …” (văn bản có số); tên của luật ghi ở name. — The subject, with its connective (về việc …, ban hành …); a law's name goes in name.
 */
subject?: string
/**
 * Tên của luật, bộ luật, pháp lệnh, hiến pháp (không gồm loại văn bản), ví dụ “Phòng cháy, chữa cháy và cứu nạn, cứu hộ”: các văn bản này được dẫn theo tên và ngày thông qua (“Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ ngày 29 tháng 11 năm 2024”), không theo số và cơ quan ban hành (number, issuer vẫn là dữ liệu). — The name of a law (code, ordinance, constitution) without its type: such documents are cited by name and date of adoption, not by number and issuer (which stay data).
 */
name?: string
}
/**
 * Kiểu đánh số của kế hoạch, theo cấp: mục (sections), rồi các cấp dưới (levels). Số luôn được sinh. — The plan's numbering per level; numbers are always generated.
 * 
 */
export interface NumberingInput {
sections?: SectionStyleInput
/**
 * Kiểu mặc định của cấp 1, 2, 3 … dưới mục: number (1.), subnumber (2.1.), letter (a), b), đ)…), dash (-), plus (+), plain (không đánh số). — Default style of each level below the sections.
 * 
 * @minItems 1
 * @maxItems 8
 */
levels?: ItemStyleInput[]
}
/**
 * PHẦN I, PHẦN II … chứa các mục; số thứ tự các mục bắt đầu lại trong mỗi phần. — PHẦN I, II … above the sections; section numbers restart in each part.
 * 
 */
export interface PartInput {
id?: IdInput
/**
 * Ví dụ “THỰC TRẠNG …”; in “Phần I” rồi tên phần ở dòng sau, căn giữa, đậm (Nghị định 30/2020). — e.g. “THỰC TRẠNG …”, printed “Phần I” then the title on the next line, centred, bold.
 */
part: string
text?: TextInput
sectionStyle?: SectionStyleInput
/**
 * Các mục của phần. — The part's sections.
 * 
 * @maxItems 100
 */
sections: SectionInput[]
/**
 * Các ý kiến góp ý khi rà soát dự thảo; không in trong văn bản. — Review notes on a draft; not printed.
 * 
 * @minItems 1
 * @maxItems 200
 */
review?: ReviewNoteInput[]
}
/**
 * Một mục lớn (I., II. …): tiêu đề in hoa, đậm; các khối nội dung theo thứ tự. — A section (I., II. …): an upper-case bold heading and its ordered blocks.
 * 
 */
export interface SectionInput {
id?: IdInput
/**
 * Ví dụ “MỤC ĐÍCH, YÊU CẦU”; in hoa khi in. Bỏ trống: các khối in không có tiêu đề và không đánh số (đoạn kết “Trên đây là …”). — e.g. “MỤC ĐÍCH, YÊU CẦU”; printed upper case. Without a title the blocks print with no heading and no number (closing paragraphs).
 */
title?: string
role?: RoleInput
style?: SectionStyleInput
text?: TextInput
/**
 * true: tiêu đề và đoạn đầu trên một đoạn (mục đánh số Ả Rập như “4. Thời gian thực hiện: …”). — true: heading and first paragraph in one paragraph.
 */
inline?: boolean
itemStyle?: ItemStyleInput
/**
 * Nội dung của mục theo thứ tự: đoạn văn, khoản, khối nhiệm vụ, bảng. — The section's blocks in order.
 * 
 * @maxItems 500
 */
items?: BlockInput[]
facts?: FactsInput
/**
 * upper (in hoa, mặc định) hoặc as-written (giữ như viết, ví dụ “1. Hoàn thiện hạ tầng …”). — upper (default) or as-written.
 */
titleCase?: ("upper" | "as-written")
/**
 * Các ý kiến góp ý khi rà soát dự thảo; không in trong văn bản. — Review notes on a draft; not printed.
 * 
 * @minItems 1
 * @maxItems 200
 */
review?: ReviewNoteInput[]
}
/**
 * Một danh sách nhiệm vụ ở bất cứ đâu (mục, khoản, phụ lục): theo cơ quan hoặc theo chủ đề; cách ghi cơ quan sinh từ dữ liệu. — A list of tasks anywhere (section, sub-heading, appendix), by agency or by theme; the attribution wording is generated from the data.
 * 
 */
export interface TaskBlockInput {
id?: IdInput
/**
 * by-agency: nhóm theo cơ quan (1. Công an tỉnh …); by-theme: nhóm theo chủ đề, ghi phân công ở từng nhiệm vụ. — Group by agency, or by theme with attribution per task.
 */
layout?: ("by-agency" | "by-theme")
/**
 * inline: đầu câu (Sở Tư pháp chủ trì, …); parenthesis: trong ngoặc cuối câu; parenthesis-paragraph: ngoặc đơn thành đoạn riêng; none.; labelled: các dòng “Đơn vị chủ trì: …”, “Đơn vị phối hợp: …”, “Thời gian hoàn thành: …” sau mỗi nhiệm vụ. — How the attribution is printed in by-theme layout. labelled: labelled lines after each task.
 */
attribution?: ("inline" | "parenthesis" | "parenthesis-paragraph" | "none" | "labelled")
labels?: LabelsInput
/**
 * Theo cơ quan, nhóm chỉ có một nhiệm vụ: paragraph (đoạn riêng) hoặc inline (sau dấu hai chấm). — By agency, a group with one task: its own paragraph, or after a colon.
 */
singleTask?: ("paragraph" | "inline")
groupStyle?: ItemStyleInput
itemStyle?: ItemStyleInput
/**
 * Các nhóm nhiệm vụ theo thứ tự in. — Task groups in printed order.
 * 
 * @maxItems 100
 */
groups?: TaskGroupInput[]
/**
 * Nhiệm vụ không thuộc nhóm nào. — Tasks outside any group.
 * 
 * @maxItems 1000
 */
tasks?: TaskInput[]
}
/**
 * Nhãn của kiểu labelled; mặc định “Đơn vị chủ trì”, “Đơn vị phối hợp”, “Đơn vị được đề nghị”, “Thời gian hoàn thành”, “Sản phẩm”. — Labels of the labelled attribution style.
 * 
 */
export interface LabelsInput {
/**
 * Ví dụ “Đơn vị tham mưu, thực hiện”. — e.g. “Đơn vị tham mưu, thực hiện”.
 */
lead?: string
/**
 * Ví dụ “Đơn vị phối hợp”. — e.g. “Đơn vị phối hợp”.
 */
support?: string
/**
 * Ví dụ “Đề nghị”. — e.g. “Đề nghị”.
 */
requested?: string
/**
 * Ví dụ “Thời gian hoàn thành”. — e.g. “Thời gian hoàn thành”.
 */
time?: string
/**
 * Ví dụ “Sản phẩm”. — e.g. “Sản phẩm”.
 */
output?: string
/**
 * lines: mỗi nhãn một dòng gạch đầu dòng (mặc định); sentence: một đoạn, các nhãn nối bằng “; ”. — lines: one dash line per label (default); sentence: one paragraph joined by “; ”.
 */
layout?: ("lines" | "sentence")
}
/**
 * Nhóm theo cơ quan (tiêu đề sinh từ cơ quan) hoặc theo chủ đề (có tiêu đề). — A group by agency (heading generated) or by theme (titled).
 * 
 */
export interface TaskGroupInput {
id?: IdInput
/**
 * Tiêu đề chủ đề; với nhóm theo cơ quan thì bỏ trống để sinh từ tên cơ quan. — The theme heading; for a group by agency, leave it out to generate it from the agencies.
 */
title?: string
/**
 * true: tiêu đề và đoạn đầu trên một dòng. — true: title and first paragraph on one line.
 */
inline?: boolean
text?: TextInput
lead?: AgencyRefsInput
support?: AgencyRefsInput
requested?: AgencyRefsInput
monitor?: AgencyRefsInput
/**
 * Lời văn phân công in ra đúng như bản gốc (bên trong ngoặc hoặc đầu câu). Bỏ trống thì sinh từ chủ trì/phối hợp. — The attribution as printed in the source; generated from lead/support when omitted.
 */
attribution?: string
/**
 * false: không in phân công ở mục này (ví dụ khi mục sau in chung). — false: do not print the attribution here.
 */
showAttribution?: boolean
labels?: LabelsInput
time?: TimeInput
style?: ItemStyleInput
itemStyle?: ItemStyleInput
groupStyle?: ItemStyleInput
/**
 * Các nhóm con (ví dụ 2.1., 2.2. hoặc a), b)). — Sub-groups.
 * 
 * @maxItems 100
 */
groups?: TaskGroupInput[]
/**
 * Các nhiệm vụ của nhóm. — The group's tasks.
 * 
 * @maxItems 200
 */
tasks?: TaskInput[]
/**
 * Các khối không phải nhiệm vụ trong nhóm (đoạn văn, bảng, chỉ tiêu), in trước nhiệm vụ. — Non-task blocks of the group, printed before its tasks.
 * 
 * @maxItems 500
 */
items?: BlockInput[]
/**
 * Các ý kiến góp ý khi rà soát dự thảo; không in trong văn bản. — Review notes on a draft; not printed.
 * 
 * @minItems 1
 * @maxItems 200
 */
review?: ReviewNoteInput[]
}
/**
 * Ngày, khoảng, hạn, kỳ (tháng, quý, năm học), định kỳ (hằng tuần, hằng tháng … có thể kèm ngày và giờ), thường xuyên — hoặc kết hợp: hoàn thành trước … rồi thực hiện thường xuyên; thực hiện từ … . In ra đúng như kế hoạch viết (note) và thành các mục có ngày trong danh mục khi xác định được ngày. — A date, a window, a deadline, a spoken period, a recurrence with day and hour, ongoing, or a combination; printed as the plan words it (note) and dated in checklists wherever the date is determinate.
 * 
 */
export interface TimeInput {
on?: DateInput
/**
 * Bắt đầu (một ngày hoặc một kỳ); không có to nghĩa là bắt đầu mà không có hạn kết thúc. — Start (a date or a period); without `to`, a start with no end.
 */
from?: (DateInput | SpokenPeriodInput)
/**
 * Kết thúc khoảng (tính cả ngày, hoặc hết kỳ). — End of a window (inclusive, or the end of the period).
 */
to?: (DateInput | SpokenPeriodInput)
within?: SpokenPeriodInput
/**
 * Hạn “trước ngày …” (không tính ngày đó: ngày cuối cùng đúng hạn là ngày hôm trước; danh mục nhiệm vụ ghi hạn là ngày ghi, loại “trước ngày”; lịch đặt việc vào ngày hôm trước và ghi rõ), hoặc “trước quý …”. — A deadline “trước ngày …” (exclusive: the last day on time is the day before; checklists give the day written, kind before; calendars put the event on the day before and say so).
 */
before?: (DateInput | SpokenPeriodInput)
/**
 * Hạn “chậm nhất ngày …”, “hoàn thành trong quý I/2023” (tính đến hết kỳ). — An inclusive deadline, or “hoàn thành trong quý I/2023” (end of the period).
 */
by?: (DateInput | SpokenPeriodInput)
/**
 * week (hằng tuần), month (hằng tháng), quarter (hằng quý), half-year (6 tháng), year (hằng năm). Không có day: định kỳ không có ngày cụ thể (không tự đặt ngày). — How often; without `day` the occurrences are undated (no date is invented).
 */
every?: ("week" | "month" | "quarter" | "half-year" | "year")
/**
 * Với định kỳ tháng, quý, năm: hạn vào (hoặc trước) ngày này của tháng; định kỳ hằng năm không có months thì là tháng 12 (“Trước ngày 20/12 hằng năm”). — For a monthly/quarterly/yearly recurrence: the day of the month (a yearly one without months: December).
 */
day?: number
/**
 * Với định kỳ hằng tuần: 1 thứ Hai … 6 thứ Bảy, 7 Chủ nhật. — For a weekly recurrence: 1 Monday … 7 Sunday.
 */
weekday?: number
/**
 * Giờ hạn, ví dụ “11:00”. — The hour of the deadline, e.g. “11:00”.
 */
hour?: string
/**
 * Với định kỳ: before (“trước ngày 25 hằng tháng”, mặc định) hoặc by (“ngày 25 hằng tháng”, “chậm nhất ngày 25”). Một nghĩa ở mọi nơi: hạn là ngày ghi (25); before không tính ngày đó — ngày cuối cùng đúng hạn là ngày 24 (danh mục ghi hạn 25, loại “trước ngày”; lịch đặt việc vào ngày 24 và ghi rõ); by tính cả ngày 25. — For a recurrence: before (default) or by. One meaning everywhere: the due date is the day written; before excludes it (the last day on time is the day before: checklists give due 25, kind “trước ngày”; calendars put the event on the 24th and say why); by includes it.
 */
dueKind?: ("before" | "by")
/**
 * true: ngày thuộc tháng (kỳ) liền kề, ví dụ “trước ngày 05 của tháng liền kề”, “trước ngày 31/01 năm liền kề”. — true: the day falls in the following month (period).
 */
nextPeriod?: boolean
/**
 * Với định kỳ: các tháng có hạn. — For a recurrence: the months with a due date.
 * 
 * @minItems 1
 * @maxItems 12
 */
months?: number[]
/**
 * Thực hiện thường xuyên; có thể kèm hạn (hoàn thành trước … và thực hiện thường xuyên) hoặc from (thực hiện từ …). — Ongoing; may follow a deadline or a start.
 */
ongoing?: true
reference?: IdInput
/**
 * true: “theo quy định”, không có ngày. — true: “theo quy định”, no date.
 */
asRegulated?: true
/**
 * Thời gian đúng như kế hoạch viết, khi khác cách in sinh tự động. — The time as the plan words it, when it differs from the generated wording.
 */
note?: string
}
/**
 * Một kỳ như người viết nói: tháng 5/2026 (month, year), quý II/2026 (quarter), 6 tháng đầu năm (half: 1), năm 2026 (year), năm học 2020 - 2021 (schoolYear). — A period as written: month, quarter, half-year, year or school year.
 * 
 */
export interface SpokenPeriodInput {
/**
 * Năm của kỳ. — The year.
 */
year?: number
/**
 * Tháng trong năm. — Month of the year.
 */
month?: number
/**
 * Quý 1–4. — Quarter 1–4.
 */
quarter?: number
/**
 * 1: 6 tháng đầu năm, 2: 6 tháng cuối năm. — 1: first half, 2: second half.
 */
half?: number
/**
 * Năm bắt đầu của năm học. — First year of the school year.
 */
schoolYear?: number
}
/**
 * Một nhiệm vụ: nội dung, cơ quan chủ trì, phối hợp, đề nghị, thời gian, sản phẩm; có thể có nhiệm vụ con. — A task with its agencies, time and output; may have sub-tasks.
 * 
 */
export interface TaskInput {
id: IdInput
/**
 * Tiêu đề in đậm của nhiệm vụ (nội dung in sau dấu “:” khi inline). — A bold heading of the task.
 */
title?: string
/**
 * true: tiêu đề và nội dung trên một đoạn, ngăn bởi “: ”. — true: title and text in one paragraph.
 */
inline?: boolean
text?: TextInput
lead?: AgencyRefsInput
support?: AgencyRefsInput
requested?: AgencyRefsInput
monitor?: AgencyRefsInput
/**
 * Lời văn phân công in ra đúng như bản gốc (bên trong ngoặc hoặc đầu câu). Bỏ trống thì sinh từ chủ trì/phối hợp. — The attribution as printed in the source; generated from lead/support when omitted.
 */
attribution?: string
/**
 * false: không in phân công ở mục này (ví dụ khi mục sau in chung). — false: do not print the attribution here.
 */
showAttribution?: boolean
labels?: LabelsInput
time?: TimeInput
/**
 * Sản phẩm dự kiến, ví dụ “Kế hoạch của UBND xã”. — The expected output.
 */
output?: string
/**
 * Ghi chú (cột Ghi chú của bảng nhiệm vụ). — A note (the Ghi chú column).
 */
note?: string
/**
 * Một nhiệm vụ chia thành nhiều dòng trong bảng (ô gộp dọc): mỗi phần có sản phẩm, thời gian riêng. — A task split over several table rows (vertically merged cells), each with its own output and time.
 * 
 * @minItems 1
 * @maxItems 20
 */
parts?: TaskPartInput[]
style?: ItemStyleInput
itemStyle?: ItemStyleInput
/**
 * Các nhiệm vụ con. — Sub-tasks.
 * 
 * @maxItems 200
 */
tasks?: TaskInput[]
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
/**
 * Cơ quan thực hiện do một văn bản khác phân công, ví dụ “Theo phân công tại Quyết định số 1441/QĐ-UBND”: reference là id văn bản (trong references hoặc opening), note là lời văn in ra. — The agencies are assigned by another document: reference is its id, note the printed words.
 */
assignedBy?: {
reference?: IdInput
/**
 * Lời văn in ra. — The printed words.
 */
note?: string
}
/**
 * Các ý kiến góp ý khi rà soát dự thảo; không in trong văn bản. — Review notes on a draft; not printed.
 * 
 * @minItems 1
 * @maxItems 200
 */
review?: ReviewNoteInput[]
}
/**
 * Một dòng của nhiệm vụ trong bảng. — One row of a task in a table.
 * 
 */
export interface TaskPartInput {
/**
 * Nội dung riêng của phần này (nếu có). — This part's own text.
 */
text?: string
/**
 * Sản phẩm dự kiến, ví dụ “Kế hoạch của UBND xã”. — The expected output.
 */
output?: string
time?: TimeInput
/**
 * Ghi chú. — A note.
 */
note?: string
lead?: AgencyRefsInput
support?: AgencyRefsInput
monitor?: AgencyRefsInput
requested?: AgencyRefsInput
}
/**
 * Một bảng: dòng tiêu đề (có thể gộp ô), các dòng hoặc nhóm dòng. Bảng nhiệm vụ (kind: tasks): mỗi dòng là một nhiệm vụ, cột ánh xạ tới trường; bảng chỉ tiêu (kind: targets). — A table with header rows (merged cells allowed), rows or row groups; a task table maps each row to a task, a target table holds indicators.
 * 
 */
export interface TableInput {
id?: IdInput
/**
 * plain (mặc định), tasks (bảng nhiệm vụ), targets (bảng chỉ tiêu). — plain (default), tasks or targets.
 */
kind?: ("plain" | "tasks" | "targets")
/**
 * Tên bảng in đậm phía trên. — A bold caption above the table.
 */
title?: string
/**
 * Các cột, theo thứ tự. — The columns in order.
 * 
 * @minItems 1
 * @maxItems 50
 */
columns: ColumnInput[]
/**
 * Các dòng tiêu đề có gộp ô; bỏ trống thì dùng tiêu đề các cột. Dòng tiêu đề lặp lại ở mỗi trang. — Header rows with merged cells; default one row of column titles; repeated on every page.
 * 
 * @maxItems 10
 */
header?: CellInput[][]
/**
 * Các dòng không thuộc nhóm. — Rows outside groups.
 * 
 * @maxItems 2000
 */
rows?: RowInput[]
/**
 * Các nhóm (I, II …). — Row groups.
 * 
 * @maxItems 200
 */
groups?: TableGroupInput[]
/**
 * roman (I, II, mặc định), number, letter, plain. — How group rows are numbered.
 */
groupStyle?: ("roman" | "number" | "letter" | "plain")
/**
 * true: bảng in trên trang khổ ngang. — true: printed on a landscape page.
 */
landscape?: boolean
/**
 * Cỡ chữ trong bảng: 12 hoặc 13 (mặc định 12). — 12 or 13 points (default 12).
 */
fontSize?: (11 | 12 | 13)
}
/**
 * Một cột của bảng: tiêu đề, độ rộng tương đối, trường dữ liệu (bảng nhiệm vụ, bảng chỉ tiêu). — A table column: title, relative width and, for task or target tables, the field it shows.
 * 
 */
export interface ColumnInput {
/**
 * Ví dụ “Tên nhiệm vụ”. — e.g. “Tên nhiệm vụ”.
 */
title: string
/**
 * Độ rộng tương đối (các cột chia theo tỉ lệ). — Relative width.
 */
width?: number
/**
 * Bảng nhiệm vụ: number (TT), text, output, time, lead, support, requested, monitor, note. Bảng chỉ tiêu: number, text, unit, baseline, target, year, result, note, hoặc value:<năm>. — Task tables: number, text, output, time, lead, support, requested, monitor, note. Target tables: number, text, unit, baseline, target, year, result, note, or value:<year>.
 */
field?: string
/**
 * left, center, right, justify. — Alignment of the column's cells.
 */
align?: ("left" | "center" | "right" | "justify")
}
/**
 * Một chỉ tiêu của bảng chỉ tiêu: nội dung, đơn vị, giá trị nền, giá trị theo năm, kết quả. — An indicator row: text, unit, baseline, values per year, result.
 * 
 */
export interface TargetInput {
id?: IdInput
text?: TextInput
/**
 * Ví dụ %, xã, người. — e.g. %.
 */
unit?: string
/**
 * Giá trị hiện tại. — Current value.
 */
baseline?: (number | string)
/**
 * Giá trị phải đạt. — Target value.
 */
target?: (number | string)
/**
 * Năm phải đạt. — Target year.
 */
year?: number
/**
 * Khóa là năm, ví dụ {2026: 50, 2027: 60}. — Keyed by year.
 */
values?: {
[k: string]: (number | string) | undefined
}
/**
 * Kết quả đạt được. — Achieved result.
 */
result?: (number | string)
lead?: AgencyRefsInput
/**
 * Ghi chú. — A note.
 */
note?: string
}
/**
 * Một dòng nhóm (I, II … trong bảng nhiệm vụ) và các dòng của nó. — A group row (I, II …) and its rows.
 * 
 */
export interface TableGroupInput {
id?: IdInput
/**
 * Nội dung dòng nhóm, in đậm, gộp các cột sau cột TT. — Text of the group row, bold, spanning the columns after TT.
 */
title: string
/**
 * Dòng của nhóm: nhiệm vụ (bảng nhiệm vụ), chỉ tiêu (bảng chỉ tiêu) hoặc danh sách ô. — Rows of the group.
 * 
 * @maxItems 1000
 */
rows?: RowInput[]
/**
 * Nhóm con (1, 2 …). — Sub-groups.
 * 
 * @maxItems 100
 */
groups?: TableGroupInput[]
}
/**
 * Một khoản/điểm/đoạn: tiêu đề (in đậm), nội dung, các khối con; có thể mang dữ liệu tổ chức thực hiện (facts) hoặc chỉ số (measures). — A heading or paragraph with children; may carry implementation facts or measures.
 * 
 */
export interface ItemInput {
id?: IdInput
/**
 * Tiêu đề của khoản (in đậm). — A heading for the item (bold).
 */
title?: string
text?: TextInput
/**
 * true: tiêu đề và đoạn đầu trên một đoạn, ví dụ “1.2. Về …: …”. — true: title and first paragraph in one paragraph, e.g. “1.2. Về …: …”.
 */
inline?: boolean
role?: RoleInput
style?: ItemStyleInput
itemStyle?: ItemStyleInput
/**
 * Các khối con: đoạn văn, khoản, khối nhiệm vụ, bảng. — Child blocks.
 * 
 * @maxItems 500
 */
items?: BlockInput[]
/**
 * Các giá trị định lượng của chỉ tiêu này. — Measurable values of this target.
 * 
 * @maxItems 20
 */
measures?: MeasureInput[]
facts?: FactsInput
/**
 * Các ý kiến góp ý khi rà soát dự thảo; không in trong văn bản. — Review notes on a draft; not printed.
 * 
 * @minItems 1
 * @maxItems 200
 */
review?: ReviewNoteInput[]
}
/**
 * Giá trị định lượng của một chỉ tiêu: một số, một khoảng, hoặc một giá trị bằng chữ; kèm năm đạt, giá trị nền và kết quả. — A measurable value: a number, a range or a worded value; with target year, baseline and result.
 * 
 */
export interface MeasureInput {
/**
 * Giá trị số. — A number.
 */
value?: number
/**
 * Cận dưới của khoảng, ví dụ 5 trong “từ 5 - 6%”. — Lower bound of a range.
 */
min?: number
/**
 * Cận trên của khoảng. — Upper bound of a range.
 */
max?: number
/**
 * Khi chỉ tiêu không là số, ví dụ “cơ bản hoàn thành”. — When the target is not a number.
 */
text?: string
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
/**
 * Năm phải đạt chỉ tiêu. — The year by which it is to be reached.
 */
year?: number
/**
 * Giá trị hiện tại hoặc năm gốc. — The current or base-year value.
 */
baseline?: (number | string)
/**
 * Năm của giá trị nền. — Year of the baseline.
 */
baselineYear?: number
/**
 * Kết quả đã đạt (khi sơ kết, tổng kết). — The achieved result.
 */
result?: (number | string)
}
/**
 * Dữ liệu máy đọc được của phần tổ chức thực hiện, đặt tại chỗ kế hoạch nói đến: cơ quan thường trực, kế hoạch riêng, chế độ báo cáo, kinh phí, đầu mối liên hệ. Chế độ báo cáo mà lời văn của phần đó chưa nói được in thành câu của phần đó (“… báo cáo kết quả thực hiện … trước ngày 15/6 hằng năm.”); các dữ liệu khác không in ra. — The machine facts of the implementation, kept where the plan states them: focal agency, own plans, reporting, funding, contacts. Reporting duties the part's words do not state are printed as its sentences; the rest is not printed.
 * 
 */
export interface FactsInput {
focalAgency?: IdInput
/**
 * Mã các cơ quan phải xây dựng kế hoạch, hoặc {agencies, time}. — Agencies that must issue their own plans, or {agencies, time}.
 */
ownPlans?: (AgencyRefsInput | OwnPlansInput)
reporting?: ReportingInput
funding?: TextInput
contacts?: TextInput
}
/**
 * Các cơ quan phải xây dựng kế hoạch triển khai và hạn. — Who must issue their own implementing plan, and by when.
 * 
 */
export interface OwnPlansInput {
agencies: AgencyRefsInput
time?: TimeInput
}
/**
 * Ai báo cáo, gửi ai, qua đâu, các kỳ và hạn. — Who reports to whom, through which body, the periods and deadlines.
 * 
 */
export interface ReportingInput {
reporters?: AgencyRefsInput
to?: IdInput
via?: IdInput
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
periods: ReportPeriodInput[]
}
/**
 * Một kỳ báo cáo: tên, khoảng số liệu, hạn nộp. — One report: label, data window, due date.
 * 
 */
export interface ReportPeriodInput {
id?: IdInput
/**
 * Ví dụ Quý I, 6 tháng, năm. — e.g. Quý I.
 */
label: string
/**
 * Khoảng thời gian lấy số liệu. — The period the report covers.
 */
window?: {
from: DayMonthInput
to: DayMonthInput
}
due?: DayMonthInput
reporters?: AgencyRefsInput
to?: IdInput
time?: TimeInput
}
/**
 * Ngày và tháng lặp lại hằng năm; có thể thuộc năm trước hoặc một năm cụ thể. — A day and month, optionally of the previous year or of a given year.
 * 
 */
export interface DayMonthInput {
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
 * Với hạn: true (mặc định) là “trước ngày” (không tính ngày đó: ngày cuối cùng đúng hạn là ngày hôm trước), false là “chậm nhất ngày”. — For a deadline: true (default) means before that day (exclusive), false means by that day.
 */
before?: boolean
}
/**
 * Khối chữ ký: các dòng thẩm quyền xếp chồng (TM. … / KT. …), chức danh, họ tên. — The signature block: stacked authority lines, titles, name.
 * 
 */
export interface SignatureInput {
/**
 * Các dòng thẩm quyền theo thứ tự, ví dụ [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH]. — Authority lines in order.
 * 
 * @maxItems 4
 */
authority?: AuthorityInput[]
/**
 * Một hoặc hai chức vụ xếp chồng, ví dụ [TRƯỞNG BAN, CHỦ TỊCH UBND TỈNH]. — One or two stacked titles.
 * 
 * @minItems 0
 * @maxItems 2
 */
titles?: string[]
/**
 * Họ tên người ký, không kèm học hàm, học vị. — The signer's name, without academic titles.
 */
name: string
}
/**
 * Một dòng thẩm quyền: TM. (thay mặt), KT. (ký thay), Q. (quyền), TL. (thừa lệnh), TUQ. (thừa ủy quyền) và tập thể/chức danh sau đó. — One authority line: TM./KT./Q./TL./TUQ. and the body or title after it.
 * 
 */
export interface AuthorityInput {
/**
 * TM (thay mặt tập thể), KT (ký thay), Q (quyền), TL (thừa lệnh), TUQ (thừa ủy quyền). — TM, KT, Q, TL or TUQ.
 */
type: ("TM" | "KT" | "Q" | "TL" | "TUQ")
/**
 * Ví dụ “ỦY BAN NHÂN DÂN”, “CHỦ TỊCH”. — e.g. “ỦY BAN NHÂN DÂN”, “CHỦ TỊCH”.
 */
of?: string
}
/**
 * Danh sách nơi nhận và dòng lưu. — The recipients and the archive line.
 * 
 */
export interface RecipientsInput {
/**
 * Các dòng nơi nhận theo thứ tự. — Recipient lines in order.
 * 
 * @minItems 1
 * @maxItems 100
 */
to: RecipientInput[]
/**
 * Nội dung sau “Lưu:”, ví dụ “VT, NC (Loan)”. — What follows “Lưu:”, e.g. “VT, NC (Loan)”.
 */
archive: string
}
/**
 * Một dòng nơi nhận. — One recipient line.
 * 
 */
export interface RecipientInput {
/**
 * Tên nơi nhận như in ra. — The recipient as printed.
 */
name?: string
agency?: IdInput
/**
 * Ví dụ “báo cáo”, “để báo cáo” — in trong ngoặc. — e.g. “báo cáo”, printed in parentheses.
 */
purpose?: string
}
/**
 * Một phụ lục: tiêu đề, dòng “(Kèm theo …)” sinh tự động, nội dung có đánh số riêng, khổ trang. — An appendix: title, the generated “(Kèm theo …)” line, its own numbering, orientation.
 * 
 */
export interface AppendixInput {
id?: IdInput
/**
 * Tên phụ lục. — The appendix title.
 */
title: string
text?: TextInput
itemStyle?: ItemStyleInput
/**
 * Nội dung của phụ lục: đoạn văn, khoản, khối nhiệm vụ, bảng. — The appendix's blocks.
 * 
 * @maxItems 500
 */
items?: BlockInput[]
/**
 * In khổ ngang (bảng rộng). — Print landscape.
 */
landscape?: boolean
/**
 * Mặc định “Kèm theo”; ví dụ “Ban hành kèm theo”. — Default “Kèm theo”; e.g. “Ban hành kèm theo”.
 */
attachedLead?: string
/**
 * Các ý kiến góp ý khi rà soát dự thảo; không in trong văn bản. — Review notes on a draft; not printed.
 * 
 * @minItems 1
 * @maxItems 200
 */
review?: ReviewNoteInput[]
}
/**
 * Kế hoạch cấp trên mà kế hoạch này nhân bản từ đó. — The higher plan this one was cloned from.
 * 
 */
export interface ParentLinkInput {
/**
 * Trích yếu kế hoạch cấp trên. — Its title.
 */
title: string
/**
 * Ví dụ 15/KH-UBND. — e.g. 15/KH-UBND.
 */
number?: string
date?: DateInput
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
/**
 * true: một nhiệm vụ của cấp dưới chỉ nêu trong một đoạn văn của kế hoạch cấp trên (không phải dữ liệu nhiệm vụ); id có dạng text:<mục>. — true: a duty of the lower level stated only in a paragraph of the parent; its id is text:<ref>.
 */
text?: boolean
/**
 * true: nhiệm vụ không nêu cơ quan nào (hoặc cơ quan không ánh xạ được) nên không biết có thuộc cấp này không; độ phủ tính cả nhiệm vụ này. — true: the task names no agency that could be mapped, so whether it falls to this level is unknown; coverage counts it.
 */
unclassified?: boolean
}[]
}
/**
 * Các văn bản đi cùng kế hoạch, soạn từ chính dữ liệu của kế hoạch: Tờ trình của cơ quan soạn thảo, Quyết định ban hành (kế hoạch in “Ban hành kèm theo Quyết định số …”), công văn triển khai. `kehoach dossier` ghi tất cả. — The documents that go with the plan, made from its data: the drafting body's Tờ trình, the Quyết định that promulgates it (the plan then prints “Ban hành kèm theo Quyết định số …”), the công văn that sends it; `kehoach dossier` writes them all.
 * 
 */
export interface DossierInput {
/**
 * Tờ trình của cơ quan soạn thảo đề nghị ban hành kế hoạch (Mẫu 1.4, Kính gửi cơ quan ban hành). — The drafting body's Tờ trình.
 */
submission?: {
agency: IdInput
/**
 * Chữ viết tắt tên cơ quan soạn thảo trong ký hiệu, ví dụ SNV (ký hiệu TTr-SNV). — The drafting body's abbreviation in the symbol, e.g. SNV.
 */
abbreviation: string
/**
 * Chức danh người đứng đầu cơ quan soạn thảo trong câu “Theo đề nghị của …”, ví dụ Giám đốc Sở Nội vụ; bỏ trống thì lấy theo loại cơ quan. — The head's title in “Theo đề nghị của …”; default by the body's kind.
 */
head?: string
/**
 * Số Tờ trình; bỏ trống khi là dự thảo. — The number; leave out for a draft.
 */
number?: number
date?: DateInput
need?: TextInput
signature?: SignatureInput
/**
 * Dòng “Lưu”, mặc định VT. — The archive line, default VT.
 */
archive?: string
}
/**
 * Quyết định ban hành kế hoạch (Mẫu 1.3): Điều 1 ban hành kèm theo, Điều 2 hiệu lực, Điều 3 các cơ quan chủ trì thi hành; kế hoạch in “Ban hành kèm theo Quyết định số …”. — The Quyết định that promulgates the plan.
 */
decision?: {
/**
 * Số Quyết định; bỏ trống khi là dự thảo. — The number; leave out for a draft.
 */
number?: number
date?: DateInput
effective?: DateInput
signature?: SignatureInput
/**
 * Các nơi nhận sau “Như Điều 3”. — Recipients after “Như Điều 3”.
 * 
 * @maxItems 50
 */
recipients?: string[]
/**
 * Dòng “Lưu”, mặc định VT và chữ viết tắt cơ quan soạn thảo. — The archive line.
 */
archive?: string
}
/**
 * Công văn gửi kế hoạch đến các cơ quan thực hiện (Mẫu 1.5). — The công văn that sends the plan down.
 */
dispatch?: {
/**
 * Số công văn; bỏ trống khi là dự thảo. — The number; leave out for a draft.
 */
number?: number
/**
 * Ký hiệu công văn (cơ quan và đơn vị soạn thảo), ví dụ UBND-VP. — The symbol, e.g. UBND-VP.
 */
symbol: string
date?: DateInput
/**
 * Danh sách Kính gửi; bỏ trống thì là các cơ quan chủ trì của kế hoạch. — The Kính gửi list; default the plan's lead bodies.
 * 
 * @minItems 1
 * @maxItems 50
 */
addressees?: string[]
text?: TextInput
signature?: SignatureInput
/**
 * Dòng “Lưu”, mặc định VT. — The archive line.
 */
archive?: string
}
}
