#!/usr/bin/env node
// Rewrites the diagnostic table of README.md from CODES (packages/core/src/codes.ts, built).
// Run `pnpm docs:codes` after adding a code; a test fails while the README lacks one.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CODES } from '../dist/index.js';

const readme = fileURLToPath(new URL('../../../README.md', import.meta.url));
const esc = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, '⏎');
const lines = ['| mã / code | mức | thông báo (tiếng Việt) | message (English) | ví dụ gây ra / triggering input |', '|---|---|---|---|---|'];
for (const [code, i] of Object.entries(CODES)) lines.push(`| \`${code}\` | ${i.severity} | ${esc(i.vi)} | ${esc(i.en)} | \`${esc(i.example)}\` |`);
const text = readFileSync(readme, 'utf8');
const a = text.indexOf('| mã / code |');
const b = text.indexOf('\n\n', a);
writeFileSync(readme + '.tmp', text.slice(0, a) + lines.join('\n') + text.slice(b));
renameSync(readme + '.tmp', readme);
