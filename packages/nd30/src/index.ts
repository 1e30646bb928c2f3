// The conventions of Nghị định 30/2020/NĐ-CP that kehoach prints and reads, each written once with
// a `format…` and a `parse…`: core prints with them, the importer parses with them, the checker
// detects with them, clone rewrites with them. The index holds each convention's format and parse
// and what the other packages use; the tables behind them stay in their files.

// Numbering sequences (Phụ lục I): Phần I, I., Điều 1., 1., 2.1., (1), a) … đ) … aa), -, +, *.
export { VIETNAMESE_LETTERS, vietnameseLetter } from './numbering/letters.js';
export { roman, romanValue } from './numbering/roman.js';
export { formatLabel, isUnnumbered, type LabelStyle } from './numbering/format-label.js';
export { parseLabel, readLabel, type ParsedLabel } from './numbering/parse-label.js';

// Dates: the header's `ngày 05 tháng 02 năm 2025`, the short `09/02/2021`, and whether a day exists.
export { daysInMonth, isRealDate, isoDate, isIsoDate, documentDate, weekdayOf } from './dates/calendar.js';
export { nd30Parts, formatHeaderDate, formatShortDate } from './dates/format-date.js';
export { parseDate, parseHeaderDate, parseShortDate, findNamedDays, type NamedDay } from './dates/parse-date.js';

// Time words: `Trước 15/10/2025`, `Trong quý II/2026`, `Thứ Năm hằng tuần, trước 11 giờ 00` …
export { spokenPeriodWords, spokenPeriodRange, pointWords, pointDay, parsePeriod, type TimePoint } from './time/periods.js';
export { formatTime, hourWords } from './time/format-time.js';
export { findTimes } from './time/find-times.js';
export { dueMonths } from './time/recurrence.js';
export { WEEKDAYS, REPORT_PERIODS, weekdayNumber, upperFirst } from './time/words.js';
export type { TimeRule, TimeMatch } from './time/parse-time.js';
export { parseTime } from './time/rules.js';
export { RECEIVED_TIME_RULES, RECEIVED_TIME_IN_TEXT } from './time/received-rules.js';

// Reporting duties: `Các cơ quan, đơn vị báo cáo kết quả thực hiện 6 tháng về Công an tỉnh trước ngày 15/6 hằng năm.`
export { formatReporting, parseReporting, formatReportDue, readReportDues, type ReportingWords, type ReportWords, type ReportYears } from './time/reporting.js';

// Citations of documents: the law family by name and date of adoption, every other type by number.
export { formatCitation, citeShort, type Citation } from './citations/format-citation.js';
export { parseCitation } from './citations/parse-citation.js';
export { findCitations, type FoundCitation } from './citations/find-citations.js';
export { withoutCitedDates } from './citations/cited-dates.js';
// The line under an attached document's title: `(Ban hành kèm theo Quyết định số … ngày … của …)`.
export { formatAttachedLine, parseAttachedLine } from './citations/attached-line.js';

// Attribution: `X chủ trì, phối hợp với Y`, `(X thực hiện)`, labelled lines.
export { AGENCY_HEAD, POSITION_HEAD, splitNames, joinNames, joinLabelled } from './attribution/names.js';
// Who a received plan names (issue 20): the sentence's subject, its partners, a by-agency heading, a table's doers.
export { startsWithBody, readNameList, findSubject, findPartners, type FoundSubject } from './attribution/subject.js';
export { parseAgencyHeading, type HeadingRoles } from './attribution/parse-heading.js';
export { findDoers } from './attribution/doers.js';
export { formatAttribution, agencyHeading, withTrailingParenthesis, type AttributionNames } from './attribution/format-attribution.js';
export { parseAttribution, type ParsedRoles } from './attribution/parse-attribution.js';
export { findAttribution, findSupport, type FoundAttribution } from './attribution/find-attribution.js';
export { formatLabelledLines, parseLabelledLine, type LabelledField, type LabelledLinesInput } from './attribution/labelled-lines.js';
export { formatTimeClause, splitTimeClause, joinClauses } from './attribution/time-clause.js';
export { nameKey, namesAgency, isAgencyName } from './attribution/name-match.js';

// Tone-mark placement: òa/óe/ủy (new) and oà/oé/uỷ (old) where the vowels end the syllable.
export { canonicalSpelling, canonicalTones, oldTones, spellingVariantsPattern, tonePlacement, toneVowels } from './spelling/tones.js';
export { properCase } from './spelling/proper-case.js';

// Headings: what a plan's heading is about (`Mục tiêu` → goals, `TỔ CHỨC THỰC HIỆN` → implementation).
export { HEADING_RULES, headingRole, type HeadingRole, type HeadingRule } from './headings/roles.js';

// Heads of bodies: `Giám đốc Sở Nội vụ`, `Chủ tịch Ủy ban nhân dân các xã` (a Quyết định's executing article).
export { formatHeadOf, parseHeadOf } from './heads/head-of-body.js';

// Độ mật and độ khẩn (Phụ lục I): printed under the number, read back by the importer.
export { MARKS, DRAFT_MARK, formatMarks, parseMark, formatDraftMark, parseDraftMark, type Marks } from './marks/marks.js';
