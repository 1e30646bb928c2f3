#!/usr/bin/env node
// Builds the bundled default template templates/ke-hoach.docx (and its base64 copy in
// src/generated/default-template.ts, for browsers) from the OOXML below. Deterministic: the same
// script always writes the same bytes. Agencies can instead open the .docx in Word, restyle it and
// pass it with `--template`; README "DOCX template" lists its tags and styles.
//
// Numbers follow ../shared/docs/nd30-layout.md: A4 11906×16838, margins top/bottom 1134,
// left 1701, right 851 (text width 9354), Times New Roman, page number 14 pt centred in the header
// from page 2 (titlePg with an empty first-page header).
import { writeFileSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import PizZip from 'pizzip';

const here = fileURLToPath(new URL('..', import.meta.url));
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const FIXED_DATE = new Date(1980, 0, 1, 0, 0, 0);

// Widths (twips): header table 3600 | 5754, signature table 3500 | 5854.
const HEAD_L = 3600, HEAD_R = 5754, SIG_L = 3500, SIG_R = 5854;
// Hanging indent of dash lines (Nơi nhận, Kính gửi): the width of “- ” at 11–14 pt, ≈ 2.5 mm.
const HANG = 142;

const rpr = ({ b = false, i = false, sz = 28 } = {}) =>
  `<w:rPr>${b ? '<w:b/><w:bCs/>' : ''}${i ? '<w:i/><w:iCs/>' : ''}<w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/></w:rPr>`;
const run = (text, o) => `<w:r>${rpr(o)}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const para = (runs, { jc = 'center', sz = 28, b, i, after = 0, ind = '', bdr = '', keep = false, style = '' } = {}) =>
  `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${keep ? '<w:keepNext/>' : ''}${bdr}<w:spacing w:before="0" w:after="${after}" w:line="240" w:lineRule="auto"/>${ind}<w:jc w:val="${jc}"/>${rpr({ b, i, sz })}</w:pPr>${runs}</w:p>`;
const tagPara = (tag, o = {}) => para(run(tag, o), o);
// A short solid line: the bottom border of a small empty paragraph, narrowed by indents.
// Widths measured on the rendered PDF: Tiêu ngữ at 14 pt bold is ≈ 3400 twips wide, the line
// under it matches; the line under the issuer and the title is ≈ 1/3–1/2 of the text above.
const line = (left, right, after = 0) =>
  `<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="0" w:color="000000"/></w:pBdr><w:spacing w:before="0" w:after="${after}" w:line="100" w:lineRule="exact"/><w:ind w:left="${left}" w:right="${right}"/><w:jc w:val="center"/><w:rPr><w:sz w:val="4"/></w:rPr></w:pPr></w:p>`;
const cell = (width, content, vAlign = 'top') =>
  `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/><w:vAlign w:val="${vAlign}"/></w:tcPr>${content}</w:tc>`;
const table = (widths, rows, { cantSplit = false } = {}) =>
  `<w:tbl><w:tblPr><w:tblW w:w="${widths[0] + widths[1]}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="0000"/></w:tblPr><w:tblGrid><w:gridCol w:w="${widths[0]}"/><w:gridCol w:w="${widths[1]}"/></w:tblGrid>${rows.map((r) => `<w:tr>${cantSplit ? '<w:trPr><w:cantSplit/></w:trPr>' : ''}${r}</w:tr>`).join('')}</w:tbl>`;

const header = table([HEAD_L, HEAD_R], [
  cell(HEAD_L,
    tagPara('{#hasParent}', { sz: 26 }) + tagPara('{parentBody}', { sz: 26 }) + tagPara('{/hasParent}', { sz: 26 }) +
    tagPara('{issuer}', { sz: 26, b: true }) + line(1250, 1250)) +
  cell(HEAD_R,
    para(run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { b: true, sz: 26 }), { sz: 26, b: true }) +
    para(run('Độc lập - Tự do - Hạnh phúc', { b: true, sz: 28 }), { sz: 28, b: true }) + line(1170, 1170)),
  cell(HEAD_L,
    para(run('{numberLine}', { sz: 26 }), { sz: 26, after: 0 }) +
    tagPara('{#hasSubject}', { sz: 24 }) + tagPara('{subject}', { sz: 24 }) + tagPara('{/hasSubject}', { sz: 24 }) +
    // Độ mật, độ khẩn (Phụ lục I, ô 10a, 10b): under the number and the V/v, upper case, bold.
    tagPara('{#hasMarks}', { sz: 26, b: true }) + tagPara('{#marks}', { sz: 26, b: true }) + para(run('{.}', { b: true, sz: 26 }), { sz: 26, b: true, after: 60 }).replace('<w:spacing w:before="0"', '<w:spacing w:before="60"') + tagPara('{/marks}', { sz: 26, b: true }) + tagPara('{/hasMarks}', { sz: 26, b: true })) +
  cell(HEAD_R, para(run('{dateLine}', { i: true, sz: 28 }), { i: true, sz: 28 })),
]);

