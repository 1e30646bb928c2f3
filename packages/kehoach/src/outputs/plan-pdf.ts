import { convertManyToPdf, NODE_CODES } from '@kehoach/node';
import { renderDocx } from '../api.js';
import { defineOutput, type OutputConversion, type OutputResult } from './output.js';

/** Where LibreOffice's failures are reported. */
const SOFFICE = { file: 'soffice', path: '', line: 1, column: 1 };

/** DOCX documents to PDF, a batch by one LibreOffice process. */
const conversion: OutputConversion = {
  from: 'docx',
  async many(docs, options): Promise<OutputResult[]> {
    const pdfs = await convertManyToPdf(docs, { pdfa: options.pdfa === true, ...(options.onConverted ? { onConverted: options.onConverted } : {}) });
    return pdfs.map((p) =>
      p.pdf ? { output: p.pdf, diagnostics: [] } : { diagnostics: [NODE_CODES.create('PDF_UNAVAILABLE', SOFFICE, { detail: p.error!.vi, detailEn: p.error!.en })] },
    );
  },
};

/**
 * The plan as PDF: its DOCX converted by LibreOffice (`soffice`, Node only: `kehoach/node` registers
 * it); `pdfa` for PDF/A-2b. A batch is converted by one LibreOffice process (`conversion.many`).
 */
export default defineOutput({
  id: 'pdf',
  input: 'plan',
  extension: 'pdf',
  mediaType: 'application/pdf',
  label: 'PDF (cần LibreOffice); --pdfa cho PDF/A-2b',
  shortLabel: 'PDF',
  binary: true,
  conversion,
  async render(plan, options) {
    const docx = renderDocx(plan, options);
    if (!docx.docx) return { diagnostics: docx.diagnostics };
    const [pdf] = await conversion.many([docx.docx], options);
    return { ...pdf!, diagnostics: [...docx.diagnostics, ...pdf!.diagnostics] };
  },
});
