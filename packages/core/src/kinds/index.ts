export { defineDocumentKind, type DocumentKindProfile } from './profile.js';
export { BUILT_IN_KINDS, DEFAULT_KIND, documentKind, documentKinds, hasDocumentKind, registerDocumentKind, unregisterDocumentKind } from './registry.js';
export { GENERAL_RULES } from './general-rules.js';
export { SOURCE_ORDER, leadBodies, lowerFirst, type ComposeContext, type ComposeHook } from './compose-hook.js';
export { citationOf, composeDossier, type DossierDocument } from './compose-dossier.js';
export { default as reportKind } from './bao-cao/index.js';
export { default as letterKind } from './cong-van/index.js';
