#!/usr/bin/env node
// The service cases of `pnpm probe:hostile`: the service (examples/server, one worker) started in
// this process on loopback, and a client as an attacker writes it. Prints what happened in one line;
// a service that dies says so (the 'exit' hook), since an uncaught error ends this very process.
import { connect } from 'node:net';
import { createApp } from '../examples/server/app.mjs';
import { bigPlan } from '../packages/bench/big-plan.mjs';
import { plan } from './hostile-cases.mjs';

const which = process.argv[2];
let said = false;
const say = (s) => {
  said = true;
  console.log(s);
};
process.on('exit', (code) => {
  if (!said) console.log(`THE SERVICE DIED (exit ${code})`);
});
const server = createApp({ workers: 1 });
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const seconds = (t) => ((performance.now() - t) / 1000).toFixed(2);

/** The status line a raw request gets. @param {string} raw */
const rawRequest = (raw) => new Promise((resolve) => {
  const s = connect(server.address().port, '127.0.0.1', () => s.write(raw));
  let got = '';
  s.on('data', (d) => (got += d));
  s.on('close', () => resolve(got.split('\r\n')[0] || '(closed, no answer)'));
  s.on('error', () => resolve('(connection error)'));
  s.setTimeout(5000, () => s.destroy());
});

const MINIMAL = plan();
if (which === 'bad-target') {
  const first = await rawRequest('GET //[ HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
  await new Promise((r) => setTimeout(r, 200));
  const health = await fetch(`${base}/health`).then((r) => r.status, (e) => `error ${e.message}`);
  say(`//[ → ${first}; then /health → ${health}`);
} else if (which === 'hangup') {
  const ac = new AbortController();
  const long = fetch(`${base}/checklist?format=xlsx`, { method: 'POST', body: bigPlan(10_000), headers: { 'content-type': 'application/yaml' }, signal: ac.signal }).catch(() => 'aborted');
  await new Promise((r) => setTimeout(r, 1000));
  ac.abort();
  await long;
  const t = performance.now();
  const r = await fetch(`${base}/validate`, { method: 'POST', body: MINIMAL, headers: { 'content-type': 'application/yaml' } });
  say(`after the hang-up, POST /validate → ${r.status} in ${seconds(t)} s`);
} else if (which === 'checklist') {
  const body = plan({ period: '{ from: 1900, to: 2200 }', tasks: ['{ id: t1, text: Họp giao ban., lead: cong-an, time: { every: week, weekday: 4 } }'] });
  const t = performance.now();
  const r = await fetch(`${base}/checklist?format=ics`, { method: 'POST', body, headers: { 'content-type': 'application/yaml' } });
  const answer = await r.text();
  const codes = r.status === 422 ? [...new Set(JSON.parse(answer).diagnostics.map((d) => d.code))].join(',') : '';
  say(`${body.length}-byte request → ${r.status} ${codes} ${(answer.length / 1048576).toFixed(1)} MB in ${seconds(t)} s`);
} else if (which === 'export') {
  const body = plan({ symbol: JSON.stringify('KH-..\\..\\..\\evil.exe::$DATA') });
  const r = await fetch(`${base}/export?format=edxml`, { method: 'POST', body, headers: { 'content-type': 'application/yaml' } });
  const x = await r.text();
  const name = /<edXML:AttachmentName>([^<]*)</.exec(x)?.[1] ?? x.slice(0, 200);
  say(`${r.status}: attachment “${name}”${/[\\/:]|\.\./.test(name) ? ' — PATH CHARACTERS GOT THROUGH' : ''}`);
}
server.close();
process.exit(0);
