import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { deriveChecklist } from '@kehoach/checklist';
import { loadPlan } from '@kehoach/core';
import { dueReminders, dutyStatus, loadProgress, planSections, statusReport, type Progress } from '../src/index.js';

// The team's example plan (Quảng Trị, chuyển đổi số 2026) with the progress file written for it
// (examples/tracking): one duty per status of the vocabulary, as of a date, and the rules behind them.

const ROOT = new URL('../../../', import.meta.url).pathname;
const { plan } = loadPlan(readFileSync(`${ROOT}examples/quang-tri-2026-chuyen-doi-so.yaml`, 'utf8'), { file: 'quang-tri.yaml' });
const { checklist } = deriveChecklist(plan!);
const key = checklist.items[0]!.id.split('/')[0]!;
const loaded = loadProgress(readFileSync(`${ROOT}examples/tracking/quang-tri-2026-chuyen-doi-so.progress.yaml`, 'utf8'), 'p.yaml', { checklist });
const progress = loaded.progress!;

const statusOn = (asOf: string, short: string) => {
  const d = statusReport(checklist, progress, { asOf, section: planSections(plan!) }).duties.find((x) => x.id === `${key}/${short}`);
  if (!d) throw new Error(`no item ${short}`);
  return d;
};

test('the example progress file loads clean, its ids resolved to the checklist’s', () => {
  expect(loaded.diagnostics).toEqual([]);
  expect(Object.keys(progress.items).every((id) => id.startsWith(`${key}/`))).toBe(true);
  expect(Object.keys(progress.items)).toHaveLength(8);
});

describe('one duty per status, as of 3 June 2026', () => {
  const on = (short: string) => statusOn('2026-06-03', short);
  test('đã hoàn thành đúng hạn: the January report done on the 3rd, due before the 5th', () => {
    expect(on('dvc-toan-trinh/2026-02-05/lead/van-phong-ubnd')).toMatchObject({ status: 'done-on-time', label: 'đã hoàn thành đúng hạn', completed: '2026-02-03' });
  });
  test('đã hoàn thành quá hạn: done on the 5th of a “trước ngày 05” deadline', () => {
    expect(on('dvc-toan-trinh/2026-03-05/lead/van-phong-ubnd')).toMatchObject({ status: 'done-late', label: 'đã hoàn thành quá hạn', completed: '2026-03-05', lastDayOnTime: '2026-03-04' });
  });
  test('chưa hoàn thành quá hạn: nothing reported, and in progress but past its deadline', () => {
    expect(on('dvc-toan-trinh/2026-04-05/lead/van-phong-ubnd')).toMatchObject({ status: 'overdue', label: 'chưa hoàn thành quá hạn', update: null, daysLeft: -60 });
    const late = on('dvc-toan-trinh/2026-05-05/lead/van-phong-ubnd');
    expect(late).toMatchObject({ status: 'overdue', update: { status: 'dang-thuc-hien', percent: 70 } });
  });
  test('chưa hoàn thành trong hạn: open and before its deadline, with and without a report', () => {
    expect(on('ha-tang-kho-du-lieu/support/ubnd-xa-phuong')).toMatchObject({ status: 'in-time', label: 'chưa hoàn thành trong hạn', daysLeft: 27 });
    expect(on('kts-san-thuong-mai/lead/so-cong-thuong')).toMatchObject({ status: 'in-time', update: { percent: 40 } });
  });
  test('sắp đến hạn: the June occurrence, due before 5 June, its last day the 4th', () => {
    expect(on('dvc-toan-trinh/2026-06-05/lead/van-phong-ubnd')).toMatchObject({ status: 'due-soon', label: 'sắp đến hạn', daysLeft: 1, soon: true });
    expect(on('bao-cao/sau-thang/2026/ubnd-xa-phuong')).toMatchObject({ status: 'due-soon', daysLeft: 6 });
  });
  test('chưa đến hạn: a recurrence’s later occurrence opens when the one before is due; a duty with a start opens then', () => {
    expect(on('dvc-toan-trinh/2026-07-05/lead/van-phong-ubnd')).toMatchObject({ status: 'not-due', label: 'chưa đến hạn', opens: '2026-06-05' });
    expect(on('ha-tang-kho-du-lieu/thuong-xuyen/lead/so-khcn')).toMatchObject({ status: 'not-due', opens: '2026-06-30' });
  });
  test('thường xuyên: no deadline, never quá hạn — not even years later', () => {
    expect(on('xhs-to-cong-nghe/lead/ubnd-xa-phuong')).toMatchObject({ status: 'ongoing', label: 'thường xuyên', due: null });
    expect(statusOn('2029-12-31', 'xhs-to-cong-nghe/lead/ubnd-xa-phuong').status).toBe('ongoing');
    expect(statusOn('2026-07-01', 'ha-tang-kho-du-lieu/thuong-xuyen/lead/so-khcn').status).toBe('ongoing');
  });
  test('tạm dừng: paused from 1 May with no end; a pause that ended leaves the duty as it was', () => {
    expect(on('ha-tang-song-di-dong/support/doanh-nghiep-vien-thong')).toMatchObject({ status: 'paused', label: 'tạm dừng', pause: { from: '2026-05-01' } });
    expect(statusOn('2026-03-15', 'ha-tang-song-di-dong/lead/so-khcn').status).toBe('paused');
    expect(on('ha-tang-song-di-dong/lead/so-khcn').status).toBe('in-time');
  });
  test('đã gia hạn: the new deadline in force, the plan’s kept', () => {
    expect(on('ha-tang-kho-du-lieu/lead/so-khcn')).toMatchObject({
      status: 'extended', label: 'đã gia hạn', due: '2026-09-30', dueKind: 'by', planDue: '2026-06-30', extension: { grantedBy: { number: '1234/UBND-KT' } },
    });
  });
});

