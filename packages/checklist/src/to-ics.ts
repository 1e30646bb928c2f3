import dayjs from 'dayjs';
import ICAL from 'ical.js';
import type { Checklist, ChecklistItem } from './checklist-model.js';
import { dueText } from './format-date-vi.js';

const utf8 = new TextEncoder();

/**
 * Folds one content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 sequence.
 * ical.js folds at 75 characters, which is too long for Vietnamese text.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const n = utf8.encode(ch).length;
    const limit = parts.length ? 74 : 75; // a continuation line starts with a space
    if (bytes + n > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Unfolds ical.js output and refolds every line by octets. */
export function refold(ics: string): string {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n').map((l) => (l ? foldLine(l) : l)).join('\r\n');
}

function allDay(iso: string): ICAL.Time {
  return ICAL.Time.fromDateString(iso);
}

/** The last day that meets the deadline: the day before for “trước ngày …”. */
function lastDay(i: ChecklistItem): string {
  return i.dueKind === 'before' ? dayjs(i.due!).subtract(1, 'day').format('YYYY-MM-DD') : i.due!;
}

/**
 * The checklist as iCalendar (RFC 5545): for each dated item an all-day VEVENT on its last day
 * (Google Calendar, Outlook) and for every item a VTODO (Thunderbird), with stable UIDs, escaped
 * text (ical.js), CRLF line ends and lines folded at 75 octets. DTSTAMP is derived from the plan,
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
  cal.updatePropertyWithValue('x-wr-calname', `Nhiệm vụ — ${c.plan.citation}`);
  const stamp = ICAL.Time.fromDateTimeString(`${c.plan.date ?? '2000-01-01'}T00:00:00Z`);
  for (const i of c.items) {
    const summary = `${i.ref} ${i.agency ? `[${i.agency.shortName}] ` : ''}${i.text}`;
    const description = [
      i.agency ? `Cơ quan: ${i.agency.name}` : 'Chưa phân công',
      i.lead.length ? `Chủ trì: ${i.lead.join(', ')}` : '',
      i.support.length ? `Phối hợp: ${i.support.join(', ')}` : '',
      dueText(i.due, i.dueKind, i.hour),
      `Căn cứ: ${c.plan.citation}, mục ${i.ref}`,
    ].filter(Boolean).join('\n');
    if (i.due) {
      const ev = new ICAL.Component('vevent');
      ev.updatePropertyWithValue('uid', `${i.id}@kehoach`);
      ev.updatePropertyWithValue('dtstamp', stamp);
      ev.updatePropertyWithValue('dtstart', allDay(lastDay(i)));
      ev.updatePropertyWithValue('dtend', allDay(dayjs(lastDay(i)).add(1, 'day').format('YYYY-MM-DD')));
      ev.updatePropertyWithValue('summary', `${summary} (${dueText(i.due, i.dueKind, i.hour)})`);
      ev.updatePropertyWithValue('description', description);
      ev.updatePropertyWithValue('transp', 'TRANSPARENT');
      cal.addSubcomponent(ev);
    }
    const todo = new ICAL.Component('vtodo');
    todo.updatePropertyWithValue('uid', `${i.id}#todo@kehoach`);
    todo.updatePropertyWithValue('dtstamp', stamp);
    if (i.start) todo.updatePropertyWithValue('dtstart', allDay(i.start));
    if (i.due) todo.updatePropertyWithValue('due', allDay(lastDay(i)));
    todo.updatePropertyWithValue('summary', summary);
    todo.updatePropertyWithValue('description', description);
    const done = i.status === 'hoàn thành đúng hạn' || i.status === 'hoàn thành quá hạn';
    todo.updatePropertyWithValue('status', done ? 'COMPLETED' : 'NEEDS-ACTION');
    cal.addSubcomponent(todo);
  }
  return refold(cal.toString()) + '\r\n';
}
