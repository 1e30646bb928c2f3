import { expect, test } from 'vitest';
import {
  BUILT_IN_OUTPUTS, defineOutput, deriveChecklist, findOutput, loadPlanOrThrow, output, outputs, planStatus, registerOutput, renderAs, renderDocx, renderMarkdown,
  renderOutput, toCsv, toXlsx, unregisterOutput,
} from 'kehoach';
import { exampleText } from '../../../test/helpers.js';

// The output registry as a portal uses it: list, render, add its own, put things back.
const text = exampleText('tuyen-quang-2025-30-7');
const plan = loadPlanOrThrow(text, { file: 'tq.yaml' });
const withIds = loadPlanOrThrow(
  text.replace('  ubnd-tinh: { name:', '  ubnd-tinh: { organId: "000.00.00.H58", name:').replace('  bo-cong-an: { name:', '  bo-cong-an: { organId: "000.00.00.G02", name:'),
  { file: 'tq.yaml' },
);
const checklist = deriveChecklist(plan, { today: '2025-10-12' }).checklist;
const tracked = planStatus(plan, undefined, { asOf: '2025-10-12' });

test('every built-in output renders the example: bytes when binary, text otherwise, no error', async () => {
  for (const o of BUILT_IN_OUTPUTS) {
    const r = o.input === 'plan' ? await output('plan', o.id).render(o.id === 'edxml' ? withIds : plan, {})
      : o.input === 'status' ? await output('status', o.id).render({ status: tracked.report!, checklist: tracked.checklist, plan }, {})
      : await output('checklist', o.id).render({ checklist, plan }, {});
    expect(r.diagnostics.filter((d) => d.severity === 'error'), `${o.input} ${o.id}`).toEqual([]);
    expect(o.binary ? r.output instanceof Uint8Array : typeof r.output === 'string', `${o.input} ${o.id}`).toBe(true);
  }
});

test('an output gives what the function it wraps gives', async () => {
  expect((await renderOutput('plan', 'md', plan, { draft: true })).output).toBe(renderMarkdown(plan, { draft: true }));
  expect((await renderOutput('plan', 'docx', plan, { appendix: true })).output).toEqual(renderDocx(plan, { appendix: true }).docx);
  expect((await renderOutput('checklist', 'csv', { checklist, plan })).output).toBe(toCsv(checklist));
  expect((await renderOutput('checklist', 'xlsx', { checklist, plan })).output).toEqual(toXlsx(checklist, { sheetPerAgency: true }));
  expect(renderAs(plan, 'md').output).toBe(renderMarkdown(plan));
  const edxml = (await renderOutput('plan', 'edxml', withIds, { name: 'kh' })).output as string;
  expect(edxml).toContain('<edXML:AttachmentName>kh.docx</edXML:AttachmentName>');
  expect((await renderOutput('plan', 'edxml', plan)).diagnostics.map((d) => d.code)).toContain('EDXML_NO_ORGAN_ID');
});

test('registerOutput: a new output last or where asked; the same id replaces; unregisterOutput brings a built-in back', async () => {
  const html = defineOutput({ id: 'html', input: 'plan', extension: 'html', mediaType: 'text/html; charset=utf-8', label: 'trang web', shortLabel: 'HTML', binary: false, render: (p) => ({ output: `<h1>${p.title}</h1>`, diagnostics: [] }) });
  registerOutput(html, { after: 'docx' });
  try {
    expect(outputs('plan').map((o) => o.id).slice(0, 2)).toEqual(['docx', 'html']);
    expect(renderAs(plan, 'html').output).toBe(`<h1>${plan.title}</h1>`);
    const stub = defineOutput({ ...findOutput('plan', 'md')!, render: () => ({ output: 'thay', diagnostics: [] }) });
    registerOutput(stub);
    expect(renderAs(plan, 'md').output).toBe('thay');
    unregisterOutput('plan', 'md');
    expect(renderAs(plan, 'md').output).toBe(renderMarkdown(plan));
  } finally {
    unregisterOutput('plan', 'html');
  }
  expect(findOutput('plan', 'html')).toBeUndefined();
  expect(() => output('plan', 'html')).toThrow(/no plan output "html"/);
});

test('renderAs is for outputs that render at once: an asynchronous one says to use renderOutput', async () => {
  registerOutput(defineOutput({ id: 'cham', input: 'plan', extension: 'txt', mediaType: 'text/plain; charset=utf-8', label: 'chậm', shortLabel: 'Chậm', binary: false, render: async () => ({ output: 'xong', diagnostics: [] }) }));
  try {
    expect(() => renderAs(plan, 'cham')).toThrow(/use renderOutput/);
    expect((await renderOutput('plan', 'cham', plan)).output).toBe('xong');
  } finally {
    unregisterOutput('plan', 'cham');
  }
});
