import PizZip from 'pizzip';

/** A cell as read: its text (shared, inline or a formula's cached string), or its number (dates are serial numbers). */
export interface ReadCell {
  /** `M5`. */
  ref: string;
  text?: string;
  number?: number;
}

/** A worksheet read: its name, and its rows of cells by column letter. */
export interface ReadSheet {
  name: string;
  rows: Array<{ row: number; cells: Map<string, ReadCell> }>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text decoded: entities and character references. */
const decode = (s: string) => s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
  if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
  return ENTITIES[e] ?? m;
});

/** The text of every `<t>` in a fragment (a shared string may be rich text: several runs). */
const texts = (xml: string) => [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)].map((m) => decode(m[1] ?? '')).join('');

/** The attribute `name` of a start tag. */
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** The sheet files in the workbook's order, with their names. */
function sheetFiles(zip: PizZip): Array<{ name: string; file: string }> {
  const workbook = zip.file('xl/workbook.xml')?.asText();
  const rels = zip.file('xl/_rels/workbook.xml.rels')?.asText();
  if (!workbook || !rels) throw new Error('không có xl/workbook.xml');
  const targets = new Map([...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [attr(m[0], 'Id'), attr(m[0], 'Target')]));
  return [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => {
    const target = targets.get(attr(m[0], 'r:id')) ?? '';
    return { name: decode(attr(m[0], 'name') ?? ''), file: target.startsWith('/') ? target.slice(1) : `xl/${target}` };
  });
}

/** One cell's value from its XML. */
function cellValue(tag: string, body: string, shared: string[]): Omit<ReadCell, 'ref'> {
  const type = attr(tag, 't');
  if (type === 'inlineStr') return { text: texts(body) };
  const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
  if (v === undefined) return {};
  if (type === 's') return { text: shared[Number(v)] ?? '' };
  if (type === 'str' || type === 'e') return { text: decode(v) };
  if (type === 'b') return { text: v === '1' ? 'TRUE' : 'FALSE' };
  return { number: Number(v) };
}

/**
 * The sheets of an XLSX workbook with their cells' values, as Excel, LibreOffice or kehoach wrote
 * them (shared strings, inline strings, numbers, formulas' cached values). Pure; throws with a
 * Vietnamese message on bytes that are not a workbook.
 */
export function readXlsx(bytes: Uint8Array): ReadSheet[] {
  let zip: PizZip;
  try {
    zip = new PizZip(bytes);
  } catch {
    throw new Error('tệp không phải sổ Excel (.xlsx)');
  }
  const sst = zip.file('xl/sharedStrings.xml')?.asText() ?? '';
  const shared = [...sst.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => texts(m[1]!));
  return sheetFiles(zip).map(({ name, file }) => {
    const xml = zip.file(file)?.asText() ?? '';
    const rows = [...xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)].map((r) => {
      const row = Number(attr(r[0], 'r'));
      const cells = new Map<string, ReadCell>();
      for (const c of (r[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const ref = attr(c[0], 'r');
        if (!ref) continue;
        cells.set(ref.replace(/\d+$/, ''), { ref, ...cellValue(c[1]!, c[2] ?? '', shared) });
      }
      return { row, cells };
    });
    return { name, rows };
  });
}
