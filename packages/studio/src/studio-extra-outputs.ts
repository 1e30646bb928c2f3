/**
 * A portal's own outputs for the studio's download buttons: empty here. A portal that builds the
 * studio with outputs of its own names a module that registers them (`registerOutput` of `kehoach`)
 * in `KEHOACH_STUDIO_OUTPUTS` (see vite.config.mjs); the worker imports it in place of this one.
 */
export {};
