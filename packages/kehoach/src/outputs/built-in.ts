import checklistCsv from './checklist-csv.js';
import checklistDocx from './checklist-docx.js';
import checklistIcs from './checklist-ics.js';
import checklistJson from './checklist-json.js';
import checklistMd from './checklist-md.js';
import checklistXlsx from './checklist-xlsx.js';
import type { AnyOutput } from './output.js';
import planDocx from './plan-docx.js';
import planEdxml from './plan-edxml.js';
import planMd from './plan-md.js';
import planTxt from './plan-txt.js';
import statusBaoCao from './status-bao-cao.js';
import statusDonDoc from './status-don-doc.js';
import statusJson from './status-json.js';
import statusTxt from './status-txt.js';
import statusXlsx from './status-xlsx.js';

/**
 * The outputs of `kehoach`, one file each, in the order lists show them; they run in any JavaScript
 * runtime (`kehoach/node` adds `pdf`). A new format is one file here and one line in this list.
 */
export const BUILT_IN_OUTPUTS: readonly AnyOutput[] = [
  planDocx, planMd, planTxt, planEdxml,
  checklistJson, checklistMd, checklistCsv, checklistIcs, checklistDocx, checklistXlsx,
  statusTxt, statusJson, statusXlsx, statusDonDoc, statusBaoCao,
];
