export { defineDocumentKind, type DocumentKindProfile } from './profile.js';
export { BUILT_IN_KINDS, DEFAULT_KIND, documentKind, documentKinds, hasDocumentKind, registerDocumentKind, unregisterDocumentKind } from './registry.js';
export { GENERAL_RULES } from './general-rules.js';
