import { dirname } from 'node:path';

/**
 * The end of the closing line after a command wrote files: ` ke-hoach.docx`, ` 3 tệp: a, b, c`, or for
 * a batch ` 3321 tệp vào out/ (xa-1.yaml … xa-3321.docx)`.
 */
export function writtenSummary(files: readonly string[]): string {
  if (files.length === 1) return ` ${files[0]}`;
  if (files.length <= 5) return ` ${files.length} tệp: ${files.join(', ')}`;
  const dirs = [...new Set(files.map((f) => dirname(f)))];
  const where = dirs.length === 1 ? ` vào ${dirs[0]}/` : ` vào ${dirs.length} thư mục`;
  return ` ${files.length} tệp${where} (${files[0]} … ${files[files.length - 1]})`;
}
