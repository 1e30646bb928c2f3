import { describe, expect, test } from 'vitest';
import { renderMarkdown, renderText } from '@kehoach/render-text';
import { expectGolden as golden } from '../golden-file.js';
import { ALL_EXAMPLES, loadExample } from '../helpers.js';

// Golden fixtures: each example → its normalised tasks (JSON), its text and its Markdown.
// Regenerate with `UPDATE=1 pnpm test` and review the diff like any other change.

describe('golden output of the examples', () => {
  test.each(ALL_EXAMPLES)('%s', (name) => {
    const plan = loadExample(name);
    const tasks = plan.tasks.map((t) => ({
      id: t.id,
      ref: t.ref,
      lead: t.lead.map((a) => a.id),
      support: t.support.map((a) => a.id),
      requested: t.requested.map((a) => a.id),
      ...(t.time ? { time: t.time } : {}),
      ...(t.parentId ? { parentId: t.parentId } : {}),
    }));
    golden(`${name}.tasks.json`, JSON.stringify(tasks, null, 2) + '\n');
    golden(`${name}.txt`, renderText(plan));
    golden(`${name}.md`, renderMarkdown(plan));
  });
});