const title =
  tagPara('{#hasTypeLine}') +
  para(run('{typeLine}', { b: true }), { b: true, keep: true, after: 0 }).replace('<w:spacing w:before="0"', '<w:spacing w:before="360"') +
  tagPara('{title}', { b: true, keep: true }) +
  // A document promulgated by another: “(Ban hành kèm theo Quyết định số …)”, italic, under the title.
  tagPara('{#hasAttachedLine}', { i: true, keep: true }) + tagPara('{attachedLine}', { i: true, keep: true }) + tagPara('{/hasAttachedLine}', { i: true, keep: true }) +
  line(3077, 3077, 240) +
  tagPara('{/hasTypeLine}');

const addressees =
  tagPara('{#hasAddressees}') +
  para(run('Kính gửi:'), { jc: 'left', ind: '<w:ind w:left="2268"/>' }).replace('<w:spacing w:before="0"', '<w:spacing w:before="240"') +
  // A wrapped Kính gửi or Nơi nhận line continues under its text, not under the dash.
  tagPara('{#addressees}', { jc: 'left' }) + para(run('- {.};'), { jc: 'left', ind: `<w:ind w:left="${3402 + HANG}" w:hanging="${HANG}"/>` }) + tagPara('{/addressees}', { jc: 'left' }) +
  para('', { after: 120 }) +
  tagPara('{/hasAddressees}');

const body = tagPara('{@body}', { jc: 'both' });

// An attachment in a file of its own (Phụ lục I): the organisation's signature line at the top right
// of its first page, no image — number and symbol, time of signing — Times New Roman 10, upright.
const stamp =
  tagPara('{#hasStamp}', { jc: 'right', sz: 20 }) + tagPara('{#stamp}', { jc: 'right', sz: 20 }) + tagPara('{.}', { jc: 'right', sz: 20 }) + tagPara('{/stamp}', { jc: 'right', sz: 20 }) + tagPara('{/hasStamp}', { jc: 'right', sz: 20 });

// The draft indication (chỉ dẫn về dự thảo văn bản, Phụ lục I): “DỰ THẢO” or “DỰ THẢO LẦN 2” at the top
// right of page 1, upper case, 14 pt, bold and upright, in a single-line frame: a character border,
// which frames the words however long they are (Word and LibreOffice both draw it; it follows w:szCs,
// as CT_RPr orders it).
const draftFrame = '<w:bdr w:val="single" w:sz="8" w:space="2" w:color="000000"/>';
const draftMark =
  tagPara('{#hasDraftMark}', { jc: 'right' }) +
  para(run('{draftMark}', { b: true }).replace('</w:rPr>', `${draftFrame}</w:rPr>`), { jc: 'right', b: true, after: 120 }) +
  tagPara('{/hasDraftMark}', { jc: 'right' });

const signature = table([SIG_L, SIG_R], [
  cell(SIG_L,
    tagPara('{#hasRecipients}', { jc: 'left', sz: 24 }) +
    para(run('Nơi nhận:', { b: true, i: true, sz: 24 }), { jc: 'left', sz: 24, b: true, i: true }) +
    tagPara('{#recipients}', { jc: 'left', sz: 22 }) + para(run('{.}', { sz: 22 }), { jc: 'left', sz: 22, ind: `<w:ind w:left="${HANG}" w:hanging="${HANG}"/>` }) + tagPara('{/recipients}', { jc: 'left', sz: 22 }) +
    tagPara('{/hasRecipients}', { jc: 'left', sz: 22 })) +
  cell(SIG_R,
    tagPara('{#hasSignature}', { b: true }) +
    tagPara('{#signatureLines}', { b: true }) + tagPara('{.}', { b: true }) + tagPara('{/signatureLines}', { b: true }) +
    para('', {}) + para('', {}) + para('', {}) + para('', {}) +
    tagPara('{signerName}', { b: true }) +
    tagPara('{/hasSignature}', { b: true })),
], { cantSplit: true });

