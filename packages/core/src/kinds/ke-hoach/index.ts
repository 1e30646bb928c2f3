import { GENERAL_RULES } from '../general-rules.js';
import { defineDocumentKind } from '../profile.js';

/** Kế hoạch (Mẫu 1.4): `KẾ HOẠCH` and the title, sections I, II …, symbol `KH-…`. */
export default defineDocumentKind({
  id: 'ke-hoach',
  name: 'Kế hoạch',
  form: 'Mẫu 1.4',
  header: { typeLine: 'KẾ HOẠCH', addressees: 'none' },
  symbolPrefix: 'KH',
  body: 'sections',
  edxml: { type: 2 },
  recognise: {},
  rules: [...GENERAL_RULES, 'recipients-present'],
});
