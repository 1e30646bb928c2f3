import { describe, expect, test } from 'vitest';
import { citeShort, findCitations, formatCitation, parseCitation, type Citation } from '@kehoach/nd30';
import { DOCUMENT_TYPES, LAW_FAMILY } from '../src/citations/types.js';

const NUMBERS = [undefined, '193/QĐ-TTg', '57-NQ/TW', '2593/TTr-CAT-PTM(CS)', '32/2020/TT-BGDĐT', '03/KH-BTP'];
const DATES = [undefined, '2021-02-09', '2025-06-13', '2025-12-26', '2024-01-01'];
const ISSUERS = [undefined, 'Thủ tướng Chính phủ', 'Bộ Chính trị', 'Ban Chỉ đạo Phòng, chống tội phạm của Chính phủ', 'Ủy ban nhân dân phường Hòa Khánh', 'Bộ trưởng Bộ Giáo dục và Đào tạo'];
const SUBJECTS = [undefined, 'về việc phê duyệt Chương trình phòng, chống mua bán người giai đoạn 2021 - 2025', 'về đột phá phát triển khoa học, công nghệ', 'ban hành Điều lệ trường trung học cơ sở', 'thực hiện nhiệm vụ năm học 2025 - 2026'];
const LAW_NAMES = [undefined, 'Phòng cháy, chữa cháy', 'Tổ chức chính quyền địa phương', 'Ban hành văn bản quy phạm pháp luật', 'nước Cộng hòa xã hội chủ nghĩa Việt Nam'];

/** Only the fields that are there, as a plan writes a reference. */
const citation = (o: Record<string, string | undefined>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Citation;

describe('parseCitation(formatCitation(r)) gives r back, each type family in its own form', () => {
  test.each(LAW_FAMILY.map((t) => [t]))('%s: the name, then the date of adoption in words', (type) => {
    for (const name of LAW_NAMES) {
      for (const date of DATES) {
        const r = citation({ type, name, date });
        const words = formatCitation(r);
        expect(words).not.toMatch(/ số | của /);
        expect({ words, r: parseCitation(words) }).toEqual({ words, r });
      }
    }
    // Number and issuer are data of the law; its citation names it and its date of adoption only.
    expect(formatCitation({ type, name: 'Phòng cháy, chữa cháy và cứu nạn, cứu hộ', date: '2024-11-29', number: '55/2024/QH15', issuer: 'Quốc hội' })).toBe(`${type} Phòng cháy, chữa cháy và cứu nạn, cứu hộ ngày 29 tháng 11 năm 2024`);
    // Older data gives the name as the subject: it prints the same.
    expect(formatCitation({ type, subject: 'Phòng cháy, chữa cháy', date: '2024-11-29' })).toBe(`${type} Phòng cháy, chữa cháy ngày 29 tháng 11 năm 2024`);
  });

  test.each(DOCUMENT_TYPES.filter((t) => !LAW_FAMILY.includes(t)).map((t) => [t]))('%s: number, date, issuer, subject', (type) => {
    for (const number of NUMBERS) {
      for (const date of DATES) {
        for (const issuer of ISSUERS) {
          for (const subject of SUBJECTS) {
            const r = citation({ type, number, date, issuer, subject });
            const words = formatCitation(r);
            expect({ words, r: parseCitation(words) }).toEqual({ words, r });
          }
        }
      }
    }
  });

  test('the forms as plans print them', () => {
    expect(formatCitation({ type: 'Quyết định', number: '193/QĐ-TTg', date: '2021-02-09', issuer: 'Thủ tướng Chính phủ', subject: 'về việc phê duyệt Chương trình' })).toBe(
      'Quyết định số 193/QĐ-TTg ngày 09/02/2021 của Thủ tướng Chính phủ về việc phê duyệt Chương trình',
    );
    expect(citeShort({ type: 'Quyết định', number: '193/QĐ-TTg' })).toBe('Quyết định số 193/QĐ-TTg');
    expect(citeShort({ type: 'Luật', name: 'Đất đai' })).toBe('Luật Đất đai');
    expect(citeShort({ type: 'Luật', subject: 'Đất đai' })).toBe('Luật Đất đai');
    // Today's examples cite a law with its date in the subject: it prints the same, and reads back structured.
    expect(formatCitation({ type: 'Luật', subject: 'Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012' })).toBe('Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012');
    expect(parseCitation('Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012')).toEqual({ type: 'Luật', name: 'Phổ biến, giáo dục pháp luật', date: '2012-06-20' });
    expect(parseCitation('Kế hoạch số 02/KH-BCĐ ngày 3/1/2019 của Ban Chỉ đạo 138/CP')).toEqual({ type: 'Kế hoạch', number: '02/KH-BCĐ', date: '2019-01-03', issuer: 'Ban Chỉ đạo 138/CP' });
    expect(parseCitation('Tổ chức tuyên truyền')).toBeUndefined();
  });
});

describe('findCitations: the documents a paragraph cites', () => {
  test('type, number, date, issuer, subject and the words of each', () => {
    const text = 'Căn cứ Công văn 4503/TCT ngày 07/7/2025 và Công văn số 3169/TCT06 ngày 16/7/2025 của Tổ công tác triển khai Đề án 06 về việc triển khai một số nhiệm vụ trọng tâm.';
    expect(findCitations(text)).toEqual([
      { type: 'Công văn', text: 'Công văn 4503/TCT ngày 07/7/2025', number: '4503/TCT', date: '2025-07-07', index: 7 },
      { type: 'Công văn', text: 'Công văn số 3169/TCT06 ngày 16/7/2025 của Tổ công tác triển khai', number: '3169/TCT06', date: '2025-07-16', issuer: 'Tổ công tác triển khai', index: 43 },
    ]);
    expect(findCitations('Căn cứ Luật Hòa giải ở cơ sở ngày 20 tháng 6 năm 2013;')).toMatchObject([{ type: 'Luật', date: '2013-06-20', subject: 'Hòa giải ở cơ sở' }]);
    expect(findCitations('Xây dựng Kế hoạch 2026 của đơn vị')).toEqual([]);
  });
});
