import { findAttribution, parseAttribution as readPhrase, parseLabelledLine as readLabelledLine, splitNames, type FoundAttribution } from '@kehoach/nd30';

/** Who does a task, as found in its words (@kehoach/nd30's `findAttribution`). */
export interface ParsedAttribution extends FoundAttribution {
  /** Free-text time found in a labelled line (`Thời gian hoàn thành: …`). */
  time?: string;
}

/**
 * Reads the attribution of a task from its text: the trailing parenthesis, an inline
 * "X chủ trì, phối hợp với Y", "Đề nghị X …" or "Giao X tham mưu …". `undefined` when the text names nobody.
 */
export function parseAttribution(text: string): ParsedAttribution | undefined {
  return findAttribution(text);
}

/**
 * Reads labelled lines that follow a task ("- Đơn vị chủ trì thực hiện: Sở Khoa học và Công
 * nghệ.", "- Đơn vị phối hợp: …", "- Đơn vị thực hiện: …", "- Thời gian hoàn thành: …");
 * returns `undefined` when a line is not one of them (the recogniser reads lead, support and time).
 */
export function parseLabelledLine(line: string): { field: 'lead' | 'support' | 'requested' | 'time'; value: string } | undefined {
  const l = readLabelledLine(line);
  return l && (l.field === 'lead' || l.field === 'support' || l.field === 'requested' || l.field === 'time') ? { field: l.field, value: l.value } : undefined;
}

/**
 * The bodies a labelled line names, by role: a lead line may say it all (`Đơn vị thực hiện: Văn phòng
 * UBND tỉnh chủ trì, phối hợp với Sở Khoa học và Công nghệ`), read as an attribution phrase.
 */
export function labelledRoles(field: 'lead' | 'support' | 'requested', value: string): { lead: string[]; support: string[]; requested: string[] } {
  const none = { lead: [], support: [], requested: [] };
  if (field !== 'lead') return { ...none, [field]: splitNames(value) };
  const phrase = /chủ trì|phối hợp|Đề nghị/u.test(value) ? readPhrase(value) : undefined;
  return phrase ? { lead: phrase.lead, support: phrase.support, requested: phrase.requested } : { ...none, lead: splitNames(value) };
}
