import { RENDER_DOCX_CODES } from './codes.js';
import { type Diagnostic, type Place } from '@kehoach/core';
import { TEMPLATE_TAGS, type TagKind, type TagUse } from './template-tags.js';

const WRITTEN: Record<TagKind, (tag: string) => string> = {
  text: (t) => `{${t}}`,
  raw: (t) => `{@${t}}`,
  loop: (t) => `{#${t}}`,
};

/**
 * Checks the tags of a template against `TEMPLATE_TAGS`, by own property (`{constructor}` is an
 * unknown tag, not a method of Object): unknown tags, missing required tags, and tags written the
 * wrong way. Only `{@body}` and `{@appendix}` may insert raw XML, since only their content is
 * built by the engine; `{@title}`, `{@issuer}` or `{@.}` would put the plan's text into the
 * document as XML (fields, links, broken files), so they are refused.
 */
export function checkTemplateTags(uses: readonly TagUse[], place: Place): Diagnostic[] {
  const out: Diagnostic[] = [];
  const known = Object.keys(TEMPLATE_TAGS);
  const present = new Set<string>();
  const reported = new Set<string>();
  for (const use of [...uses].sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0))) {
    const { tag, kind } = use;
    present.add(tag);
    const expected: TagKind | undefined = tag === '.' ? 'text' : Object.hasOwn(TEMPLATE_TAGS, tag) ? TEMPLATE_TAGS[tag]!.kind ?? 'text' : undefined;
    const key = `${tag}|${kind}`;
    if (reported.has(key)) continue;
    reported.add(key);
    if (expected === undefined) {
      out.push(RENDER_DOCX_CODES.create('TEMPLATE_UNKNOWN_TAG', place, { tag, known: known.join(', ') }));
    } else if (kind !== expected && !(expected === 'loop' && kind === 'text' && tag !== '.')) {
      const raw = kind === 'raw';
      out.push(RENDER_DOCX_CODES.create('TEMPLATE_TAG_MISUSED', place, {
        written: WRITTEN[kind](tag),
        expected: WRITTEN[expected](tag),
        why: raw ? 'thẻ có @ chèn XML thô, chỉ dành cho nội dung do chương trình dựng, không bao giờ cho chữ của kế hoạch' : 'thẻ này in ra một loại nội dung khác',
        whyEn: raw ? 'a @ tag inserts raw XML, only for content the engine builds, never for plan text' : 'this tag prints another kind of content',
      }));
    }
  }
  for (const [tag, info] of Object.entries(TEMPLATE_TAGS)) {
    if (info.required && !present.has(tag)) {
      out.push(RENDER_DOCX_CODES.create('TEMPLATE_MISSING_TAG', place, { tag: WRITTEN[info.kind ?? 'text'](tag), what: info.vi, whatEn: info.en }));
    }
  }
  return out;
}