const sectPr = `<w:sectPr><w:headerReference w:type="default" r:id="rId10"/><w:headerReference w:type="first" r:id="rId11"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/><w:cols w:space="720"/><w:titlePg/><w:docGrid w:linePitch="381"/></w:sectPr>`;

const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W}><w:body>${draftMark}${stamp}${header}${title}${addressees}${body}${para('', { after: 120, keep: true })}${signature}${tagPara('{@appendix}', { jc: 'both' })}${sectPr}</w:body></w:document>`;

const pageNumberHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr ${W}><w:p><w:pPr><w:jc w:val="center"/><w:rPr><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:pPr><w:r><w:rPr><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:rPr><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:rPr><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t>2</w:t></w:r><w:r><w:rPr><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>`;
const emptyHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr ${W}><w:p><w:pPr><w:jc w:val="center"/></w:pPr></w:p></w:hdr>`;

// Paragraph styles the body uses; restyle them in Word to change the look of every plan.
const bodyStyle = (id, name, { b = false, i = false, keep = false, ind = 567, jc = 'both', before = 0 } = {}) =>
  `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr>${keep ? '<w:keepNext/><w:keepLines/>' : ''}<w:spacing w:before="${before}" w:after="120" w:line="264" w:lineRule="auto"/><w:ind w:firstLine="${ind}"/><w:jc w:val="${jc}"/></w:pPr><w:rPr>${b ? '<w:b/><w:bCs/>' : ''}${i ? '<w:i/><w:iCs/>' : ''}</w:rPr></w:style>`;
const stylesXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:color w:val="000000"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl/><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
${bodyStyle('KHMoDau', 'KH Mở đầu')}
${bodyStyle('KHBanHanh', 'KH Thẩm quyền, QUYẾT ĐỊNH: (Mẫu 1.3)', { b: true, keep: true, ind: 0, jc: 'center', before: 120 })}
${bodyStyle('KHPhan', 'KH Phần (Phần I / TÊN PHẦN)', { b: true, keep: true, ind: 0, jc: 'center', before: 120 })}
${bodyStyle('KHMuc', 'KH Mục (I. II.)', { b: true, keep: true })}
${bodyStyle('KHKhoan', 'KH Khoản có tiêu đề (1. 2.1.)', { b: true, keep: true })}
${bodyStyle('KHDoan', 'KH Đoạn (điểm, gạch đầu dòng)')}
${bodyStyle('KHNgoac', 'KH Phân công trong ngoặc')}
</w:styles>`;

const settingsXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings ${W}><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;

const files = {
  '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
  '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`,
  'docProps/core.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Kế hoạch</dc:title><dc:creator>kehoach</dc:creator><dc:language>vi-VN</dc:language></cp:coreProperties>`,
  'docProps/app.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>kehoach</Application></Properties>`,
  'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId11" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/></Relationships>`,
  'word/document.xml': documentXml,
  'word/styles.xml': stylesXml,
  'word/settings.xml': settingsXml,
  'word/header1.xml': pageNumberHeader,
  'word/header2.xml': emptyHeader,
};

const zip = new PizZip();
for (const [name, content] of Object.entries(files)) zip.file(name, content, { date: FIXED_DATE, createFolders: false });
const bytes = zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
const out = here + 'templates/ke-hoach.docx';
writeFileSync(out + '.tmp', bytes);
renameSync(out + '.tmp', out);
const ts = here + 'src/generated/default-template.ts';
writeFileSync(ts + '.tmp',
  '// Generated by packages/render-docx/scripts/build-template.mjs — do not edit.\n' +
  '/** The bundled default template (templates/ke-hoach.docx), base64, so the renderer needs no file system. */\n' +
  `export const DEFAULT_TEMPLATE_BASE64 =\n  '${Buffer.from(bytes).toString('base64')}';\n`);
renameSync(ts + '.tmp', ts);
console.log(`templates/ke-hoach.docx: ${bytes.length} bytes`);
