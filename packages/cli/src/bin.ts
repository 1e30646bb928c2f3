#!/usr/bin/env node
// `kehoach --version` answers before the library is loaded; everything else starts in main.ts.
import { VERSION } from './version.js';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V' || argv[0] === '-v')) process.stdout.write(VERSION + '\n');
else void import('./main.js').then((m) => m.main(argv));
