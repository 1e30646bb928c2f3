/**
 * importPlan over ../shared/corpus (when present, read in place): every document but 18 (refused:
 * broken font map) gives plan data that loads without errors and renders the original's words in order
 * with recall ≥ 0.97 (the target of issue 11; `pnpm corpus` prints the measured numbers).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadPlan } from '@kehoach/core';
import { measureFidelity } from '@kehoach/fidelity';
import { renderText } from '@kehoach/render-text';
import { importPlan } from '@kehoach/import';
import { ROOT } from '../helpers.js';

const CORPUS = `${ROOT}../shared/corpus`;
const present = existsSync(CORPUS);
const folders = present ? readdirSync(CORPUS).filter((f) => /^\d\d_/.test(f)).sort() : [];

test.skipIf(present)('corpus import tests skipped: ../shared/corpus is not beside this clone', () => {});

describe.runIf(present)('importPlan over ../shared/corpus', () => {
  test.each(folders)('%s', async (folder) => {
    const name = existsSync(`${CORPUS}/${folder}/original.docx`) ? 'original.docx' : 'original.pdf';
    const r = await importPlan(new Uint8Array(readFileSync(`${CORPUS}/${folder}/${name}`)), { fileName: name });
    if (folder.startsWith('18_')) {
      expect(r.diagnostics.map((d) => d.code)).toEqual(['IMPORT_GARBAGE_TEXT']);
      return;
    }
    const loaded = loadPlan(r.yaml!, { file: 'plan.yaml' });
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.report.counts!.sections).toBeGreaterThan(0);
    const f = measureFidelity(readFileSync(`${CORPUS}/${folder}/text.txt`, 'utf8'), renderText(loaded.plan!));
    expect(f.recall).toBeGreaterThanOrEqual(0.97);
  });
});
