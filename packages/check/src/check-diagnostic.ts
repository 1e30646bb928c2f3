import type { Diagnostic, Fix } from '@kehoach/core';

/** Where each rule is documented (`docs/rules/<id>.md`, generated from its meta). */
export { RULE_DOCS } from '@kehoach/core';

/** A finding of `kehoach check`: the engine's one `Diagnostic`, with `rule`, its range, parameters and perhaps a fix. */
export type CheckDiagnostic = Diagnostic;
export type { Fix };
