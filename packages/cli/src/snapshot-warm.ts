import { loadPlan, renderAs } from 'kehoach';
import { COMMANDS } from './registry.js';

/** An example plan's text, put in by the snapshot build (scripts/snapshot.mjs). */
declare const __KEHOACH_WARM_PLAN__: string;

/**
 * Loads every command's implementation and renders a plan in memory, so that the snapshot holds
 * their compiled code (what a cold process spends most of its time on).
 */
export async function warmUp(): Promise<void> {
  await Promise.all([
    import('./command-render.js'), import('./command-validate.js'), import('./command-checklist.js'),
    import('./command-clone.js'), import('./command-migrate.js'),
  ]);
  void COMMANDS;
  const { plan } = loadPlan(__KEHOACH_WARM_PLAN__, { file: 'warm.yaml' });
  if (plan) for (let i = 0; i < 3; i++) for (const f of ['docx', 'md', 'txt'] as const) renderAs(plan, f);
}
