import { expect, test } from 'vitest';
import { splitLabel } from '../src/plan/labels.js';

test('a công văn subject “V/v …” is not a Roman-numbered mục, but “I/ …” and “V. …” are', () => {
  expect(splitLabel('V/v Đẩy mạnh cung cấp dịch vụ công trực tuyến')).toEqual({ rest: 'V/v Đẩy mạnh cung cấp dịch vụ công trực tuyến' });
  expect(splitLabel('I/ MỤC ĐÍCH, YÊU CẦU').label).toMatchObject({ kind: 'roman', ordinal: 1 });
  expect(splitLabel('V. TỔ CHỨC THỰC HIỆN').label).toMatchObject({ kind: 'roman', ordinal: 5 });
});
