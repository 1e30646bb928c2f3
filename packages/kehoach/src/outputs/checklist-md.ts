import { toMarkdown } from '@kehoach/checklist';
import { defineOutput } from './output.js';

/** The checklist as a Markdown task list, grouped by agency. */
export default defineOutput({
  id: 'md',
  input: 'checklist',
  extension: 'md',
  otherExtensions: ['markdown'],
  mediaType: 'text/markdown; charset=utf-8',
  label: 'danh sách việc cần làm (Markdown), theo cơ quan',
  shortLabel: 'Danh mục Markdown',
  binary: false,
  render: ({ checklist }) => ({ output: toMarkdown(checklist), diagnostics: [] }),
});
