import { readFileSync } from 'node:fs';
import { loadPlan } from '@kehoach/core';
const text = readFileSync(new URL('../../examples/lang-son-2019.yaml', import.meta.url));
for (let i = 0; i < 1500; i++) loadPlan(text);
