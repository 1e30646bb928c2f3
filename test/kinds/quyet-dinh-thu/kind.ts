import { defineDocumentKind } from 'kehoach';

/**
 * A test-only kind, defined here and nowhere else: a decision-like document (Mẫu 1.3) with its own
 * type line, symbol prefix, articles (Điều 1, 2, 3), edXML type and two rules of its own choosing.
 * `../kind-profile.test.ts` registers it and takes it through every consumer.
 */
export default defineDocumentKind({
  id: 'quyet-dinh-thu',
  name: 'Quyết định (thử)',
  form: 'Mẫu 1.3',
  header: { typeLine: 'QUYẾT ĐỊNH', addressees: 'none' },
  symbolPrefix: 'QĐ',
  body: 'articles',
  edxml: { type: 1 },
  recognise: {},
  rules: ['document-symbol', 'doubled-word'],
});
