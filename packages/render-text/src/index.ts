export { renderText, documentToText, paragraphText } from './render-text.js';
export { renderMarkdown, documentToMarkdown } from './render-markdown.js';
