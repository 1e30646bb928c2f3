import { GENERAL_RULES } from '../general-rules.js';
import { defineDocumentKind } from '../profile.js';
import { composeSubmission } from './compose.js';

/**
 * Tờ trình (Mẫu 1.4): `TỜ TRÌNH` and the title, Kính gửi the body it is submitted to (Phụ lục I,
 * II.9.b), sections I, II …, symbol `TTr-…`. Composed from a plan's `dossier.submission`: the drafting
 * body submits the draft plan, summarised from its data; the Quyết định cites it.
 */
export default defineDocumentKind({
  id: 'to-trinh',
  name: 'Tờ trình',
  form: 'Mẫu 1.4',
  header: { typeLine: 'TỜ TRÌNH', addressees: 'required' },
  symbolPrefix: 'TTr',
  body: 'sections',
  edxml: { type: 2 },
  recognise: {},
  rules: GENERAL_RULES,
  compose: { from: 'submission', order: 10, compose: composeSubmission },
});
