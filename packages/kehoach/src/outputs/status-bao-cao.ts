import { renderDocx } from '../api.js';
import { resultReport } from '../tracking/result-report.js';
import { defineOutput } from './output.js';

/**
 * The Báo cáo kết quả thực hiện Kế hoạch (Mẫu 1.4) as a DOCX (`resultReport`): `kehoach status …
 * --report`. Options: `period` (the period reported, in words).
 */
export default defineOutput({
  id: 'bao-cao',
  input: 'status',
  extension: 'docx',
  mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  label: 'báo cáo kết quả thực hiện kế hoạch, phụ lục tình trạng từng nhiệm vụ (Word)',
  shortLabel: 'Báo cáo kết quả',
  binary: true,
  render({ status, plan }, options) {
    const doc = resultReport(plan, status, options.period ? { period: options.period } : {});
    if (!doc.plan) return { diagnostics: doc.diagnostics };
    const r = renderDocx(doc.plan, options);
    return { ...(r.docx ? { output: r.docx } : {}), diagnostics: [...doc.diagnostics, ...r.diagnostics] };
  },
});
