export { measureFidelity, type Fidelity } from './measure.js';
export { words, labels, slice, compareWords, type WordDifference } from './words.js';
export { docxText } from './docx-text.js';
