import { expect, test } from 'vitest';
import { DEFAULT_LIMITS, loadPlan, parseYaml } from '@kehoach/core';
import { prescan } from '../../packages/core/src/prescan-depth.js';
import { FUZZ_ITER, FUZZ_SEED, pick, rng } from './fuzz-env.js';

// Random YAML-ish text — quotes of both kinds in every position, apostrophes inside words, '' and
// \" escapes, comments, block scalars, plain scalars over several lines, CR and CRLF — followed by
// brackets. The pre-scan must never let through flow nesting the parser would build: whenever it
// accepts, the parsed tree (an oracle independent of the lexer the pre-scan uses) nests no deeper
// than the limit. 2 000 inputs in CI.

const MAX = 8;
const PIECES = ["'", '"', "''", '\\"', ' ', '  ', '\n', '\r\n', '\r', '# ', '#', ': ', ':', '- ', '? ', ', ', '[', ']', '{', '}', '|', '|-', '>', '\n  ', '\n    ',
  "Rock 'n roll", "it's", 'a', 'key', '&x ', '*x', '!t ', '---\n', '...\n', '\t', 'x#y', '"a\\"b"', "'a''b'"];

type YamlNode = { items?: Array<YamlNode | { key?: YamlNode; value?: YamlNode }>; flow?: boolean } | null | undefined;

/** Deepest nesting of flow collections in the parsed document (walked without the pre-scan). */
function flowDepth(root: YamlNode): number {
  let max = 0;
  const stack: Array<[YamlNode, number]> = [[root, 0]];
  while (stack.length) {
    const [node, d] = stack.pop()!;
    if (!node || !Array.isArray(node.items)) continue;
    const depth = node.flow ? d + 1 : d;
    max = Math.max(max, depth);
    for (const item of node.items) {
      if (item && 'key' in item) stack.push([item.key, depth], [item.value, depth]);
      else stack.push([item as YamlNode, depth]);
    }
  }
  return max;
}

/** The parser's tree with every limit lifted, so the pre-scan does not decide what is parsed. */
const UNLIMITED = { ...DEFAULT_LIMITS, maxDepth: 1e9, maxNodes: Infinity, maxAliasCount: 1e9 };

test(`${2000 * FUZZ_ITER} YAML-ish inputs: what the pre-scan accepts never nests deeper than the limit`, () => {
  const r = rng(FUZZ_SEED);
  let refused = 0;
  for (let n = 0; n < 2000 * FUZZ_ITER; n++) {
    let text = '';
    const len = 1 + Math.floor(r() * 12);
    for (let i = 0; i < len; i++) text += pick(r, PIECES);
    text += (r() < 0.5 ? '[' : '{').repeat(MAX + 1 + Math.floor(r() * 4)) + pick(r, ['', '\n', "'", '"']);
    const scan = prescan(text, MAX);
    if (scan) {
      refused++;
      expect(scan.line).toBeGreaterThanOrEqual(1);
      continue;
    }
    const { doc } = parseYaml(text, 'x.yaml', UNLIMITED);
    if (doc) expect(flowDepth(doc.contents as YamlNode), JSON.stringify(text)).toBeLessThanOrEqual(MAX);
    // And the loader answers with diagnostics, never an exception.
    expect(loadPlan(text, { limits: { maxDepth: MAX } }).diagnostics.every((d) => d.line >= 1)).toBe(true);
  }
  console.log(`prescan fuzz (seed ${FUZZ_SEED}): ${refused} of ${2000 * FUZZ_ITER} refused before parsing`);
  expect(refused).toBeGreaterThan(400 * FUZZ_ITER);
});
