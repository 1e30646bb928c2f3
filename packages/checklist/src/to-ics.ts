import dayjs from 'dayjs';
import ICAL from 'ical.js';
import type { Checklist, ChecklistItem } from './checklist-model.js';
import { dueText, lastDayOnTime, viDate } from './format-date-vi.js';
import { escapeIcsText, icsText, refold } from './ics-text.js';

function allDay(iso: string): ICAL.Time {
  return ICAL.Time.fromDateString(iso);
}

/** The last day that meets the deadline: the day before for “trước ngày …” (the day the event is on). */
function lastDay(i: ChecklistItem): string {
  return lastDayOnTime(i.due!, i.dueKind);
}

/** The deadline as the event's title says it: `hạn: trước 25/1/2026, ngày cuối 24/1/2026` (why the event is on the 24th). */
function deadlineWords(i: ChecklistItem): string {
  const due = dueText(i.due, i.dueKind, i.hour);
  return i.due && i.dueKind === 'before' && !i.hour ? `${due}, ngày cuối ${viDate(lastDay(i))}` : due;
}

/** Options of `toIcs`. */
export interface IcsOptions {
  /** Days before each deadline to remind (a VALARM on every dated event); none by default. */
  remind?: number;
}

/**
 * The checklist as iCalendar (RFC 5545): for each dated item an all-day VEVENT on its last day on
 * time (for “trước ngày 25” the 24th: its title says `hạn: trước 25/1/2026, ngày cuối 24/1/2026`, its
 * description the time as the plan words it, `Trước ngày 25 hằng tháng`) (Google Calendar, Outlook)
 * and for every item a VTODO (Thunderbird). Ongoing and undated items,
 * which calendars that ignore VTODO would never show, are gathered per agency into one all-day
 * event that recurs on the first day of every month of the plan's period (“Nhiệm vụ thường xuyên”,
 * each duty listed in its description) — visible without filling every day. `remind` adds a
 * VALARM N days before each deadline. Stable UIDs, CRLF line
 * ends and lines folded at 75 octets. Every text property (the calendar's name included) is escaped
 * by ical.js after `icsText` has turned every kind of line break into LF, so plan text can never
 * start a property or a component of its own. DTSTAMP is derived from the plan,
 * so the same plan gives the same file.
 *
 * @example
 * const ics = toIcs(deriveChecklist(plan, { agency: 'so-khcn' }).checklist);
 */
