import { statedFactsOf, valueAt, type FactConflict, type Plan, type Task } from '@kehoach/core';
import { defineRule } from '../rule.js';

/** How each fact is named in a message: the role's verb and the data's key. */
const FACT_WORDS: Record<FactConflict['fact'], { vi: string; en: string }> = {
  lead: { vi: 'cơ quan chủ trì', en: 'the lead' },
  support: { vi: 'cơ quan phối hợp', en: 'the coordinating body' },
  requested: { vi: 'cơ quan được đề nghị', en: 'the requested body' },
  time: { vi: 'thời gian', en: 'the time' },
};

/** The one date of a time (`before`, `by`, `on`), or undefined for a span, a period, a recurrence. */
function oneDate(time: Task['time']): string | undefined {
  if (!time) return undefined;
  const dates = (['on', 'before', 'by', 'from', 'to'] as const).map((k) => (time as Record<string, unknown>)[k]).filter((v) => v !== undefined);
  return dates.length === 1 && typeof dates[0] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(dates[0]) ? dates[0] : undefined;
}

/** The words' one date (`15/9/2025`, `15/9`) written again as the data's day, in the words' own form. */
function dateWords(said: string, iso: string): string | undefined {
  const found = [...said.matchAll(/(?<!\d)(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?![\d/])/g)];
  if (found.length !== 1) return undefined;
  const m = found[0]!;
  const [y, mo, d] = iso.split('-').map(Number) as [number, number, number];
  const pad = (n: number, like: string) => String(n).padStart(like.length, '0');
  const written = `${pad(d, m[1]!)}/${pad(mo, m[2]!)}${m[3] !== undefined ? `/${y}` : ''}`;
  return said.slice(0, m.index) + written + said.slice(m.index! + m[0].length);
}

/**
 * The words that say what the data says, where the data is the truth and says one thing: the one
 * body of the role named instead, the data's one date instead of the words' — and only when the
 * task's words, so changed, no longer disagree with the data.
 */
function wordsOfData(plan: Plan, task: Task, c: FactConflict): string | undefined {
  if (!c.length) return undefined;
  const bodies = c.fact === 'time' ? undefined : task[c.fact];
  const iso = c.fact === 'time' ? oneDate(task.time) : undefined;
  const words = bodies ? (bodies.length === 1 ? bodies[0]!.name : undefined) : iso ? dateWords(c.said, iso) : undefined;
  if (words === undefined || words === c.said) return undefined;
  const text = task.text.map((p, i) => (i === c.paragraph ? p.normalize('NFC').slice(0, c.index) + words + p.normalize('NFC').slice(c.index + c.length) : p));
  const again = statedFactsOf(plan, { ...task, text }).conflicts;
  return again.some((x) => x.fact === c.fact && x.paragraph === c.paragraph) ? undefined : words;
}

