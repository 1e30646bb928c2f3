/** The outputs of kehoach's registry (and the portal's own) when the studio was built (vite.config.mjs). */
declare module 'virtual:kehoach-outputs' {
  const outputs: ReadonlyArray<import('./protocol.js').ExportChoice>;
  export default outputs;
}
