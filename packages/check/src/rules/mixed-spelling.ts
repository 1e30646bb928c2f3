import { defineRule } from '../rule.js';

// Pairs of accepted spellings a document should not mix: old and new tone-mark placement, quí/quý.
const FAMILIES: Array<{ name: string; forms: [RegExp, RegExp]; labels: [string, string] }> = [
  { name: 'quý/quí', forms: [/(?<![\p{L}])[Qq]uý(?![\p{L}])/gu, /(?<![\p{L}])[Qq]uí(?![\p{L}])/gu], labels: ['quý', 'quí'] },
  { name: 'Ủy/Uỷ', forms: [/(?<![\p{L}])[ỦủŨũỤụÚúÙù]y(?![\p{L}])/gu, /(?<![\p{L}])[Uu][ỷỹỵýỳ](?![\p{L}])/gu], labels: ['ủy (dấu trên u)', 'uỷ (dấu trên y)'] },
  { name: 'hòa/hoà', forms: [/(?<![\p{L}])\p{L}*[òóỏõọ]a(?![\p{L}])/gu, /(?<![\p{L}])\p{L}*o[àáảãạ](?![\p{L}])/gu], labels: ['òa (dấu trên o)', 'oà (dấu trên a)'] },
];

/** The same word spelled two accepted ways in one document (quý/quí, Ủy/Uỷ, hòa/hoà). */
export default defineRule({
  meta: {
    id: 'mixed-spelling',
    phase: 'content',
    severity: 'info',
    category: 'language',
    docs: {
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
        },
      ],
    },
  },
  check({ prose, report }) {
    for (const f of FAMILIES) {
      const hits: Array<Array<{ path: string; index: number; text: string }>> = [[], []];
      for (const p of prose) {
        f.forms.forEach((re, k) => {
          for (const m of p.text.matchAll(re)) hits[k]!.push({ path: p.path, index: m.index!, text: m[0] });
        });
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
        });
      }
    }
  },
});
