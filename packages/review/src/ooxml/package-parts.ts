import _PizZip from 'pizzip';

// pizzip is CommonJS: depending on the loader the default import is the module or the export.
const PizZip = ((_PizZip as unknown as { default?: typeof _PizZip }).default ?? _PizZip) as typeof _PizZip;

/** The date every file of the zip carries: the same input gives the same bytes. */
const FIXED_DATE = new Date(1980, 0, 1, 0, 0, 0);

const UTF8_IN = new TextDecoder();
const UTF8_OUT = new TextEncoder();

/** A DOCX opened as its parts: read a part as text, write one, add a part with its content type and relationship. */
export class DocxParts {
  private readonly zip: InstanceType<typeof PizZip>;

  /** Opens the bytes of a DOCX; throws on a file that is not a zip. */
  constructor(bytes: Uint8Array) {
    this.zip = new PizZip(bytes);
  }

  /** A part's text, or undefined when the package has no such part. */
  read(name: string): string | undefined {
    const f = this.zip.file(name);
    return f ? UTF8_IN.decode(f.asUint8Array()) : undefined;
  }

  /** Writes (or replaces) a part. */
  write(name: string, text: string): void {
    this.zip.file(name, UTF8_OUT.encode(text));
  }

  /**
   * Adds a part of the main document (`word/comments.xml`): its content type in `[Content_Types].xml`
   * and a relationship from `word/document.xml`, unless they are there already.
   */
  addDocumentPart(name: string, text: string, contentType: string, relType: string): void {
    this.write(name, text);
    const types = this.read('[Content_Types].xml') ?? '';
    if (!types.includes(`PartName="/${name}"`)) this.write('[Content_Types].xml', types.replace('</Types>', `<Override PartName="/${name}" ContentType="${contentType}"/></Types>`));
    const relsName = 'word/_rels/document.xml.rels';
    const rels = this.read(relsName) ?? '';
    const target = name.replace(/^word\//, '');
    if (rels.includes(`Target="${target}"`)) return;
    const used = new Set([...rels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]));
    let n = 1;
    while (used.has(`rId${n}`)) n++;
    this.write(relsName, rels.replace('</Relationships>', `<Relationship Id="rId${n}" Type="${relType}" Target="${target}"/></Relationships>`));
  }

  /**
   * The package's bytes, each file dated alike and compressed again here, so the same content gives
   * the same bytes (whichever deflate wrote the renders it was made from).
   */
  bytes(): Uint8Array {
    for (const name of Object.keys(this.zip.files)) {
      const f = this.zip.files[name]!;
      if (!f.dir) this.zip.file(name, f.asUint8Array());
    }
    for (const name of Object.keys(this.zip.files)) this.zip.files[name]!.date = FIXED_DATE;
    return this.zip.generate({ type: 'uint8array', compression: 'DEFLATE' }) as Uint8Array;
  }
}

/** The content type and relationship of the comments part. */
export const COMMENTS_PART = {
  name: 'word/comments.xml',
  contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml',
  relType: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
} as const;
