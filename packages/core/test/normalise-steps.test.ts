// The steps of normalise, each on its own.
import { describe, expect, test } from 'vitest';
import { documentKind } from '@kehoach/core';
import type { PlanInput } from '@kehoach/schema';
import { agencyTable } from '../src/normalise/agencies.js';
import { identityOf, issuerOf, recipientsOf } from '../src/normalise/header.js';
import { gatherImplementation } from '../src/normalise/implementation.js';
import { citedDocuments, openingParagraphs } from '../src/normalise/opening.js';
import { buildOutline } from '../src/normalise/outline.js';

const input = (more: Partial<PlanInput> = {}): PlanInput => ({
  schemaVersion: 2,
  issuer: { name: 'Ủy ban nhân dân tỉnh Tuyên Quang', abbreviation: 'UBND', place: 'Tuyên Quang', agency: 'ubnd' },
  title: 'Thử',
  agencies: {
    ubnd: { name: 'Ủy ban nhân dân tỉnh Tuyên Quang', level: 'tinh', kind: 'ubnd' },
    ca: { name: 'Công an tỉnh', shortName: 'CA tỉnh', level: 'tinh', kind: 'cong-an' },
    yt: { name: 'Sở Y tế' },
  },
  body: [{ title: 'NHIỆM VỤ', items: [{ tasks: { layout: 'by-agency', groups: [{ lead: 'ca', tasks: [{ id: 't1', text: 'Tuyên truyền.' }] }] } }] }],
  ...more,
} as PlanInput);

test('agencies: names in NFC, defaults filled, undeclared references dropped', () => {
  const t = agencyTable(input());
  expect(t.agencies.yt).toEqual({ id: 'yt', name: 'Sở Y tế', shortName: 'Sở Y tế', kind: 'khac', aliases: [] });
  expect(t.resolve(['ca', 'khong-co', 'yt']).map((a) => a.id)).toEqual(['ca', 'yt']);
  expect(t.one(undefined)).toBeUndefined();
});

describe('the opening', () => {
  const bases: PlanInput['opening'] = {
    bases: [
      { references: [{ id: 'qd', type: 'Quyết định', number: '193/QĐ-TTg', date: '2021-02-09', issuer: 'Thủ tướng Chính phủ', subject: 'về phát triển' }] },
      { lead: 'Thực hiện', references: [{ type: 'Luật', subject: 'Phòng cháy, chữa cháy', date: '2024-11-29' }] },
    ],
    closing: 'Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:',
  };
  test('each basis cited in its type\'s form, ending in “;”, then the enacting formula', () => {
    expect(openingParagraphs(bases)).toEqual([
      'Căn cứ Quyết định số 193/QĐ-TTg ngày 09/02/2021 của Thủ tướng Chính phủ về phát triển;',
      'Thực hiện Luật Phòng cháy, chữa cháy ngày 29 tháng 11 năm 2024;',
      'Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:',
    ]);
  });
  test('the cited documents, and their short citation by id', () => {
    const d = citedDocuments(input({ opening: bases }));
    expect(d.references.map((r) => r.citation)).toHaveLength(2);
    expect(d.byId.get('qd')).toBe('Quyết định số 193/QĐ-TTg');
  });
});

describe('the header', () => {
  test('a plan without both number and date is a draft; the symbol is the kind\'s and the issuer\'s', () => {
    expect(identityOf(input({ number: 15 }), documentKind('ke-hoach'))).toMatchObject({ draft: true, symbol: 'KH-UBND', typeLine: 'KẾ HOẠCH' });
    expect(identityOf(input({ number: 15, date: '2025-07-24' }), documentKind('ke-hoach'))).toMatchObject({ draft: false, number: 15, date: '2025-07-24', year: 2025 });
    expect(identityOf(input({ symbol: 'UBND-VX' }), documentKind('cong-van'))).toMatchObject({ symbol: 'UBND-VX' });
    expect(identityOf(input(), documentKind('cong-van')).typeLine).toBeUndefined();
  });
  test('the issuer\'s header lines in upper case unless written; Nơi nhận by name or agency', () => {
    expect(issuerOf(input(), agencyTable(input()))).toMatchObject({ headerLines: ['ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG'], agency: { id: 'ubnd' } });
    const r = recipientsOf(input({ recipients: { to: [{ agency: 'ca', purpose: 'để thực hiện' }, { name: 'Như trên' }], archive: 'VT' } }), agencyTable(input()));
    expect(r?.to.map((x) => [x.name, x.purpose])).toEqual([['Công an tỉnh', 'để thực hiện'], ['Như trên', undefined]]);
  });
});

test('the outline: numbered by the kind\'s body shape, tasks collected with their references', () => {
  const t = agencyTable(input());
  const sections = buildOutline(input(), t, 'sections', new Map());
  expect(sections.sections.map((s) => s.label)).toEqual(['I.']);
  expect(sections.tasks.map((x) => [x.id, x.ref, x.lead.map((a) => a.id)])).toEqual([['t1', 'I.1', ['ca']]]);
  expect(buildOutline(input(), t, 'articles', new Map()).sections.map((s) => s.label)).toEqual(['Điều 1.']);
});

test('implementation facts from wherever they are stated: the first focal agency, every report period', () => {
  const i = input({
    body: [
      { title: 'A', items: ['x'], facts: { focalAgency: 'ca', reporting: { to: 'ubnd', periods: [{ label: 'Quý I', due: { day: 15, month: 3 }, reporters: 'yt' }] } } },
      { title: 'B', items: ['y'], facts: { focalAgency: 'yt', ownPlans: ['yt', 'ca'] } },
    ],
  });
  const outline = buildOutline(i, agencyTable(i), 'sections', new Map());
  const impl = gatherImplementation(outline.facts, agencyTable(i));
  expect(impl.focalAgency?.id).toBe('ca');
  expect(impl.ownPlans.map((a) => a.id)).toEqual(['yt', 'ca']);
  expect(impl.reporting.map((p) => [p.id, p.ref, p.to?.id, p.reporters.map((a) => a.id), p.due])).toEqual([['quy-i', 'I', 'ubnd', ['yt'], { day: 15, month: 3, previousYear: false, before: true }]]);
});
