import { GENERAL_RULES } from '../general-rules.js';
import { defineDocumentKind } from '../profile.js';

/**
 * Công văn (Mẫu 1.5) that assigns tasks: `V/v …` under the number, Kính gửi, no type line and no
 * type abbreviation (its symbol is the body and the drafting unit, `UBND-VP`). Nơi nhận opens with
 * “Như trên”, so `recipients-present` does not apply.
 */
export default defineDocumentKind({
  id: 'cong-van',
  name: 'Công văn',
  form: 'Mẫu 1.5',
  header: { addressees: 'required' },
  body: 'sections',
  edxml: { type: 2 },
  recognise: { subjectLine: true },
  rules: GENERAL_RULES,
});
