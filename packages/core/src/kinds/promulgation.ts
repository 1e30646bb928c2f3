import type { PlanInput } from '@kehoach/schema';
import type { Plan } from '../model.js';
import { dossierOf } from './compose-hook.js';
import { documentKinds } from './registry.js';

/**
 * The document that promulgates a plan, when its `dossier` asks for one: the first registered kind
 * whose `compose.promulgates` is set and whose block the dossier has (a Quyết định ban hành). It is
 * the plan issuer's own document: its symbol is the kind's abbreviation and the issuer's
 * (`QĐ-UBND`), its number and date those of the block; a block without both is a draft.
 */
export function promulgationOf(input: PlanInput): Plan['attachment'] {
  const dossier = dossierOf(input);
  for (const kind of documentKinds()) {
    const hook = kind.compose;
    const block = hook?.promulgates ? dossier[hook.from] : undefined;
    if (!hook?.promulgates || !block || typeof block !== 'object') continue;
    const b = block as { number?: unknown; date?: unknown };
    const issued = typeof b.number === 'number' && typeof b.date === 'string';
    return {
      kind: kind.id,
      lead: hook.promulgates.lead,
      symbol: kind.symbolPrefix ? `${kind.symbolPrefix}-${input.issuer.abbreviation}` : input.issuer.abbreviation,
      ...(issued ? { number: b.number as number, date: b.date as string } : {}),
    };
  }
  return undefined;
}
