import { readFileSync } from 'node:fs';
import { loadPlan } from '@kehoach/core';
import { renderDocx, setDeflate } from '@kehoach/render-docx';
import { deflateRawSync } from 'node:zlib';
setDeflate((r)=>deflateRawSync(r));
const text = readFileSync('examples/lang-son-2019.yaml');
for (let i=0;i<300;i++) renderDocx(loadPlan(text).plan);
const N=400; const ph={load:0,docx:0};
for (let i=0;i<N;i++){ let t=performance.now(); const p=loadPlan(text).plan; ph.load+=performance.now()-t; t=performance.now(); renderDocx(p); ph.docx+=performance.now()-t; }
console.log('load', (ph.load/N).toFixed(2), 'docx', (ph.docx/N).toFixed(2));
