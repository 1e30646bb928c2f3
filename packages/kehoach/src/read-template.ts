import { formatBytes } from '@kehoach/core';
import { readInput, type ReadResult } from '@kehoach/node';
import { RENDER_DOCX_CODES, TEMPLATE_LIMITS } from '@kehoach/render-docx';

/**
 * Reads a DOCX template of one's own (for `renderDocx(plan, { template })`) within the template's
 * size limit: a device or a huge file is refused, never read whole. A file too large or a folder
 * is `TEMPLATE_INVALID`; a missing or unreadable file keeps the reader's own diagnostic.
 *
 * @example
 * const { bytes, diagnostic } = await readTemplate('mau-rieng.docx');
 * if (bytes) renderDocx(plan, { template: bytes, templateFile: 'mau-rieng.docx' });
 */
export async function readTemplate(file: string): Promise<ReadResult> {
  const read = await readInput(file, TEMPLATE_LIMITS.maxBytes);
  if (read.bytes) return { bytes: read.bytes };
  const d = read.diagnostic!;
  if (d.code !== 'INPUT_TOO_LARGE' && d.code !== 'INPUT_NOT_MAPPING') return { diagnostic: d };
  const place = { file, path: '', line: 1, column: 1 };
  return {
    diagnostic: RENDER_DOCX_CODES.create('TEMPLATE_INVALID', place, d.code === 'INPUT_TOO_LARGE'
      ? { detail: `tệp mẫu quá lớn (giới hạn ${formatBytes(TEMPLATE_LIMITS.maxBytes)})`, detailEn: `the template is larger than ${TEMPLATE_LIMITS.maxBytes} bytes` }
      : { detail: 'đường dẫn là một thư mục', detailEn: 'the path is a folder' }),
  };
}
