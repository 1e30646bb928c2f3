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
  OUTPUT_NAME_CLASH: {
    severity: 'error',
    vi: 'Hai đầu vào cho cùng một tệp xuất “{target}”: “{first}” và “{second}” (tên chỉ khác phần mở rộng hay chữ hoa cũng là trùng). Không tệp nào được ghi: đổi tên một tệp hoặc ghi chúng vào hai thư mục khác nhau.',
    en: 'Two inputs would write the same output “{target}”: “{first}” and “{second}” (names differing only by extension or case clash too). Nothing was written: rename one, or write them to different folders.',
    example: 'kehoach render a/ke-hoach.yaml b/ke-hoach.yaml --out-dir out',
  },
  IMPORT_TIME_LIMIT: {
    severity: 'error',
    vi: 'Đọc tệp nhận được quá {seconds} giây nên đã dừng: tệp quá lớn hoặc được làm ra để làm treo chương trình. Không tệp nào được ghi. Nếu tin tệp này, chạy lại với --time-limit lớn hơn (0: không giới hạn).',
    en: 'Reading the received file took longer than {seconds} s and was stopped: the file is too large or made to hang the program. Nothing was written. If you trust it, run again with a larger --time-limit (0: none).',
    example: 'kehoach import ke-hoach-nhan-duoc.pdf --time-limit 5   # a PDF that takes longer',
  },
  IMPORT_MEMORY_LIMIT: {
    severity: 'error',
    vi: 'Đọc tệp nhận được cần quá {mb} MB bộ nhớ nên đã dừng: tệp quá lớn hoặc được làm ra để làm cạn bộ nhớ. Không tệp nào được ghi.',
    en: 'Reading the received file needed more than {mb} MB of memory and was stopped: the file is too large or made to exhaust memory. Nothing was written.',
    example: 'kehoach import bom-nen.pdf',
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
