import { defineCodes } from '@kehoach/core';

/** The diagnostic codes of `@kehoach/node` (reading and writing files, PDF through LibreOffice). Codes are stable: tools and portals may match on them. */
export const NODE_CODES = defineCodes('node', {
  FILE_UNREADABLE: {
    severity: 'error',
    vi: 'Không đọc được tệp: {detail}.',
    en: 'Cannot read the file: {detailEn}.',
    example: 'kehoach validate khong-co.yaml',
  },
  FILE_UNWRITABLE: {
    severity: 'error',
    vi: 'Không ghi được tệp: {detail}. Kiểm tra đường dẫn sau -o, --out-dir hoặc --split.',
    en: 'Cannot write the file: {detailEn}. Check the path given to -o, --out-dir or --split.',
    example: 'kehoach render plan.yaml -o /khong/co/thu-muc/x.docx',
  },
  PDF_UNAVAILABLE: {
    severity: 'error',
    vi: 'Không xuất được PDF: {detail}. Cài LibreOffice (Debian: apt-get install libreoffice-writer-nogui) rồi chạy lại, hoặc xuất DOCX.',
    en: 'Cannot produce a PDF: {detailEn}. Install LibreOffice (soffice) or render DOCX.',
    example: 'kehoach render plan.yaml --format pdf   # without LibreOffice',
  },
});

/** A code of `NODE_CODES`. */
export type NodeCode = keyof typeof NODE_CODES.codes;
