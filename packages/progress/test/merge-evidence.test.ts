import { expect, test } from 'vitest';
import { formatEvidence, mergeProgress, parseEvidenceList } from '../src/index.js';

test('evidence written in a cell and read back: documents by number and date, subjects, links; nothing of the cell dropped', () => {
  const doc = { number: '125/BC-SKHCN', date: '2026-03-10', title: 'Báo cáo kết quả quý I' };
  expect(formatEvidence(doc)).toBe('số 125/BC-SKHCN ngày 10/3/2026 (Báo cáo kết quả quý I)');
  expect(parseEvidenceList(formatEvidence(doc))).toEqual([doc]);
  expect(parseEvidenceList('Công văn số 45/UBND-VP ngày 5/4/2026\nhttps://x.gov.vn/a; Biên bản kiểm tra')).toEqual([
    { number: '45/UBND-VP', date: '2026-04-05', title: 'Công văn' },
    { link: 'https://x.gov.vn/a' },
    { title: 'Biên bản kiểm tra' },
  ]);
  // A date that does not exist is no document date: the words stay as the subject.
  expect(parseEvidenceList('số 1/BC ngày 31/02/2026')).toEqual([{ title: 'số 1/BC ngày 31/02/2026' }]);
});

test('merging into a new file writes the schema, the plan and items by short id, dates quoted', () => {
  const text = mergeProgress(undefined, [{ id: 'kh-ubnd-2026-x/nv-1/lead/so-tp', update: { date: '2026-05-02', status: 'dang-thuc-hien', percent: 30 }, cell: "'Tất cả'!P2" }], { key: 'kh-ubnd-2026-x', plan: 'kh.yaml' });
  expect(text).toBe([
    '$schema: https://cdn.jsdelivr.net/npm/@kehoach/schema@0/schemas/progress.schema.json',
    'plan: kh.yaml',
    'items:',
    '  nv-1/lead/so-tp:',
    '    updates:',
    '      - date: "2026-05-02"',
    '        status: dang-thuc-hien',
    '        percent: 30',
    '',
  ].join('\n'));
});

test('merging into a file keeps what it has, in date order, under the id as the file writes it (a comment after a key moves to the line below: yaml’s printer)', () => {
  const before = ['# tiến độ', 'items:', '  kh-ubnd-2026-x/nv-1/lead/so-tp:  # viết đủ mã', '    updates:', '      - { date: "2026-06-01", status: hoan-thanh }', ''].join('\n');
  const after = mergeProgress(before, [{ id: 'kh-ubnd-2026-x/nv-1/lead/so-tp', update: { date: '2026-05-02', status: 'dang-thuc-hien' }, cell: "'Tất cả'!P2" }], { key: 'kh-ubnd-2026-x' });
  expect(after).toBe([
    '# tiến độ',
    'items:',
    '  kh-ubnd-2026-x/nv-1/lead/so-tp:',
    '    # viết đủ mã',
    '    updates:',
    '      - date: "2026-05-02"',
    '        status: dang-thuc-hien',
    '      - { date: "2026-06-01", status: hoan-thanh }',
    '',
  ].join('\n'));
});
