import { expect, test } from 'vitest';
import { safeFileName } from '../src/export-edxml.js';

// Issue 23: the attachment's name came from the symbol with its path characters
// (`15-..\..\..\..\evil.exe::$DATA.docx`): a receiving system that saves it by name could write
// outside its folder or to an NTFS stream.

test('no folder, drive, stream or reserved character survives in an attachment name', () => {
  expect(safeFileName('15-..\\..\\..\\..\\evil.exe::$DATA.docx')).toBe('15---------evil.exe--$DATA.docx');
  expect(safeFileName('../../etc/passwd.docx')).toBe('----etc-passwd.docx');
  expect(safeFileName('.hidden.docx')).toBe('hidden.docx');
  expect(safeFileName('a<b>c|d?e*f"g.docx')).toBe('a-b-c-d-e-f-g.docx');
});

test('an ordinary name is kept as it is', () => {
  expect(safeFileName('15-KH-UBND.docx')).toBe('15-KH-UBND.docx');
  expect(safeFileName('Kế hoạch số 15.docx')).toBe('Kế hoạch số 15.docx');
});
