import { readFileSync, readdirSync } from 'node:fs';
import { loadPlan } from '@kehoach/core';
import { renderDocx, setDeflate } from '@kehoach/render-docx';
import { deflateRawSync } from 'node:zlib';
setDeflate((r) => deflateRawSync(r));
const root = new URL('../../', import.meta.url).pathname;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (f) => { const t = process.cpuUsage(); f(); const d = process.cpuUsage(t); return (d.user + d.system) / 1e3; };
const files = readdirSync(root + 'examples').filter((x) => x.endsWith('.yaml')).sort();
for (let i = 0; i < 30; i++) for (const f of files) renderDocx(loadPlan(readFileSync(root + 'examples/' + f)).plan);
for (const f of files) {
  const text = readFileSync(root + 'examples/' + f);
  const plan = loadPlan(text).plan;
  const full = [], load = [], docx = [];
  for (let i = 0; i < 60; i++) { full.push(time(() => renderDocx(loadPlan(text).plan))); load.push(time(() => loadPlan(text))); docx.push(time(() => renderDocx(plan))); }
  console.log(f.padEnd(45), median(full).toFixed(1), ' load', median(load).toFixed(1), ' docx', median(docx).toFixed(1));
}
