import { defineCodes } from '@kehoach/core';

/**
 * Every diagnostic code of `@kehoach/import`, in one table. Codes are stable: tools may match on them.
 * A file that cannot be read gets exactly one error from this table, never an exception.
 */
export const IMPORT_CODES = defineCodes('import', {
  IMPORT_EMPTY: {
    severity: 'error',
    vi: 'Tệp rỗng: không có nội dung để nhập.',
    en: 'The file is empty: nothing to import.',
    example: '(a 0-byte file)',
  },
  IMPORT_TOO_LARGE: {
    severity: 'error',
    vi: 'Tệp quá lớn ({size}); giới hạn là {limit}.',
    en: 'The file is too large ({size}); the limit is {limit}.',
    example: '(a 60 MB PDF)',
  },
  IMPORT_UNCOMPRESSED_TOO_LARGE: {
    severity: 'error',
    vi: 'Tệp DOCX giải nén ra quá lớn ({size}, giới hạn {limit}); có thể là tệp độc hại.',
    en: 'The DOCX expands to too much data ({size}, limit {limit}); possibly a zip bomb.',
    example: '(a DOCX whose document.xml expands to 1 GB)',
  },
  IMPORT_TOO_MANY_PAGES: {
    severity: 'error',
    vi: 'Tệp PDF có {pages} trang; giới hạn là {limit} trang. Một kế hoạch thường dưới 50 trang.',
    en: 'The PDF has {pages} pages; the limit is {limit}.',
    example: '(a 500-page PDF)',
  },
  IMPORT_TOO_MANY_PARAGRAPHS: {
    severity: 'error',
    vi: 'Tệp có hơn {limit} đoạn văn ({count}); một kế hoạch thường dưới 3 000 đoạn. Không nhập (có thể là tệp độc hại).',
    en: 'The file has more than {limit} paragraphs ({count}); a plan usually has under 3,000. Not imported (possibly a hostile file).',
    example: '(a DOCX of 1 000 000 empty paragraphs)',
  },
  IMPORT_TOO_COMPLEX: {
    severity: 'error',
    vi: 'Phần {part} của tệp DOCX có hơn {limit} phần tử XML ({count}); một kế hoạch thường dưới 100 000. Không nhập (có thể là tệp độc hại).',
    en: 'The DOCX part {part} has more than {limit} XML elements ({count}); a plan usually has under 100,000. Not imported (possibly a hostile file).',
    example: '(a DOCX whose document.xml holds 5 000 000 empty runs)',
  },
  IMPORT_TABLES_TOO_DEEP: {
    severity: 'error',
    vi: 'Tệp có bảng lồng trong bảng quá {limit} cấp (đoạn {paragraph}); văn bản hành chính chỉ lồng 1–2 cấp. Không nhập (có thể là tệp độc hại).',
    en: 'The file nests tables more than {limit} deep (paragraph {paragraph}); documents nest 1–2 deep. Not imported (possibly a hostile file).',
    example: '(a DOCX of tables nested 300 deep)',
  },
  IMPORT_PDF_TOO_COMPLEX: {
    severity: 'error',
    vi: 'Tệp PDF quá phức tạp để đọc ({detail}). Không nhập (có thể là tệp độc hại); hãy xin bản DOCX gốc.',
    en: 'The PDF is too complex to read ({detailEn}). Not imported (possibly a hostile file); ask for the DOCX.',
    example: '(a PDF whose page content inflates to millions of text operators)',
  },
  IMPORT_UNSUPPORTED_FORMAT: {
    severity: 'error',
    vi: 'Không nhận ra loại tệp “{name}”. Chỉ nhập được DOCX, PDF, văn bản (.txt) và Markdown (.md).',
    en: 'Unrecognised file type "{name}". Only DOCX, PDF, text (.txt) and Markdown (.md) can be imported.',
    example: 'kehoach import anh.png',
  },
  IMPORT_DOC_BINARY: {
    severity: 'error',
    vi: 'Đây là tệp Word 97–2003 (.doc), không đọc được trực tiếp. Mở bằng Word hoặc LibreOffice và lưu lại dạng .docx (LibreOffice: soffice --headless --convert-to docx tep.doc).',
    en: 'This is a Word 97–2003 file (.doc). Save it as .docx first (LibreOffice: soffice --headless --convert-to docx file.doc).',
    example: 'kehoach import ke-hoach.doc',
  },
  IMPORT_DOCM: {
    severity: 'warning',
    vi: 'Tệp Word có macro (.docm): macro không bao giờ được chạy, chỉ đọc nội dung văn bản.',
    en: 'A macro-enabled Word file (.docm): macros are never run; only the text is read.',
    example: 'kehoach import ke-hoach.docm',
  },
  IMPORT_ENCRYPTED: {
    severity: 'error',
    vi: 'Tệp được đặt mật khẩu (mã hóa) nên không đọc được nội dung. Hãy gỡ mật khẩu rồi nhập lại.',
    en: 'The file is password-protected (encrypted). Remove the password and import it again.',
    example: '(a DOCX saved with a password, or an encrypted PDF)',
  },
  IMPORT_CORRUPT: {
    severity: 'error',
    vi: 'Tệp {format} bị hỏng, không đọc được: {detail}.',
    en: 'The {format} file is corrupt: {detailEn}.',
    example: '(a DOCX cut in half by a failed download)',
  },
  IMPORT_NEEDS_OCR: {
    severity: 'error',
    vi: 'Tệp PDF không có lớp chữ ({pages} trang, là ảnh quét): cần nhận dạng chữ (OCR) trước khi nhập; công cụ này không làm OCR.',
    en: 'The PDF has no text layer ({pages} pages of scanned images): run OCR first; this tool does not.',
    example: '(a scanned PDF)',
  },
  IMPORT_GARBAGE_TEXT: {
    severity: 'error',
    vi: 'Lớp chữ của tệp PDF bị hỏng (bảng mã phông chữ sai): chữ trích ra là ký tự vô nghĩa, ví dụ “{sample}”. Không nhập để tránh dữ liệu rác. Hãy xin bản DOCX gốc, hoặc in lại PDF từ Word, hoặc dùng OCR.',
    en: 'The PDF text layer is garbage (broken font map), e.g. "{sample}". Not imported. Ask for the DOCX, print the PDF again from Word, or OCR it.',
    example: '(corpus 18: a PDF printed through Ghostscript with broken ToUnicode maps)',
  },
  IMPORT_NOT_UTF8: {
    severity: 'error',
    vi: 'Tệp văn bản không phải UTF-8 ({detail}). Hãy lưu lại tệp với bảng mã UTF-8.',
    en: 'The text file is not UTF-8 ({detail}). Save it as UTF-8.',
    example: '(a .txt saved as Windows-1258)',
  },
  IMPORT_GLYPHS_REPAIRED: {
    severity: 'warning',
    vi: 'Đã sửa {count} ký tự giống chữ Việt nhưng sai mã (ví dụ “{sample}”); kiểm tra lại các chỗ đó.',
    en: 'Repaired {count} lookalike characters (e.g. "{sample}"); check those places.',
    example: 'Thương → Thương (ƣ U+01A3 for ư)',
  },
  IMPORT_LEGACY_ENCODING: {
    severity: 'warning',
    vi: 'Có {count} đoạn còn chữ gõ bằng bảng mã cũ ({encoding}), ví dụ “{sample}”; đã chuyển sang Unicode, kiểm tra lại.',
    en: '{count} paragraphs hold text in a legacy encoding ({encoding}), e.g. "{sample}"; converted to Unicode, check them.',
    example: 'KÕ ho¹ch (TCVN3 text pasted into a Unicode document)',
  },
  IMPORT_PDF_ENGINE: {
    severity: 'error',
    vi: 'Không tải được bộ đọc PDF (pdf.js): {detail}.',
    en: 'Cannot load the PDF reader (pdf.js): {detail}.',
    example: '(pdfjs-dist missing from the bundle)',
  },
  IMPORT_UNSURE: {
    severity: 'info',
    vi: 'Cần kiểm tra: {detail}.',
    en: 'To check: {detailEn}.',
    example: '(a document with no issuer name in its header)',
  },
  IMPORT_OUTPUT_INVALID: {
    severity: 'error',
    vi: 'Kế hoạch nhập được không nạp được: {detail}. Lệnh kehoach import không ghi tệp YAML này; báo lỗi kèm tệp gốc.',
    en: 'The imported plan does not load: {detailEn}. kehoach import does not write this YAML; report it with the original file.',
    example: '(a recognised structure the schema refuses)',
  },
});

/** A diagnostic code of the importer. */
export type ImportCode = keyof typeof IMPORT_CODES.codes;
