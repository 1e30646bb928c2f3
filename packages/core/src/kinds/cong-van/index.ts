import { GENERAL_RULES } from '../general-rules.js';
import { defineDocumentKind } from '../profile.js';
import { composeDispatch } from './compose.js';

/**
 * Công văn (Mẫu 1.5) that assigns tasks: `V/v …` under the number, Kính gửi, no type line and no
 * type abbreviation (its symbol is the body and the drafting unit, `UBND-VP`). Nơi nhận opens with
 * “Như trên”, so `recipients-present` does not apply. Composed from a plan's `dossier.dispatch`: the
 * công văn that sends the plan (or its Quyết định) to the bodies that carry it out.
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
  compose: { from: 'dispatch', order: 40, compose: composeDispatch },
});
