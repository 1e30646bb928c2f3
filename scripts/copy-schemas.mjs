#!/usr/bin/env node
// Copies the JSON Schemas (schemas/*.schema.json, the files editors point `$schema` at) into
// packages/schema/schemas/, so the published @kehoach/schema ships them (`@kehoach/schema/schemas/…`).
// Only copies: schemas/ stays the one source (the copies are git-ignored build output).
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const to = root + 'packages/schema/schemas/';
mkdirSync(to, { recursive: true });
for (const f of readdirSync(root + 'schemas')) if (f.endsWith('.schema.json')) copyFileSync(root + 'schemas/' + f, to + f);
