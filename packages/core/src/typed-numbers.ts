/** A typed outline number at the start of a paragraph: `1.`, `2.1.`, `a)`, `đ)`, `IV.`, `(3)`. */
const TYPED = /^\s*((?:\d{1,3}(?:\.\d{1,3})*\.?|[a-zđ]\)|[IVXLC]{1,6}\.|\(\d{1,3}\))(?=\s))/u;

/** The typed number a paragraph starts with, if any (numbers are generated, never typed). */
export function typedNumber(paragraph: string): string | undefined {
  const m = TYPED.exec(paragraph);
  if (!m) return undefined;
  // “2025 là năm …” is a year, not a number of the outline; “1.000 người” is a quantity.
  if (/^\d{4}$/.test(m[1]!) || /^\d+\.\d{3}$/.test(m[1]!)) return undefined;
  return m[1];
}

/**
 * Every paragraph of the body (and appendices) that starts with a typed number, by JSON pointer:
 * paragraphs, items, section lead paragraphs and task texts. Table cells and the opening are
 * not looked at (a TT column is numbered by hand; “Căn cứ …” is not numbered).
 */
export function findTypedNumbers(input: unknown): Array<{ path: Array<string | number>; number: string }> {
  const out: Array<{ path: Array<string | number>; number: string }> = [];
  const text = (v: unknown, path: Array<string | number>) => {
    const first = typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : undefined;
    const n = first === undefined ? undefined : typedNumber(first);
    if (n) out.push({ path: typeof v === 'string' ? path : [...path, 0], number: n });
  };
  const visit = (v: unknown, path: Array<string | number>, inTable: boolean): void => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        if (typeof x === 'string' && !inTable && path[path.length - 1] === 'items') text(x, [...path, i]);
        else visit(x, [...path, i], inTable);
      });
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'text' && !inTable) text(x, [...path, k]);
        else if (k !== 'facts' && k !== 'origin') visit(x, [...path, k], inTable || k === 'table');
      }
    }
  };
  const o = input as { body?: unknown; appendices?: unknown };
  visit(o.body, ['body'], false);
  visit(o.appendices, ['appendices'], false);
  return out;
}
