import { describe, expect, test } from 'vitest';
import { loadPlan, statedFacts, type Agency, type OutlineNode } from '@kehoach/core';

// The team's own small plans (not real documents): what the data gives and the words do not say is printed once.

const agency = (id: string, name: string, aliases: string[] = []): Agency => ({ id, name, shortName: name, kind: 'chuyen-mon', aliases });
const CA = agency('ca', 'Công an xã');
const VP = agency('vp', 'Văn phòng Ủy ban nhân dân xã', ['Văn phòng xã']);
const DTN = agency('dtn', 'Đoàn Thanh niên xã');
const ALL = [CA, VP, DTN];

describe('statedFacts: what a task’s words already say', () => {
  const said = (text: string, data: Parameters<typeof statedFacts>[1]) => statedFacts([text], data, { year: 2026, agencies: ALL });

  test('the lead, the coordinating bodies (by any of their names, after “phối hợp”) and the time', () => {
    const s = said('Công an xã chủ trì, phối hợp với Văn phòng xã tuyên truyền, hoàn thành trước ngày 30/6.', { lead: [CA], support: [VP, DTN], requested: [], time: { before: '2026-06-30' } });
    expect({ lead: s.lead, support: s.support.map((a) => a.id), time: s.time, conflicts: s.conflicts }).toEqual({ lead: true, support: ['vp'], time: true, conflicts: [] });
  });

  test('a name in passing is not a coordinating body; a period naming a thing is not a time', () => {
    const s = said('Ban hành kế hoạch tuyên truyền năm 2026 gửi Văn phòng xã.', { lead: [CA], support: [VP], requested: [], time: { before: '2026-02-15' } });
    expect([s.lead, s.support, s.time, s.conflicts]).toEqual([false, [], false, []]);
  });

  test('another time, another declared lead: conflicts with their words and place', () => {
    const text = 'Tuyên truyền trên loa truyền thanh, hoàn thành trước ngày 15/3/2026 (Đoàn Thanh niên xã thực hiện).';
    const s = said(text, { lead: [CA], support: [], requested: [], time: { before: '2026-03-31' } });
    expect(s.conflicts.map(({ fact, said: w, data, index, length }) => ({ fact, w, data, at: text.slice(index, index + length) }))).toEqual([
      { fact: 'lead', w: 'Đoàn Thanh niên xã', data: 'Công an xã', at: 'Đoàn Thanh niên xã' },
      { fact: 'time', w: 'trước ngày 15/3/2026', data: 'Trước 31/3/2026', at: 'trước ngày 15/3/2026' },
    ]);
    expect([s.lead, s.time]).toEqual([true, true]);
  });

  test('words that say less of the time (“hằng tuần” for “thứ Tư hằng tuần”) leave the data to complete them, without a conflict', () => {
    const s = said('Phát bản tin phòng cháy hằng tuần.', { lead: [CA], support: [], requested: [], time: { every: 'week', weekday: 3 } });
    expect([s.time, s.conflicts]).toEqual([false, []]);
  });
});

/** A commune plan whose second section states its reporting as `text`, with `reporting` as data. */
const plan = (text: string, periods: string) => `
schemaVersion: 2
issuer: { name: Ủy ban nhân dân xã Tân Lập, abbreviation: UBND, place: Tân Lập, agency: ubnd-xa }
number: 3
date: "2026-01-05"
title: Tuyên truyền phòng, chống thiên tai năm 2026
period: { year: 2026 }
agencies:
  ubnd-xa: { name: Ủy ban nhân dân xã, level: xa, kind: ubnd }
  ca: { name: Công an xã, level: xa, kind: cong-an }
  vp: { name: Văn phòng xã, level: xa, kind: chuyen-mon }
body:
  - title: NHIỆM VỤ
    items: [ Tuyên truyền trên hệ thống loa truyền thanh các thôn. ]
  - title: TỔ CHỨC THỰC HIỆN
    items: [ "${text}" ]
    facts:
      reporting:
        reporters: [ ca, vp ]
        to: ubnd-xa
        periods: ${periods}
`;
const section = (yaml: string): string[] => {
  const { plan: p, diagnostics } = loadPlan(yaml, { file: 'xa.yaml' });
  if (!p) throw new Error(JSON.stringify(diagnostics));
  const words = (n: OutlineNode): string[] => [...n.paragraphs.map((x) => `${n.label} ${x}`.trim()), ...n.children.flatMap(words)];
  return words(p.sections[1]!);
};

describe('reporting duties given as data are printed where the words do not state them', () => {
  const periods = '[ { id: sau-thang, label: 6 tháng, due: { day: 15, month: 6 } }, { id: nam, label: năm, due: { day: 15, month: 12 } } ]';

  test('none stated: one sentence with every report, after the section’s words', () => {
    expect(section(plan('Các đơn vị tổ chức thực hiện Kế hoạch này.', periods))).toEqual([
      '1. Các đơn vị tổ chức thực hiện Kế hoạch này.',
      '2. Công an xã, Văn phòng xã báo cáo kết quả thực hiện về Ủy ban nhân dân xã: 6 tháng trước ngày 15/6/2026; năm trước ngày 15/12/2026.',
    ]);
  });

  test('one stated: the other only', () => {
    expect(section(plan('Các đơn vị báo cáo kết quả 6 tháng trước ngày 15/6/2026.', periods))).toEqual([
      '1. Các đơn vị báo cáo kết quả 6 tháng trước ngày 15/6/2026.',
      '2. Công an xã, Văn phòng xã báo cáo kết quả thực hiện năm về Ủy ban nhân dân xã trước ngày 15/12/2026.',
    ]);
  });

  test('all stated: nothing added; words that give another day: nothing added either (check reports it)', () => {
    expect(section(plan('Các đơn vị báo cáo 6 tháng trước ngày 15/6, báo cáo năm trước ngày 15/12.', periods))).toHaveLength(1);
    expect(section(plan('Các đơn vị báo cáo 6 tháng trước ngày 20/6.', periods))).toHaveLength(1);
  });

  test('a monthly report: its time in words', () => {
    expect(section(plan('Các đơn vị tổ chức thực hiện Kế hoạch này.', '[ { id: thang, label: tháng, time: { every: month, day: 25 } } ]'))[1]).toBe(
      '2. Công an xã, Văn phòng xã báo cáo kết quả thực hiện về Ủy ban nhân dân xã trước ngày 25 hằng tháng.',
    );
  });
});
