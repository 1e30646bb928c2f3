export { renderText, documentToText, paragraphText, blockText } from './render-text.js';
export { tableToText, tableToMarkdown } from './table-text.js';
export { renderMarkdown, documentToMarkdown } from './render-markdown.js';
