import { renderMarkdown } from '../api.js';
import { defineOutput } from './output.js';

/** The plan as Markdown, for review on a portal or for pandoc. */
export default defineOutput({
  id: 'md',
  input: 'plan',
  extension: 'md',
  otherExtensions: ['markdown'],
  mediaType: 'text/markdown; charset=utf-8',
  label: 'Markdown',
  shortLabel: 'Markdown',
  binary: false,
  render: (plan, options) => ({ output: renderMarkdown(plan, options), diagnostics: [] }),
});
