import { continued, landscape } from '../appendix-xml.js';

/** An appendix as a section of its own: its XML and its page orientation. */
export interface Section {
  xml: string;
  landscape: boolean;
}

// Marks where an appendix starts; replaced by a paragraph ending the section before it. User text
// can never produce it: every run the renderer writes for user text carries run properties.
const breakMark = (i: number) => `<w:p><w:r><w:t>KEHOACH-SECTION-BREAK-${i}</w:t></w:r></w:p>`;

/** The appendices' XML for the `{@appendix}` tag: each after the mark of its section break. */
export function appendixWithMarks(sections: readonly Section[]): string {
  return sections.map((s, i) => breakMark(i) + s.xml).join('');
}

/**
 * Turns the marks into section breaks: each ends the section before it (the plan, or the previous
 * appendix) with that section's page setup; the document's last section properties become those
 * of the last appendix (portrait or landscape).
 */
export function withSectionBreaks(xml: string, sections: readonly Section[]): string {
  if (!sections.length) return xml;
  const last = xml.lastIndexOf('<w:sectPr');
  const sect = xml.slice(last, xml.indexOf('</w:sectPr>', last) + '</w:sectPr>'.length);
  const setup = (landscapeSection: boolean) => (landscapeSection ? landscape(sect) : continued(sect));
  let out = xml;
  sections.forEach((_, i) => {
    out = out.replace(breakMark(i), `<w:p><w:pPr>${i === 0 ? sect : setup(sections[i - 1]!.landscape)}</w:pPr></w:p>`);
  });
  const end = out.lastIndexOf('<w:sectPr');
  return out.slice(0, end) + setup(sections[sections.length - 1]!.landscape) + out.slice(end + sect.length);
}
