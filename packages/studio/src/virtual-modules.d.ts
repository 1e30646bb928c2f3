/** The outputs of kehoach's registry (and the portal's own) when the studio was built (vite.config.mjs). */
declare module 'virtual:kehoach-outputs' {
  const outputs: ReadonlyArray<import('./protocol.js').ExportChoice>;
  export default outputs;
}

/** The agency form's choices: [value, Vietnamese name] of an agency's level and kind (vite.config.mjs, from the plan schema). */
declare module 'virtual:agency-choices' {
  export const LEVELS: ReadonlyArray<readonly [string, string]>;
  export const KINDS: ReadonlyArray<readonly [string, string]>;
}
