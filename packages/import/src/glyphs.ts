/**
 * Repair of lookalike glyphs and legacy-encoding debris in Vietnamese text:
 * `ƣ`/`Ƣ` (U+01A3/U+01A2, "oi") printed for `ư`/`Ư` by old PDF converters and VNI fonts,
 * `Ð` (Icelandic eth) for `Đ`, decomposed diacritics (NFC), and TCVN3 (ABC, `.VnTime`) text pasted
 * into a Unicode document (`KÕ ho¹ch` → `Kế hoạch`).
 */

const LOOKALIKES: Record<string, string> = {
  'ƣ': 'ư',
  'Ƣ': 'Ư',
  'Ð': 'Đ',
  'ð': 'đ',
};
const LOOKALIKE_RE = /[ƣƢÐð]/g;

/**
 * TCVN 5712 (TCVN3) bytes 0xA1–0xFF, as Windows-1252 shows them → Unicode. Generated once from
 * glibc's `iconv -f TCVN5712-1` (the standard's table); only the lowercase font range is used.
 */
const TCVN3_FROM = '¡¢£¤¥¦§¨©ª«¬­®µ¶·¸¹»¼½¾ÆÇÈÉÊËÌÎÏÐÑÒÓÔÕÖ×ØÜÝÞßáâãäåæçèéêëìíîïñòóôõö÷øùúûüýþ';
const TCVN3_TO = 'ĂÂÊÔƠƯĐăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ';
const TCVN3_MAP = new Map(Array.from(TCVN3_FROM).map((c, i) => [c, Array.from(TCVN3_TO)[i]!]));

/** Characters that occur in TCVN3 text but never in Vietnamese Unicode text. */
const TCVN3_SIGNAL = /[¡¢£¤¥¦§¨©ª«¬®µ¶·¸¹»¼½¾ÆÇÈÉÊËÌÎÏÐÑÒÓÔÕÖ×ØÜÞß]/g;
/** Letters only Unicode Vietnamese has (precomposed with two marks, ă, đ, ơ, ư). */
const UNICODE_VI = /[\u1ea0-\u1ef9ăĂđĐơƠưƯ]/;
/** VNI-Windows debris: a vowel followed by a Latin-1 mark byte that Vietnamese never writes after it. */
const VNI_SIGNAL = /[aeiouyAEIOUY][äöüïëøõùûÄÖÜËÏØÕÙÛ]/g;

/** What the repair changed. */
export interface GlyphRepair {
  text: string;
  /** Lookalike characters replaced. */
  lookalikes: number;
  /** The paragraph was TCVN3 and was converted. */
  tcvn3: boolean;
  /** The paragraph looks like VNI (not converted: flagged only). */
  vni: boolean;
  /** A short sample of what was repaired, as found. */
  sample?: string;
}

/** Repairs one paragraph of text (see the module comment). Pure; NFC always applied. */
export function repairGlyphs(input: string): GlyphRepair {
  let text = input.normalize('NFC');
  let sample: string | undefined;
  let tcvn3 = false;
  const signals = text.match(TCVN3_SIGNAL)?.length ?? 0;
  const vniSignals = text.match(VNI_SIGNAL)?.length ?? 0;
  if (signals >= 2 && signals >= vniSignals && !UNICODE_VI.test(text)) {
    sample = text.slice(0, 40);
    text = Array.from(text, (c) => TCVN3_MAP.get(c) ?? c).join('');
    tcvn3 = true;
  }
  let lookalikes = 0;
  const first = LOOKALIKE_RE.exec(text);
  LOOKALIKE_RE.lastIndex = 0;
  if (first) {
    sample ??= wordAround(text, first.index);
    text = text.replace(LOOKALIKE_RE, (c) => {
      lookalikes++;
      return LOOKALIKES[c]!;
    });
  }
  const vni = !tcvn3 && vniSignals >= 2 && !UNICODE_VI.test(text);
  if (vni) sample ??= text.slice(0, 40);
  const out: GlyphRepair = { text, lookalikes, tcvn3, vni };
  if (sample !== undefined) out.sample = sample;
  return out;
}

function wordAround(text: string, at: number): string {
  const start = text.lastIndexOf(' ', at) + 1;
  const end = text.indexOf(' ', at);
  return text.slice(start, end < 0 ? undefined : end);
}
