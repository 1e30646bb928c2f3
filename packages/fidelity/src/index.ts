// @kehoach/fidelity (private): how faithfully a document's words are reproduced, for the project's
// tests and `pnpm fidelity`.
export { measureFidelity } from './measure.js';
export { words, labels, slice, compareWords } from './words.js';
export { docxText } from './docx-text.js';