export function toIcs(c: Checklist, options: IcsOptions = {}): string {
  const cal = new ICAL.Component(['vcalendar', [], []]);
  cal.updatePropertyWithValue('prodid', '-//kehoach//Danh muc nhiem vu//VI');
  cal.updatePropertyWithValue('version', '2.0');
  cal.updatePropertyWithValue('calscale', 'GREGORIAN');
  // X-WR-CALNAME is not in ical.js's design, which writes such values as they are: escaped here.
  cal.updatePropertyWithValue('x-wr-calname', escapeIcsText(`Nhiệm vụ — ${c.plan.citation}`));
  const stamp = ICAL.Time.fromDateTimeString(`${c.plan.date ?? '2000-01-01'}T00:00:00Z`);
  // Each component is written as soon as it is built, so the work and the memory stay linear
  // (a calendar tree of 40 000 components spent seconds in the garbage collector).
  const shell = cal.toString();
  const end = shell.lastIndexOf('END:VCALENDAR');
  const out: string[] = [refold(shell.slice(0, end))];
  const write = (component: ICAL.Component) => out.push(refold(component.toString()), '\r\n');
  for (const i of c.items) {
    const summary = icsText(`${i.ref} ${i.agency ? `[${i.agency.shortName}] ` : ''}${i.text}`);
    const description = [
      i.agency ? `Cơ quan: ${i.agency.name}` : 'Chưa phân công',
      i.lead.length ? `Chủ trì: ${i.lead.join(', ')}` : '',
      i.support.length ? `Phối hợp: ${i.support.join(', ')}` : '',
      i.time ? `Thời gian (theo kế hoạch): ${i.time}` : '',
      dueText(i.due, i.dueKind, i.hour),
      i.due && i.dueKind === 'before' && !i.hour ? `Ngày cuối cùng đúng hạn: ${viDate(lastDay(i))} (“trước ngày” không tính ngày hạn; sự kiện đặt vào ngày cuối này)` : '',
      `Căn cứ: ${c.plan.citation}, mục ${i.ref}`,
    ].filter(Boolean).map(icsText).join('\n');
    if (i.due) {
      const ev = new ICAL.Component('vevent');
      ev.updatePropertyWithValue('uid', icsText(`${i.id}@kehoach`));
      ev.updatePropertyWithValue('dtstamp', stamp);
      ev.updatePropertyWithValue('dtstart', allDay(lastDay(i)));
      ev.updatePropertyWithValue('dtend', allDay(dayjs(lastDay(i)).add(1, 'day').format('YYYY-MM-DD')));
      ev.updatePropertyWithValue('summary', `${summary} (${deadlineWords(i)})`);
      ev.updatePropertyWithValue('description', description);
      ev.updatePropertyWithValue('transp', 'TRANSPARENT');
      if (options.remind !== undefined && options.remind >= 0) ev.addSubcomponent(alarm(options.remind, summary));
      write(ev);
    }
    const todo = new ICAL.Component('vtodo');
    todo.updatePropertyWithValue('uid', icsText(`${i.id}#todo@kehoach`));
    todo.updatePropertyWithValue('dtstamp', stamp);
    if (i.start) todo.updatePropertyWithValue('dtstart', allDay(i.start));
    if (i.due) todo.updatePropertyWithValue('due', allDay(lastDay(i)));
    todo.updatePropertyWithValue('summary', summary);
    todo.updatePropertyWithValue('description', description);
    const done = i.status === 'hoàn thành đúng hạn' || i.status === 'hoàn thành quá hạn';
    todo.updatePropertyWithValue('status', done ? 'COMPLETED' : 'NEEDS-ACTION');
    write(todo);
  }
  for (const ev of ongoingEvents(c, stamp)) write(ev);
  out.push(shell.slice(end), '\r\n');
  return out.join('');
}

function alarm(days: number, summary: string): ICAL.Component {
  const a = new ICAL.Component('valarm');
  a.updatePropertyWithValue('action', 'DISPLAY');
  a.updatePropertyWithValue('description', icsText(`Sắp đến hạn: ${summary}`));
  a.addPropertyWithValue('trigger', ICAL.Duration.fromData({ days, isNegative: true }));
  return a;
}

/** One monthly all-day event per agency listing its ongoing and undated duties. */
function ongoingEvents(c: Checklist, stamp: ICAL.Time): ICAL.Component[] {
  const first = c.plan.period?.from ?? c.plan.date;
  if (!first) return [];
  const start = dayjs(first).startOf('month');
  const until = c.plan.period?.to ?? dayjs(first).endOf('year').format('YYYY-MM-DD');
  const byAgency = new Map<string, ChecklistItem[]>();
  for (const i of c.items.filter((x) => !x.due)) {
    const key = i.agency?.id ?? '';
    byAgency.set(key, [...(byAgency.get(key) ?? []), i]);
  }
  return [...byAgency.entries()].map(([id, items]) => {
    const who = items[0]!.agency;
    const ev = new ICAL.Component('vevent');
    ev.updatePropertyWithValue('uid', icsText(`${c.items[0]!.id.split('/')[0]}/thuong-xuyen/${id || 'chua-phan-cong'}@kehoach`));
    ev.updatePropertyWithValue('dtstamp', stamp);
    ev.updatePropertyWithValue('dtstart', allDay(start.format('YYYY-MM-DD')));
    ev.updatePropertyWithValue('dtend', allDay(start.add(1, 'day').format('YYYY-MM-DD')));
    ev.updatePropertyWithValue('rrule', ICAL.Recur.fromData({ freq: 'MONTHLY', until: allDay(until) }));
    ev.updatePropertyWithValue('summary', icsText(`Nhiệm vụ thường xuyên${who ? ` — ${who.shortName}` : ''} (${items.length})`));
    ev.updatePropertyWithValue('description', items.map((i) => icsText(`${i.ref} ${i.text}`)).join('\n'));
    ev.updatePropertyWithValue('transp', 'TRANSPARENT');
    return ev;
  });
}
