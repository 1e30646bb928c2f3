// Edits made to a kehoach DOCX the way Word records them with Track Changes on (w:del / w:ins around
// runs, a paragraph mark inserted or deleted in w:pPr/w:rPr) or off (the words changed in place), and
// comments as Word writes them (comments.xml, its relationship and content type, the range and the
// reference run). Used to test that a reviewed DOCX comes back into the plan.
import PizZip from 'pizzip';

/** Who edits, and when. */
export interface Reviewer {
  author: string;
  date: string;
}

let nextId = 900;
const mark = (name: 'ins' | 'del', who: Reviewer) => `<w:${name} w:id="${nextId++}" w:author="${who.author}" w:date="${who.date}T09:00:00Z">`;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The paragraph `<w:p>…</w:p>` holding `words` (the first), as [start, end). */
function paragraphAt(xml: string, words: string): [number, number] {
  const at = xml.indexOf(esc(words));
  if (at < 0) throw new Error(`not in the document: ${words}`);
  const start = Math.max(xml.lastIndexOf('<w:p>', at), xml.lastIndexOf('<w:p ', at));
  return [start, xml.indexOf('</w:p>', at) + '</w:p>'.length];
}

/** The run `<w:r>…</w:r>` holding the text offset `at`, its properties, and its text. */
function runAt(xml: string, at: number): { start: number; end: number; rPr: string; text: string; textStart: number } {
  const start = xml.lastIndexOf('<w:r>', at);
  const end = xml.indexOf('</w:r>', at) + '</w:r>'.length;
  const run = xml.slice(start, end);
  const rPr = run.match(/<w:rPr>.*?<\/w:rPr>/)?.[0] ?? '';
  const t = run.match(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/)!;
  return { start, end, rPr, text: t[1]!, textStart: start + run.indexOf(t[0]) + t[0].indexOf('>') + 1 };
}

const run = (rPr: string, text: string, deleted = false) => (text ? `<w:r>${rPr}<w:${deleted ? 'delText' : 't'} xml:space="preserve">${text}</w:${deleted ? 'delText' : 't'}></w:r>` : '');

/** `from` (inside the paragraph holding `anchor`) replaced by `to`: tracked (w:del + w:ins) or not. */
export function replaceWords(xml: string, anchor: string, from: string, to: string, who?: Reviewer): string {
  const [ps] = paragraphAt(xml, anchor);
  const at = xml.indexOf(esc(from), ps);
  const r = runAt(xml, at);
  const k = at - r.textStart;
  const [before, after] = [r.text.slice(0, k), r.text.slice(k + esc(from).length)];
  const middle = who ? `${mark('del', who)}${run(r.rPr, esc(from), true)}</w:del>${to ? `${mark('ins', who)}${run(r.rPr, esc(to))}</w:ins>` : ''}` : run(r.rPr, esc(to));
  return xml.slice(0, r.start) + run(r.rPr, before) + middle + run(r.rPr, after) + xml.slice(r.end);
}

/** The paragraph holding `anchor` deleted with Track Changes on: its runs and its mark. */
export function deleteParagraph(xml: string, anchor: string, who: Reviewer): string {
  const [s, e] = paragraphAt(xml, anchor);
  let p = xml.slice(s, e).replace(/<w:r>(.*?)<\/w:r>/g, (_m, inner: string) => `${mark('del', who)}<w:r>${inner.replace(/<w:t( [^>]*)?>/g, '<w:delText$1>').replace(/<\/w:t>/g, '</w:delText>')}</w:r></w:del>`);
  p = p.replace('</w:pPr>', `<w:rPr>${mark('del', who).replace('>', '/>')}</w:rPr></w:pPr>`);
  return xml.slice(0, s) + p + xml.slice(e);
}