describe('extensions and time', () => {
  const id = 'ha-tang-kho-du-lieu/lead/so-khcn';
  test('an extension is seen from its document’s date: before it, the plan’s deadline holds', () => {
    expect(statusOn('2026-05-04', id)).toMatchObject({ status: 'in-time', due: '2026-06-30', extension: null });
    expect(statusOn('2026-05-05', id)).toMatchObject({ status: 'extended', due: '2026-09-30' });
  });
  test('past the extended deadline it is overdue; done after the plan’s deadline but within the extension is on time', () => {
    expect(statusOn('2026-10-01', id).status).toBe('overdue');
    const item = checklist.items.find((i) => i.id === `${key}/${id}`)!;
    const p = progress.items[item.id]!;
    const done = { ...p, updates: [...p.updates!, { date: '2026-08-15', status: 'hoan-thanh' as const }] };
    expect(dutyStatus(item, done, { asOf: '2026-09-01' })).toMatchObject({ status: 'done-on-time', completed: '2026-08-15' });
    expect(dutyStatus(item, { updates: done.updates }, { asOf: '2026-09-01' }).status).toBe('done-late');
  });
  test('updates after the date are not seen', () => {
    expect(statusOn('2026-06-03', 'bao-cao/sau-thang/2026/cac-so-nganh').status).toBe('done-on-time');
    expect(statusOn('2026-05-31', 'bao-cao/sau-thang/2026/cac-so-nganh').status).toBe('in-time');
  });
  test('the soon window is an option', () => {
    const r = statusReport(checklist, progress, { asOf: '2026-06-03', soonDays: 30 });
    expect(r.duties.find((d) => d.id === `${key}/ha-tang-kho-du-lieu/support/ubnd-xa-phuong`)!.status).toBe('due-soon');
  });
});

describe('counts and reminders', () => {
  const r = statusReport(checklist, progress, { asOf: '2026-06-03', section: planSections(plan!) });
  test('counts per status add up, per agency and per section too', () => {
    expect(r.counts).toMatchObject({ total: 57, 'done-on-time': 2, 'done-late': 1, 'in-time': 11, overdue: 10, 'not-due': 23, 'due-soon': 4, ongoing: 4, paused: 1, extended: 1 });
    const sum = (list: Array<{ counts: { total: number } }>) => list.reduce((n, x) => n + x.counts.total, 0);
    expect(sum(r.byAgency)).toBe(57);
    expect(sum(r.bySection)).toBe(57);
    expect(r.bySection.map((s) => s.section.title)).toEqual(['II. NHIỆM VỤ, GIẢI PHÁP', 'VI. KIẾN NGHỊ, ĐỀ XUẤT', 'V. CHẾ ĐỘ BÁO CÁO']);
    expect(r.byAgency.find((a) => a.agency?.id === 'van-phong-ubnd')!.counts).toMatchObject({ total: 12, 'done-on-time': 1, 'done-late': 1, overdue: 2, 'due-soon': 1, 'not-due': 7 });
  });
  test('--agency keeps one agency’s duties', () => {
    const one = statusReport(checklist, progress, { asOf: '2026-06-03', agency: 'so-khcn' });
    expect(one.duties.map((d) => d.item.agency?.id)).toEqual(['so-khcn', 'so-khcn', 'so-khcn']);
  });
  test('the đôn đốc data: exactly the overdue and soon-due duties, by agency', () => {
    const list = dueReminders(r);
    const overdue = r.duties.filter((d) => d.status === 'overdue').map((d) => d.id).sort();
    const soon = r.duties.filter((d) => d.soon && d.status !== 'overdue' && d.status !== 'not-due').map((d) => d.id).sort();
    expect(list.flatMap((x) => x.overdue.map((d) => d.id)).sort()).toEqual(overdue);
    expect(list.flatMap((x) => x.soon.map((d) => d.id)).sort()).toEqual(soon);
    // In the order of the plan: the first duty overdue (5 February) is the departments' — the office had done its part.
    expect(list.map((x) => x.agency?.id)).toEqual(['cac-so-nganh', 'ubnd-xa-phuong', 'van-phong-ubnd']);
    expect(list.every((x) => x.overdue.length + x.soon.length > 0)).toBe(true);
  });
  test('an id of the progress file that names no item is kept and listed, not counted', () => {
    const extra: Progress = { items: { ...progress.items, 'khong-co/lead/x': { updates: [{ date: '2026-05-01', status: 'hoan-thanh' }] } } };
    const x = statusReport(checklist, extra, { asOf: '2026-06-03' });
    expect(x.unknown).toEqual(['khong-co/lead/x']);
    expect(x.counts.total).toBe(57);
  });
});
