#!/usr/bin/env node
// A case of `pnpm probe:hostile`: importPlan (kehoach) of one file, as the studio and a portal call it.
// Prints the error codes and whether a plan came out.
import { readFileSync } from 'node:fs';
import { importPlan } from 'kehoach';

const file = process.argv[2];
const t = performance.now();
const r = await importPlan(new Uint8Array(readFileSync(file)), { fileName: file });
const errors = [...new Set(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code))];
console.log(`${errors.join(',') || 'no error'}; ${r.yaml ? `plan of ${r.yaml.length} chars` : 'no plan'} in ${((performance.now() - t) / 1000).toFixed(2)} s`);