/** A new paragraph typed after the one holding `anchor`, with Track Changes on, in that paragraph's style. */
export function insertParagraphAfter(xml: string, anchor: string, text: string, who: Reviewer): string {
  const [s, e] = paragraphAt(xml, anchor);
  const pPr = xml.slice(s, e).match(/<w:pPr>(.*?)<\/w:pPr>/)?.[1] ?? '';
  const rPr = xml.slice(s, e).match(/<w:r><w:rPr>.*?<\/w:rPr>/)?.[0].slice('<w:r>'.length) ?? '';
  const p = `<w:p><w:pPr>${pPr}<w:rPr>${mark('ins', who).replace('>', '/>')}</w:rPr></w:pPr>${mark('ins', who)}${run(rPr, esc(text))}</w:ins></w:p>`;
  return xml.slice(0, e) + p + xml.slice(e);
}

/** A comment on `words` (in one run), as Word writes it: the range, the reference run, the comments part. */
export function addComment(zip: PizZip, words: string, text: string, who: Reviewer): void {
  let xml = zip.file('word/document.xml')!.asText();
  const id = nextId++;
  const at = xml.indexOf(esc(words));
  const r = runAt(xml, at);
  const k = at - r.textStart;
  const [before, inside, after] = [r.text.slice(0, k), esc(words), r.text.slice(k + esc(words).length)];
  xml = xml.slice(0, r.start) + run(r.rPr, before) + `<w:commentRangeStart w:id="${id}"/>` + run(r.rPr, inside) + `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>` + run(r.rPr, after) + xml.slice(r.end);
  zip.file('word/document.xml', xml);
  const comment = `<w:comment w:id="${id}" w:author="${who.author}" w:date="${who.date}T09:00:00Z" w:initials="X"><w:p><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p></w:comment>`;
  const existing = zip.file('word/comments.xml')?.asText();
  if (existing) return void zip.file('word/comments.xml', existing.replace('</w:comments>', `${comment}</w:comments>`));
  zip.file('word/comments.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${comment}</w:comments>`);
  const types = zip.file('[Content_Types].xml')!.asText();
  zip.file('[Content_Types].xml', types.replace('</Types>', '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>'));
  const rels = zip.file('word/_rels/document.xml.rels')!.asText();
  zip.file('word/_rels/document.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>'));
}

/** A review round on the Quảng Trị plan's DOCX, made in Word: the five edits of edited-copy.ts and two comments. */
export function reviewQuangTri(docx: Uint8Array, who: Reviewer): Uint8Array {
  const zip = new PizZip(docx);
  let xml = zip.file('word/document.xml')!.asText();
  // A duty deleted (tracked).
  xml = deleteParagraph(xml, 'Nâng cấp Kho dữ liệu dùng chung của tỉnh', who);
  // A deadline moved (tracked): quarter II → III.
  xml = replaceWords(xml, 'Số hóa kết quả giải quyết thủ tục hành chính', 'quý II/2026', 'quý III/2026', who);
  // A lead changed (tracked).
  xml = replaceWords(xml, 'đưa sản phẩm OCOP lên các sàn', 'Sở Công Thương chủ trì', 'Sở Khoa học và Công nghệ chủ trì', who);
  // A duty added after the electronic health book (tracked).
  xml = insertParagraphAfter(xml, 'Triển khai sổ sức khỏe điện tử', '2.2.3. Tuyên truyền kỹ năng bảo đảm an toàn thông tin cá nhân trên môi trường mạng cho người dân (Công an tỉnh chủ trì, phối hợp với Ủy ban nhân dân các xã, phường, đặc khu thực hiện; thời gian hoàn thành: trong quý IV/2026).', who);
  // A sentence reworded with Track Changes off.
  xml = replaceWords(xml, 'Kinh phí thực hiện Kế hoạch', 'theo phân cấp hiện hành', 'theo phân cấp ngân sách hiện hành');
  zip.file('word/document.xml', xml);
  addComment(zip, 'Triển khai sổ sức khỏe điện tử cho người dân', 'Sở Y tế cho biết tiến độ cụ thể theo từng quý.', who);
  addComment(zip, 'nguồn vốn của Chương trình chuyển đổi số', 'Ghi rõ nguồn vốn của Chương trình.', who);
  return zip.generate({ type: 'uint8array' }) as Uint8Array;
}
