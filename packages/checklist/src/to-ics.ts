import dayjs from 'dayjs';
import ICAL from 'ical.js';
import type { Checklist, ChecklistItem } from './checklist-model.js';
import { dueText } from './format-date-vi.js';
import { escapeIcsText, icsText, refold } from './ics-text.js';

function allDay(iso: string): ICAL.Time {
  return ICAL.Time.fromDateString(iso);
}

/** The last day that meets the deadline: the day before for “trước ngày …”. */
function lastDay(i: ChecklistItem): string {
  return i.dueKind === 'before' ? dayjs(i.due!).subtract(1, 'day').format('YYYY-MM-DD') : i.due!;
}

/**
 * The checklist as iCalendar (RFC 5545): for each dated item an all-day VEVENT on its last day
 * (Google Calendar, Outlook) and for every item a VTODO (Thunderbird), with stable UIDs, CRLF line
 * ends and lines folded at 75 octets. Every text property (the calendar's name included) is escaped
 * by ical.js after `icsText` has turned every kind of line break into LF, so plan text can never
 * start a property or a component of its own. DTSTAMP is derived from the plan,
 * so the same plan gives the same file.
 *
 * @example
 * const ics = toIcs(deriveChecklist(plan, { agency: 'so-khcn' }).checklist);
 */
export function toIcs(c: Checklist): string {
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
      dueText(i.due, i.dueKind, i.hour),
      `Căn cứ: ${c.plan.citation}, mục ${i.ref}`,
    ].filter(Boolean).map(icsText).join('\n');
    if (i.due) {
      const ev = new ICAL.Component('vevent');
      ev.updatePropertyWithValue('uid', icsText(`${i.id}@kehoach`));
      ev.updatePropertyWithValue('dtstamp', stamp);
      ev.updatePropertyWithValue('dtstart', allDay(lastDay(i)));
      ev.updatePropertyWithValue('dtend', allDay(dayjs(lastDay(i)).add(1, 'day').format('YYYY-MM-DD')));
      ev.updatePropertyWithValue('summary', `${summary} (${dueText(i.due, i.dueKind, i.hour)})`);
      ev.updatePropertyWithValue('description', description);
      ev.updatePropertyWithValue('transp', 'TRANSPARENT');
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
  out.push(shell.slice(end), '\r\n');
  return out.join('');
}
