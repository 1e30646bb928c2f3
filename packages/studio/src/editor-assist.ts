/**
 * What the editor adds once it is used (editor.ts loads this module on the first focus or pointer):
 * completion and hover from the plan schema (which comes with it), closing brackets, search.
 */
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';

export { startCompletion } from '@codemirror/autocomplete';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import type { Extension } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import { planSchema } from 'kehoach';
import { schemaCompletion, schemaHover, type AgencySource } from './schema-assist.js';
import type { Schema } from './schema-walker.js';

/** The extensions, for the agencies of the plan shown. */
export async function assistExtensions(agencies: AgencySource): Promise<Extension> {
  const schema = planSchema as unknown as Schema;
  return [
    closeBrackets(),
    highlightSelectionMatches(),
    autocompletion({ override: [schemaCompletion(schema, agencies)], icons: false }),
    schemaHover(schema),
    keymap.of([...closeBracketsKeymap, ...searchKeymap, ...completionKeymap]),
  ];
}
