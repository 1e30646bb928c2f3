import type { Diagnostic, Place } from '@kehoach/core';
import { Docxtemplater, type PizZip } from '../cjs.js';
import { RENDER_DOCX_CODES } from '../codes.js';
import { openTemplateCached } from '../template-cache.js';
import { tagRecorder, type TagUse } from '../template-tags.js';

/** What is read once per template: its tags, how they are used, whether its own text holds the render cache's marks. */
export interface TemplateInfo {
  tags: Set<string>;
  uses: TagUse[];
  marks: boolean;
}

/** A template opened for one render: its zip, what was read of it, and docxtemplater already compiled on a first reading. */
export interface OpenedForRender {
  zip: InstanceType<typeof PizZip>;
  info: TemplateInfo;
  /** Set on the render that read the template's tags (docxtemplater compiled it then): used for that render. */
  compiled?: InstanceType<typeof Docxtemplater>;
  /** A fresh copy of the template's zip (opened once per process, copied per call). */
  open: () => InstanceType<typeof PizZip>;
}

/** The options docxtemplater renders with: paragraph loops, line breaks, no logging, empty for a missing value. */
export const DOCXTEMPLATER_OPTIONS = (recorder: ReturnType<typeof tagRecorder>) => ({
  paragraphLoop: true,
  linebreaks: true,
  errorLogging: false,
  modules: [recorder as never] /* docxtemplater's Part type has fields the recorder does not read */,
  nullGetter: () => '',
});

interface XtError {
  properties?: { id?: string; xtag?: string; explanation?: string; errors?: XtError[] };
  message?: string;
}

/** The tags of each template, read once. */
const TEMPLATE_INFO = new WeakMap<Uint8Array, TemplateInfo>();

/**
 * Opens a template and reads its tags (docxtemplater's own parser, once per template bytes): a
 * template that is not a DOCX, or whose tags do not parse, gives its diagnostics instead.
 */
export function openForRender(bytes: Uint8Array, bundled: boolean, place: Place): OpenedForRender | { diagnostics: Diagnostic[] } {
  const open = () => openTemplateCached(bytes, bundled);
  const opened = open();
  if (!opened.zip) return { diagnostics: [RENDER_DOCX_CODES.create('TEMPLATE_INVALID', place, { detail: opened.problem!.vi, detailEn: opened.problem!.en })] };
  const zip = opened.zip;
  const again = () => open().zip!;
  const known = TEMPLATE_INFO.get(bytes);
  if (known) return { zip, info: known, open: again };
  const recorder = tagRecorder();
  let compiled: InstanceType<typeof Docxtemplater>;
  try {
    compiled = new Docxtemplater(zip, DOCXTEMPLATER_OPTIONS(recorder));
  } catch (e) {
    const errors = (e as XtError).properties?.errors ?? [e as XtError];
    return {
      diagnostics: errors.map((x) =>
        RENDER_DOCX_CODES.create('TEMPLATE_INVALID', place, {
          detail: `lỗi cú pháp thẻ ${x.properties?.xtag ? `“${x.properties.xtag}”` : ''} (${x.properties?.explanation ?? x.message ?? ''})`,
          detailEn: `tag syntax error ${x.properties?.xtag ?? ''} (${x.properties?.explanation ?? x.message ?? ''})`,
        }),
      ),
    };
  }
  // A template whose own text holds the render cache's mark characters is never cached.
  const marks = Object.keys(zip.files).some((n) => /\.(xml|rels)$/i.test(n) && /[\uE000\uE001]/.test(zip.file(n)!.asText()));
  const info = { tags: recorder.tags, uses: recorder.uses, marks };
  TEMPLATE_INFO.set(bytes, info);
  return { zip, info, compiled, open: again };
}
