// Prints, as JSON, the outputs of kehoach's registry — and those a portal's module registers (its path
// as the argument) — as the studio's download buttons show them. Run by vite.config.mjs in a Node of
// its own (the built `kehoach` package, whatever conditions the build itself runs under).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { outputs } from 'kehoach';

if (process.argv[2]) await import(pathToFileURL(resolve(process.argv[2])).href);
const list = outputs().map((o) => ({ input: o.input, id: o.id, shortLabel: o.shortLabel, label: o.label, extension: o.extension, mediaType: o.mediaType }));
process.stdout.write(JSON.stringify(list));
