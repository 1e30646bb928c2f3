import { GENERAL_RULES } from '../general-rules.js';
import { defineDocumentKind } from '../profile.js';
import { composeDecision } from './compose.js';

/**
 * Quyết định (Mẫu 1.3): `QUYẾT ĐỊNH` and the title, the issuing authority above the bases and
 * `QUYẾT ĐỊNH:` after them, articles Điều 1, Điều 2 …, symbol `QĐ-…`; Nơi nhận opens with “Như Điều
 * 3”. Composed from a plan's `dossier.decision` it promulgates the plan (`Ban hành kèm theo Quyết định
 * số …` under the plan's title).
 */
export default defineDocumentKind({
  id: 'quyet-dinh',
  name: 'Quyết định',
  form: 'Mẫu 1.3',
  header: { typeLine: 'QUYẾT ĐỊNH', addressees: 'none' },
  symbolPrefix: 'QĐ',
  body: 'articles',
  edxml: { type: 2 },
  recognise: {},
  rules: GENERAL_RULES,
  enacting: { authority: true, line: 'QUYẾT ĐỊNH:' },
  compose: { from: 'decision', order: 20, promulgates: { lead: 'Ban hành kèm theo' }, compose: composeDecision },
});
