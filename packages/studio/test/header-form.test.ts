import { expect, test } from 'vitest';
import { HEADER_FIELDS } from '../src/forms.js';
import { setValue } from '../src/yaml-text-edit.js';

const field = (id: string) => HEADER_FIELDS.find((f) => f.id === id)!;
/** Writes one header field as the form does: at its path, a missing key after the last of its `after` keys present. */
const write = (text: string, id: string, value: string) => setValue(text, field(id).path, field(id).write(value), field(id).after);

const PLAN = 'issuer: { name: UBND xã Minh Xuân }\nnumber: 3\ndate: 2026-02-10\nsignature:\n  authority: [ { kind: TM, body: ỦY BAN NHÂN DÂN } ]\n  titles: [ CHỦ TỊCH ]\n';

test('the header form puts a missing title after the date and a missing signer after the titles, where plans have them', () => {
  expect(write(PLAN, 'f-title', 'Thử')).toBe(PLAN.replace('date: 2026-02-10\n', 'date: 2026-02-10\ntitle: Thử\n'));
  expect(write(PLAN, 'f-sign-name', 'Nguyễn Văn A')).toBe(`${PLAN}  name: Nguyễn Văn A\n`);
  // Without a date, the title follows the number.
  expect(write(PLAN.replace('date: 2026-02-10\n', ''), 'f-title', 'Thử')).toBe(PLAN.replace('date: 2026-02-10\n', 'title: Thử\n'));
});
