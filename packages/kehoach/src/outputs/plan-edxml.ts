import { exportEdxml } from '@kehoach/edxml';
import { renderDocx } from '../api.js';
import { defineOutput } from './output.js';

/**
 * The edXML message (QCVN 102:2016/BTTTT) of the plan, its DOCX attached, for e-office systems; the
 * attachment is named after `options.name` (default `<số>-<ký hiệu>.docx`).
 */
export default defineOutput({
  id: 'edxml',
  input: 'plan',
  extension: 'edxml',
  otherExtensions: ['xml'],
  mediaType: 'application/xml; charset=utf-8',
  label: 'gói tin edXML (QCVN 102:2016/BTTTT) kèm bản DOCX',
  shortLabel: 'edXML',
  binary: false,
  purpose: 'exchange',
  render(plan, options) {
    const docx = renderDocx(plan, options);
    if (!docx.docx) return { diagnostics: docx.diagnostics };
    const message = exportEdxml(plan, docx.docx, options.name !== undefined ? { attachmentName: `${options.name}.docx` } : {});
    const diagnostics = [...docx.diagnostics, ...message.diagnostics];
    return message.xml !== undefined ? { output: message.xml, diagnostics } : { diagnostics };
  },
});
