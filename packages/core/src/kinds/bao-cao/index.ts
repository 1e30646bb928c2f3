import { GENERAL_RULES } from '../general-rules.js';
import { defineDocumentKind } from '../profile.js';

/**
 * Báo cáo (Mẫu 1.4): `BÁO CÁO` and the title (`Kết quả thực hiện Kế hoạch số …`), sections I, II …,
 * symbol `BC-…`, no Kính gửi (the body it reports to is in Nơi nhận, “để báo cáo”). Written from a
 * plan's status as of a date (kehoach's `resultReport`, `kehoach status --report`): the counts per
 * status and per agency, what is late, and a landscape appendix table with one row per duty.
 */
export default defineDocumentKind({
  id: 'bao-cao',
  name: 'Báo cáo',
  form: 'Mẫu 1.4',
  header: { typeLine: 'BÁO CÁO', addressees: 'none' },
  symbolPrefix: 'BC',
  body: 'sections',
  edxml: { type: 2 },
  recognise: {},
  rules: [...GENERAL_RULES, 'recipients-present'],
});
