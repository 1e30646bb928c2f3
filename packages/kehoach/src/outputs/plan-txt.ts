import { renderText } from '../api.js';
import { defineOutput } from './output.js';

/** The plan as plain text: the words and numbers of the DOCX, for review and comparison. */
export default defineOutput({
  id: 'txt',
  input: 'plan',
  extension: 'txt',
  mediaType: 'text/plain; charset=utf-8',
  label: 'văn bản thuần',
  shortLabel: 'TXT',
  binary: false,
  render: (plan, options) => ({ output: renderText(plan, options), diagnostics: [] }),
});
