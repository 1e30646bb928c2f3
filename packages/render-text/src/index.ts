// @kehoach/render-text: a plan as Markdown or plain text (from the printed document). The block and
// table printers stay in their files.
export { renderText } from './render-text.js';
export { renderMarkdown } from './render-markdown.js';
