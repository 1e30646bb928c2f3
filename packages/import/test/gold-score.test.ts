/**
 * The scoring of `pnpm corpus` (scripts/gold.mjs) against ../shared/docs/gold-format.md, on a small plan
 * and gold of the team's own: who must do a duty (lead and the bodies asked), a table row of a split task
 * as its own duty, a body item restated by an appendix row, a recurrence without a day, and a cited
 * document's date counted as invented. Reads the built package (pnpm test builds first).
 */
import { describe, expect, test } from 'vitest';
import { loadPlan } from '@kehoach/core';
import { deadlineRight, scoreImport } from '../scripts/gold.mjs';

const PLAN = `schemaVersion: 2
issuer: { name: Ủy ban nhân dân xã An Bình, abbreviation: UBND, place: An Bình }
number: 12
date: 2026-01-05
title: Phòng chống thiên tai năm 2026
period: { year: 2026 }
agencies:
  ca: { name: Công an xã, level: xa, kind: cong-an }
  vh: { name: Phòng Văn hóa - Xã hội, level: xa, kind: chuyen-mon }
  mttq: { name: Ủy ban Mặt trận Tổ quốc Việt Nam xã, level: xa, kind: mttq-doan-the }
body:
  - title: NHIỆM VỤ
    items:
      - tasks:
          tasks:
            - { id: a, text: Rà soát các hộ dân ở vùng trũng thấp., lead: ca }
            - { id: b, text: Tuyên truyền cho người dân cách phòng tránh lũ., requested: mttq }
            - { id: c, text: Báo cáo kết quả về Ủy ban nhân dân xã theo Kế hoạch số 5/KH-UBND ngày 02/01/2026., lead: vh, time: { on: "2026-01-02" } }
            - { id: d, text: Họp giao ban cuối tháng., lead: vh, time: { every: month } }
appendices:
  - title: PHÂN CÔNG
    items:
      - table:
          kind: tasks
          columns:
            - { title: Nhiệm vụ, field: text }
            - { title: Sản phẩm, field: output }
            - { title: Chủ trì, field: lead }
          rows:
            - { id: e, text: Rà soát các hộ dân ở vùng trũng thấp., lead: vh }
            - id: f
              text: Diễn tập phương án sơ tán.
              lead: ca
              parts:
                - { output: Phương án diễn tập }
                - { output: Báo cáo kết quả diễn tập, lead: vh }
`;

const plan = () => {
  const r = loadPlan(PLAN, { file: 'plan.yaml' });
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return r.plan!;
};
const gold = (tasks: object[]) => ({ document: {}, tasks, reports: [] });

describe('scoring an import against gold', () => {
  test('a duty asked of a body (đề nghị) is right when the body is asked, whether gold also lists it as lead', () => {
    const s = scoreImport(plan(), gold([{ at: '2', starts: 'Tuyên truyền cho người dân', lead: ['Ủy ban Mặt trận Tổ quốc Việt Nam xã'], requested: ['Ủy ban Mặt trận Tổ quốc Việt Nam xã'], support: [], deadline: null }]));
    expect([s.withLead, s.leadRight]).toEqual([1, 1]);
    const directed = scoreImport(plan(), gold([{ at: '2', starts: 'Tuyên truyền cho người dân', lead: ['Ủy ban Mặt trận Tổ quốc Việt Nam xã'], requested: [], support: [], deadline: null }]));
    expect(directed.leadRight).toBe(0);
  });
  test('a body item restated by an appendix row: gold at “PL …” takes the row', () => {
    const s = scoreImport(plan(), gold([{ at: 'PL, TT 1', starts: 'Rà soát các hộ dân', lead: ['Phòng Văn hóa - Xã hội'], requested: [], support: [], deadline: null }]));
    expect([s.found, s.leadRight]).toEqual([1, 1]);
    const body = scoreImport(plan(), gold([{ at: '1', starts: 'Rà soát các hộ dân', lead: ['Công an xã'], requested: [], support: [], deadline: null }]));
    expect([body.found, body.leadRight]).toEqual([1, 1]);
  });
  test('the second row of a split task is a duty of its own, found by its output, with its own lead', () => {
    const s = scoreImport(plan(), gold([{ at: 'PL, TT 2 (dòng 2)', starts: 'Báo cáo kết quả diễn tập', lead: ['Phòng Văn hóa - Xã hội'], requested: [], support: [], deadline: null }]));
    expect([s.found, s.leadRight]).toEqual([1, 1]);
  });
  test('a cited document’s date taken as a deadline is invented even where gold states a date', () => {
    const s = scoreImport(plan(), gold([{ at: '3', starts: 'Báo cáo kết quả về', lead: ['Phòng Văn hóa - Xã hội'], requested: [], support: [], deadline: { text: 'trong tháng 3/2026', by: '2026-03-31' } }]));
    expect([s.withDate, s.deadlineRight, s.invented]).toEqual([1, 0, 1]);
  });
  test('“hằng tháng” without a day: right only when the checklist repeats it without a day', () => {
    const s = scoreImport(plan(), gold([{ at: '4', starts: 'Họp giao ban', lead: ['Phòng Văn hóa - Xã hội'], requested: [], support: [], deadline: { every: 'month', text: 'hằng tháng' } }]));
    expect([s.withDate, s.deadlineRight, s.invented]).toEqual([1, 1, 0]);
    const invented = [{ kind: 'task', recurrence: 'month', due: '2026-01-25', start: null, window: null }];
    expect(deadlineRight({ every: 'month', text: 'hằng tháng' }, invented)).toBe(false);
    expect(deadlineRight({ every: 'year', month: 1, day: 31, before: true }, [{ kind: 'task', recurrence: 'year', due: '2026-02-28', start: null, window: null }])).toBe(false);
    expect(deadlineRight({ every: 'year', month: 1, day: 31, before: true }, [{ kind: 'task', recurrence: 'year', due: '2026-01-30', start: null, window: null }])).toBe(true);
  });
});
