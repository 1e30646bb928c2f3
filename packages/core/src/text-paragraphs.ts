import type { TextInput } from '@kehoach/schema';

/** A text field as a list of paragraphs (NFC, as Nghị định 30 requires Unicode NFC). */
export function paragraphs(text: TextInput | undefined): string[] {
  if (text === undefined) return [];
  return (Array.isArray(text) ? text : [text]).map((p) => p.normalize('NFC'));
}
