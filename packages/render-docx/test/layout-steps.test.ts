// The steps of renderPrintedDocx, each on its own: the data of every template tag, the section breaks.
import { expect, test } from 'vitest';
import { printDocument } from 'kehoach';
import { TEMPLATE_TAGS } from '../src/template-tags.js';
import { appendixWithMarks, withSectionBreaks } from '../src/layout/sections.js';
import { TAG_VALUES, templateData } from '../src/layout/template-data.js';
import { loadExample } from '../../../test/helpers.js';

test('every template tag has its value, and every value its tag', () => {
  expect(Object.keys(TAG_VALUES).sort()).toEqual(Object.keys(TEMPLATE_TAGS).sort());
});

test('the data of a công văn: V/v and Kính gửi, no type line; header lines fitted to their column', () => {
  const printed = printDocument(loadExample('phu-tho-2025-cong-van-dich-vu-cong'));
  const { data, diagnostics } = templateData(printed, '', { count: 0 }, { file: 'cv.yaml', path: '', line: 1, column: 1 });
  expect(diagnostics).toEqual([]);
  expect(data).toMatchObject({ hasSubject: true, isCongVan: true, hasTypeLine: false, isKeHoach: false, typeLine: '', hasAddressees: true });
  expect(String(data.subject)).toMatch(/^V\/v /);
});

test('a header line too long for its column is a diagnostic at the issuer\'s header lines, in the plan\'s file', () => {
  const printed = printDocument(loadExample('lang-son-2019'));
  const long = { ...printed, header: { ...printed.header, issuerLines: ['ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'] } };
  const { diagnostics } = templateData(long, '', { count: 0 }, { file: 'ls.yaml', path: '', line: 1, column: 1 });
  expect(diagnostics.map((d) => [d.code, d.file, d.path])).toEqual([['HEADER_LINE_TOO_LONG', 'ls.yaml', '/issuer/headerLines']]);
});

test('appendices become sections: each mark ends the section before it, the last takes the appendix\'s orientation', () => {
  const sect = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134"/></w:sectPr>';
  const sections = [{ xml: '<w:p>A</w:p>', landscape: false }, { xml: '<w:p>B</w:p>', landscape: true }];
  const xml = `<w:body><w:p>plan</w:p>${appendixWithMarks(sections)}${sect}</w:body>`;
  const out = withSectionBreaks(xml, sections);
  expect(out).not.toContain('KEHOACH-SECTION-BREAK');
  expect(out.match(/<w:sectPr/g)).toHaveLength(3);
  // The document's last section is the landscape appendix B.
  expect(out.slice(out.lastIndexOf('<w:sectPr'))).toMatch(/w:orient="landscape"/);
  expect(withSectionBreaks(xml, [])).toBe(xml);
});
