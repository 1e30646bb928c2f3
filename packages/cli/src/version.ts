/** The version printed by `kehoach --version`. */
export const VERSION = '0.1.0';
