// @ts-check
// Two test-only outputs, registered when this module loads, as a portal's own would be: `dem` of a
// plan (how many tasks) and `dem` of a checklist (how many items). test/registries/outputs.test.ts
// finds them in the CLI and the service; test/browser/studio.test.ts builds the studio with them
// (KEHOACH_STUDIO_OUTPUTS) and finds their buttons. Nothing else in the repository names them.
import { defineOutput, registerOutput } from 'kehoach';

export const planCount = defineOutput({
  id: 'dem',
  input: 'plan',
  extension: 'dem.txt',
  mediaType: 'text/plain; charset=utf-8',
  label: 'số nhiệm vụ (định dạng thử)',
  shortLabel: 'Đếm nhiệm vụ',
  binary: false,
  render: (plan) => ({ output: `${plan.tasks.length} nhiệm vụ\n`, diagnostics: [] }),
});

export const checklistCount = defineOutput({
  id: 'dem',
  input: 'checklist',
  extension: 'dem.txt',
  mediaType: 'text/plain; charset=utf-8',
  label: 'số việc trong danh mục (định dạng thử)',
  shortLabel: 'Đếm việc',
  binary: false,
  render: ({ checklist, agency }) => ({ output: `${checklist.items.length} việc${agency ? ` của ${agency}` : ''}\n`, diagnostics: [] }),
});

registerOutput(planCount);
registerOutput(checklistCount);
