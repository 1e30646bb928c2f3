import { canonicalTones, oldTones, tonePlacement, toneVowels } from '@kehoach/nd30';
import { defineRule } from '../rule.js';

/** Which of a family's two spellings a word is (0 or 1), or `undefined` when it is neither. */
type Form = (word: string) => 0 | 1 | undefined;

/** A word's tone placement on the given vowels (@kehoach/nd30): 0 new (ủy, hòa), 1 old (uỷ, hoà); `alone`: the word is the syllable itself. */
const tone = (vowels: 'oa' | 'uy', alone = false): Form => (word) =>
  (alone && word.length !== 2) || toneVowels(word) !== vowels ? undefined : tonePlacement(word) === 'new' ? 0 : 1;

// Pairs of accepted spellings a document should not mix: old and new tone-mark placement, quí/quý.
// `to`: a word written in the family's other spelling (0 or 1).
const TONES = (word: string, to: 0 | 1) => (to === 0 ? canonicalTones(word) : oldTones(word));
const FAMILIES: Array<{ name: string; form: Form; labels: [string, string]; to(word: string, form: 0 | 1): string }> = [
  { name: 'quý/quí', form: (w) => (/^[Qq]uý$/u.test(w) ? 0 : /^[Qq]uí$/u.test(w) ? 1 : undefined), labels: ['quý', 'quí'], to: (w, k) => w.slice(0, 2) + (k === 0 ? 'ý' : 'í') },
  { name: 'Ủy/Uỷ', form: tone('uy', true), labels: ['ủy (dấu trên u)', 'uỷ (dấu trên y)'], to: TONES },
  { name: 'hòa/hoà', form: tone('oa'), labels: ['òa (dấu trên o)', 'oà (dấu trên a)'], to: TONES },
];

/** The same word spelled two accepted ways in one document (quý/quí, Ủy/Uỷ, hòa/hoà). */
export default defineRule({
  meta: {
    id: 'mixed-spelling',
    phase: 'content',
    severity: 'info',
    category: 'language',
    fixable: true,
    notFixable: {
      vi: 'Khi hai cách viết được dùng số lần bằng nhau, không biết văn bản theo cách nào: không sửa tự động.',
      en: 'When both spellings are used equally often, which one the document follows is not known: no fix.',
    },
    docs: {
      title: { vi: 'Dùng lẫn hai cách viết', en: 'Mixed spellings' },
      vi: 'Một văn bản dùng lẫn hai cách viết đều được chấp nhận (“quý”/“quí”, “Ủy”/“Uỷ”, “hòa”/“hoà”): nên thống nhất một cách. Quy tắc báo các chỗ viết theo cách ít dùng hơn trong văn bản.',
      en: 'A document mixes two accepted spellings ("quý"/"quí", "Ủy"/"Uỷ", "hòa"/"hoà"): pick one. The rule reports the places of the less used one.',
    },
    examples: {
      valid: ['body: [ { title: NHIỆM VỤ, items: [ "Xây dựng làng văn hóa, báo cáo quý I.", "Hòa giải ở cơ sở, báo cáo quý II." ] } ]'],
      invalid: [
        {
          code: 'body: [ { title: NHIỆM VỤ, items: [ "Xây dựng làng văn hóa, thôn văn hóa.", "Phòng Văn hoá - Xã hội." ] } ]',
          errors: [
            { message: 'Văn bản viết lẫn òa (dấu trên o) (2 chỗ) và oà (dấu trên a) (1 chỗ); chỗ này viết “hoá”.', path: '/body/0/items/1', text: 'hoá' },
          ],
          output: 'body: [ { title: NHIỆM VỤ, items: [ "Xây dựng làng văn hóa, thôn văn hóa.", "Phòng Văn hóa - Xã hội." ] } ]',
        },
        {
          code: 'body: [ { title: NHIỆM VỤ, items: [ "Báo cáo quí I và quí II.", "Báo cáo quý III." ] } ]',
          errors: [
            { message: 'Văn bản viết lẫn quý (1 chỗ) và quí (2 chỗ); chỗ này viết “quý”.', path: '/body/0/items/1', text: 'quý' },
          ],
          output: 'body: [ { title: NHIỆM VỤ, items: [ "Báo cáo quí I và quí II.", "Báo cáo quí III." ] } ]',
        },
        {
          // as many of each: no fix
          code: 'body: [ { title: NHIỆM VỤ, items: [ "Hòa giải ở cơ sở.", "Phòng Văn hoá." ] } ]',
          errors: [
            { message: 'Văn bản viết lẫn òa (dấu trên o) (1 chỗ) và oà (dấu trên a) (1 chỗ); chỗ này viết “hoá”.', path: '/body/0/items/1', text: 'hoá' },
          ],
        },
      ],
    },
  },
  check({ prose, report }) {
    for (const f of FAMILIES) {
      const hits: Array<Array<{ path: string; index: number; text: string }>> = [[], []];
      for (const p of prose) {
        for (const m of p.text.matchAll(/(?<![\p{L}])\p{L}+(?![\p{L}])/gu)) {
          const k = f.form(m[0]);
          if (k !== undefined) hits[k]!.push({ path: p.path, index: m.index!, text: m[0] });
        }
      }
      if (!hits[0]!.length || !hits[1]!.length) continue;
      const minority = hits[1]!.length <= hits[0]!.length ? 1 : 0;
      for (const h of hits[minority]!) {
        report({
          path: h.path,
          span: { index: h.index, length: h.text.length },
          message: `Văn bản viết lẫn ${f.labels[0]} (${hits[0]!.length} chỗ) và ${f.labels[1]} (${hits[1]!.length} chỗ); chỗ này viết “${h.text}”.`,
          messageEn: `The document mixes ${f.name} (${hits[0]!.length} and ${hits[1]!.length} places); here "${h.text}".`,
          params: { family: f.name, found: h.text },
          // the spelling the document uses more; none when both are used as often
          ...(hits[0]!.length !== hits[1]!.length ? { fix: f.to(h.text, minority === 1 ? 0 : 1) } : {}),
        });
      }
    }
  },
});
