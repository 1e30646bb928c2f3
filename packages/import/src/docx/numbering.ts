import { roman } from '@kehoach/nd30';
import { attr, child, childVal, childrenNamed, parseXml } from './xml.js';

interface Level {
  start: number;
  format: string;
  text: string;
  restart?: number;
  legal: boolean;
}

interface NumDef {
  abstractId: string;
  overrides: Map<number, number>;
}

/**
 * Word's own ranges (ECMA-376 §17.9): levels 0–8; a start value Word's dialog accepts, 0–32767.
 * A file may say `w:ilvl="4294967294"` or `w:start="1e300"` (issue 23: a hang, and a loop until V8
 * aborted): a level outside the range is not a level, a value outside it is clamped.
 */
export const WORD_LEVELS = 9;
const MAX_START = 32767;

/** A level index Word can have, or `undefined`. */
export function levelIndex(value: string | number | undefined): number | undefined {
  const n = Number(value ?? 0);
  return Number.isInteger(n) && n >= 0 && n < WORD_LEVELS ? n : undefined;
}

/** A counter value within Word's range (0–32767); `fallback` when it is not a number. */
function counterValue(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Math.trunc(Number(value));
  return Number.isFinite(n) ? Math.min(Math.max(n, 0), MAX_START) : fallback;
}

function letters(n: number): string {
  // Word's lowerLetter: a…z, then aa…zz, aaa… (repeated letter, not base 26).
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** Formats a counter value the way Word prints `w:numFmt`. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter': return letters(n);
    case 'upperLetter': return letters(n).toUpperCase();
    case 'lowerRoman': return roman(n).toLowerCase();
    case 'upperRoman': return roman(n);
    case 'decimalZero': return n < 10 ? `0${n}` : String(n);
    case 'none': return '';
    default: return String(n);
  }
}

/** Bullet glyphs of symbol fonts (private-use code points) shown as a plain dash or bullet. */
function bulletLabel(text: string): string {
  const t = text.trim();
  if (t === '-' || t === '–' || t === '−' || t === '') return '-';
  if (t === '+') return '+';
  return '•';
}

/**
 * Word auto-numbering: reads `numbering.xml` and, paragraph by paragraph in document order,
 * returns the label Word prints (`1.`, `1.2.`, `a)`, `-`). Counters are kept per abstract list, so
 * two `w:num` of one list continue each other unless one restarts it with `w:startOverride`.
 */
export class Numbering {
  private readonly abstracts = new Map<string, Level[]>();
  private readonly nums = new Map<string, NumDef>();
  private readonly counters = new Map<string, number[]>();
  private readonly started = new Set<string>();

  constructor(xml: string | undefined) {
    if (!xml) return;
    const root = parseXml(xml);
    for (const a of childrenNamed(root, 'abstractNum')) {
      const id = attr(a, 'abstractNumId');
      if (id === undefined) continue;
      const levels: Level[] = [];
      for (const l of childrenNamed(a, 'lvl')) {
        const ilvl = levelIndex(attr(l, 'ilvl'));
        if (ilvl === undefined) continue;
        const restart = childVal(l, 'lvlRestart');
        const level: Level = {
          start: counterValue(childVal(l, 'start'), 1),
          format: childVal(l, 'numFmt') ?? 'decimal',
          text: childVal(l, 'lvlText') ?? '',
          legal: child(l, 'isLgl') !== undefined,
        };
        if (restart !== undefined) level.restart = counterValue(restart, 0);
        levels[ilvl] = level;
      }
      this.abstracts.set(id, levels);
    }
    for (const n of childrenNamed(root, 'num')) {
      const id = attr(n, 'numId');
      const abstractId = childVal(n, 'abstractNumId');
      if (id === undefined || abstractId === undefined) continue;
      const overrides = new Map<number, number>();
      for (const o of childrenNamed(n, 'lvlOverride')) {
        const start = childVal(o, 'startOverride');
        const at = levelIndex(attr(o, 'ilvl'));
        if (start !== undefined && at !== undefined) overrides.set(at, counterValue(start, 1));
      }
      this.nums.set(id, { abstractId, overrides });
    }
  }

  /** The printed label for the next paragraph numbered with (`numId`, `ilvl`), or `undefined`. */
  next(numId: string, ilvl: number): { label: string; bullet: boolean } | undefined {
    const num = this.nums.get(numId);
    if (!num || numId === '0' || levelIndex(ilvl) === undefined) return undefined;
    const levels = this.abstracts.get(num.abstractId);
    const level = levels?.[ilvl];
    if (!levels || !level) return undefined;
    let counters = this.counters.get(num.abstractId);
    if (!counters || (num.overrides.size > 0 && !this.started.has(numId))) {
      counters = levels.map((l, i) => (num.overrides.get(i) ?? l?.start ?? 1) - 1);
      this.counters.set(num.abstractId, counters);
    }
    this.started.add(numId);
    counters[ilvl] = (counters[ilvl] ?? level.start - 1) + 1;
    for (let i = ilvl + 1; i < levels.length; i++) {
      const deeper = levels[i];
      if (!deeper) continue;
      const restartAfter = deeper.restart ?? i; // default: restart after any shallower level
      if (restartAfter !== 0 && ilvl < restartAfter) counters[i] = (num.overrides.get(i) ?? deeper.start) - 1;
    }
    if (level.format === 'bullet') return { label: bulletLabel(level.text), bullet: true };
    const label = level.text.replace(/%(\d)/g, (_, d: string) => {
      const i = Number(d) - 1;
      const l = levels[i];
      const value = counters[i] ?? 1;
      return formatNumber(Math.max(value, 1), level.legal && i !== ilvl ? 'decimal' : (l?.format ?? 'decimal'));
    });
    return { label: label.trim(), bullet: false };
  }
}
