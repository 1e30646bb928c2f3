import type { ReceivedBlock, ReceivedParagraph, ReceivedTable, TableRole } from './model.js';

/** Every paragraph inside a block, tables included, in reading order. */
export function paragraphsOf(block: ReceivedBlock): ReceivedParagraph[] {
  if (block.kind === 'paragraph') return [block];
  if (block.kind === 'section') return [];
  return block.rows.flatMap((r) => r.cells.flatMap((c) => c.blocks.flatMap(paragraphsOf)));
}

const MOTTO = /CỘNG\s*H[ÒO]A\s*XÃ\s*HỘI|Độc\s*lập\s*[-–]\s*Tự\s*do/i;
const RECIPIENTS = /^\s*N[ơo]i\s+nh[ậa]n\s*:?/i;
const AUTHORITY = /^(TM\.|KT\.|Q\.|TL\.|TUQ\.)\s*\p{Lu}|^(PHÓ\s+)?(GIÁM ĐỐC|CHỦ TỊCH|TRƯỞNG BAN|TRƯỞNG ĐOÀN|HIỆU TRƯỞNG|BÍ THƯ|CHÁNH VĂN PHÒNG|TRƯỞNG PHÒNG|THỦ TRƯỞNG)\b/u;

/**
 * What a table is for. A layout table carries the header (issuer | Quốc hiệu) or the
 * signature block (Nơi nhận | authority, title, name); everything else is `content`.
 */
export function tableRole(table: ReceivedTable): TableRole {
  if (table.columns > 4 || table.rows.length > 6) return 'content';
  const paras = paragraphsOf(table);
  if (paras.some((p) => MOTTO.test(p.plain))) return 'header';
  const bordered = table.borders === true;
  // a bordered look may come from a table style the original overrides: Nơi nhận decides alone
  if (table.columns <= 3 && paras.some((p) => RECIPIENTS.test(p.plain))) return 'signature';
  if (!bordered && paras.some((p) => AUTHORITY.test(p.plain.trim()))) return 'signature';
  return 'content';
}
