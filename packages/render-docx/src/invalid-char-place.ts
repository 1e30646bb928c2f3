import { placeIn, toPointer, type Place, type Plan } from '@kehoach/core';

/** Characters XML 1.0 does not allow (the set `stripInvalidXml` drops). */
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Where the first character Word cannot take is in the plan: the line and column of the value
 * that holds it (the plan's file, not the template's), found by walking the plan's input.
 */
export function invalidCharPlace(plan: Plan): Place {
  const stack: Array<[unknown, Array<string | number>]> = [[plan.input, []]];
  while (stack.length) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      if (INVALID.test(v)) return placeIn(plan.source, toPointer(path));
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], [...path, i]]);
    } else if (v && typeof v === 'object') {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) stack.push([(v as Record<string, unknown>)[keys[i]!], [...path, keys[i]!]]);
    }
  }
  return { file: plan.source.file, path: '', line: 1, column: 1 };
}