/** A task's words say another time, or name another declared body, than its data. */
export default defineRule({
  meta: {
    id: 'text-data-mismatch',
    phase: 'content',
    severity: 'warning',
    category: 'consistency',
    fixable: true,
    notFixable: {
      vi: 'Sửa lời văn theo dữ liệu chỉ khi dữ liệu nói một điều: một cơ quan cho vai trò đó, một ngày cho thời gian (và lời văn ghi một ngày). Dữ liệu nhiều cơ quan, một khoảng thời gian hay một kỳ lặp lại: không biết lời văn nên viết thế nào.',
      en: 'The words are fixed to the data only when the data says one thing: one body in the role, one date for the time (and the words give one date). Several bodies, a span or a recurrence: how the words should read is not known.',
    },
    docs: {
      title: { vi: 'Lời văn khác dữ liệu', en: 'Words disagree with the data' },
      vi: 'Lời văn của nhiệm vụ ghi một thời gian, hoặc nêu một cơ quan (đã khai báo) chủ trì, phối hợp, được đề nghị, khác với dữ liệu của nhiệm vụ (`time`, `lead`, `support`, `requested`). Dữ liệu được in ra khi lời văn chưa nói; khi lời văn đã nói khác, văn bản và danh mục nhiệm vụ sẽ nói hai điều: sửa một trong hai.',
      en: "A task's words give another time, or name another declared lead, coordinating or requested body, than the task's data (`time`, `lead`, `support`, `requested`). The data is printed where the words do not say it; where they say something else, the document and the checklists disagree: change one of them.",
    },
    examples: {
      valid: [
        'body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-theme, tasks: [ { id: a, lead: so-y-te, text: "Hỗ trợ nạn nhân, hoàn thành trước ngày 30/9/2025.", time: { before: 2025-09-30 } }, { id: b, lead: so-y-te, text: "Tiếp nhận nạn nhân (Sở Y tế chủ trì thực hiện)." } ] } } ] } ]',
      ],
      invalid: [
        {
          code: 'body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-theme, tasks: [ { id: a, lead: so-y-te, text: "Hỗ trợ nạn nhân, hoàn thành trước ngày 15/9/2025.", time: { before: 2025-09-30 } } ] } } ] } ]',
          errors: [
            {
              message: 'Lời văn ghi thời gian “trước ngày 15/9/2025”, còn dữ liệu của nhiệm vụ ghi “Trước 30/9/2025”: văn bản và danh mục nhiệm vụ sẽ nói khác nhau.',
              path: '/body/0/items/0/tasks/tasks/0/text',
              text: 'trước ngày 15/9/2025',
            },
          ],
          output: 'body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-theme, tasks: [ { id: a, lead: so-y-te, text: "Hỗ trợ nạn nhân, hoàn thành trước ngày 30/9/2025.", time: { before: 2025-09-30 } } ] } } ] } ]',
        },
        {
          code: 'body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-theme, tasks: [ { id: a, lead: so-y-te, text: [ "Tiếp nhận nạn nhân.", "Hỗ trợ nạn nhân trở về (Công an tỉnh chủ trì thực hiện)." ] } ] } } ] } ]',
          errors: [
            {
              message: 'Lời văn ghi cơ quan chủ trì “Công an tỉnh”, còn dữ liệu của nhiệm vụ ghi “Sở Y tế”: văn bản và danh mục nhiệm vụ sẽ nói khác nhau.',
              path: '/body/0/items/0/tasks/tasks/0/text/1',
              text: 'Công an tỉnh',
            },
          ],
          output: 'body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-theme, tasks: [ { id: a, lead: so-y-te, text: [ "Tiếp nhận nạn nhân.", "Hỗ trợ nạn nhân trở về (Sở Y tế chủ trì thực hiện)." ] } ] } } ] } ]',
        },
        {
          // the data gives two bodies: how the words should name them is not known
          code: 'agencies: { so-tai-chinh: { name: Sở Tài chính, level: tinh, kind: chuyen-mon } }\nbody: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-theme, tasks: [ { id: a, lead: [ so-y-te, cong-an-tinh ], text: "Hỗ trợ nạn nhân trở về (Sở Tài chính chủ trì thực hiện)." } ] } } ] } ]',
          errors: [
            {
              message: 'Lời văn ghi cơ quan chủ trì “Sở Tài chính”, còn dữ liệu của nhiệm vụ ghi “Sở Y tế, Công an tỉnh”: văn bản và danh mục nhiệm vụ sẽ nói khác nhau.',
              path: '/body/0/items/0/tasks/tasks/0/text',
              text: 'Sở Tài chính',
            },
          ],
        },
      ],
    },
  },
  check({ plan, report }) {
    for (const task of plan.tasks) {
      // A task table's row has a column for each fact: its words are the task's name, not its assignment.
      if (task.path.includes('/table/')) continue;
      const text = valueAt(plan.input, `${task.path}/text`);
      for (const c of statedFactsOf(plan, task).conflicts) {
        const words = FACT_WORDS[c.fact];
        const fix = wordsOfData(plan, task, c);
        report({
          path: Array.isArray(text) ? `${task.path}/text/${c.paragraph}` : `${task.path}/text`,
          ...(c.length ? { span: { index: c.index, length: c.length } } : {}),
          message: `Lời văn ghi ${words.vi} “${c.said}”, còn dữ liệu của nhiệm vụ ghi “${c.data}”: văn bản và danh mục nhiệm vụ sẽ nói khác nhau.`,
          messageEn: `The words give ${words.en} "${c.said}", but the task's data gives "${c.data}": the document and the checklists would disagree.`,
          params: { fact: c.fact, said: c.said, data: c.data },
          ...(fix !== undefined ? { fix } : {}),
        });
      }
    }
  },
});
