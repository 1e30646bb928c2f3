import { GENERAL_RULES } from '../general-rules.js';
import { defineDocumentKind } from '../profile.js';

/**
 * Thông báo (Mẫu 1.4), the kết luận of a meeting: `THÔNG BÁO` and the title (`Kết luận của … tại cuộc
 * họp …`), sections, symbol `TB-…`. Its duties are task blocks like a plan's (content, lead, support,
 * time), so they reach `kehoach checklist` and tracking like any plan's.
 */
export default defineDocumentKind({
  id: 'thong-bao',
  name: 'Thông báo',
  form: 'Mẫu 1.4',
  header: { typeLine: 'THÔNG BÁO', addressees: 'none' },
  symbolPrefix: 'TB',
  body: 'sections',
  edxml: { type: 2 },
  recognise: {},
  rules: [...GENERAL_RULES, 'recipients-present'],
});
