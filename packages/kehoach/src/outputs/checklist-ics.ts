import { toIcs } from '@kehoach/checklist';
import { defineOutput } from './output.js';

/** The checklist as an iCalendar file: each deadline an event and a to-do (`remind`: days before). */
export default defineOutput({
  id: 'ics',
  input: 'checklist',
  extension: 'ics',
  mediaType: 'text/calendar; charset=utf-8',
  label: 'lịch iCalendar: hạn của từng việc',
  shortLabel: 'Lịch ICS',
  binary: false,
  render: ({ checklist }, options) => ({ output: toIcs(checklist, options.remind !== undefined ? { remind: options.remind } : {}), diagnostics: [] }),
});
