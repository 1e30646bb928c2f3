import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { flowText, YamlSource } from '../src/onto/yaml-splice.js';

const SOURCE = `# Kế hoạch thử
tasks:
  # nhiệm vụ đầu
  - id: a
    text: >-
      Tổ chức tập huấn cho cán bộ, công chức
      cấp xã về chuyển đổi số.
    lead: so-khcn   # chủ trì
    time: { within: { quarter: 2, year: 2026 } }
  - id: b
    text: "Rà soát \\"dữ liệu\\" dân cư."
  - id: c
    text: 'Báo cáo kết quả.'
`;

describe('YamlSource: edits in place, every other byte kept', () => {
  test('words changed inside a folded string: only those words, the folding kept', () => {
    const y = new YamlSource(SOURCE);
    expect(y.setString('/tasks/0/text', 'Tổ chức tập huấn trực tuyến cho cán bộ, công chức cấp xã về chuyển đổi số.')).toBe(true);
    expect(y.text).toBe(SOURCE.replace('tập huấn cho', 'tập huấn trực tuyến cho'));
  });

  test('a single-quoted string; a double-quoted one with escapes is left (false) rather than guessed', () => {
    const y = new YamlSource(SOURCE);
    expect(y.setString('/tasks/2/text', "Báo cáo kết quả 'quý'.")).toBe(true);
    expect(parse(y.text).tasks[2].text).toBe("Báo cáo kết quả 'quý'.");
    expect(y.text).toContain("text: 'Báo cáo kết quả ''quý''.'");
    expect(new YamlSource(SOURCE).setString('/tasks/1/text', 'Rà soát dữ liệu.')).toBe(false);
  });

  test('a value replaced on its line keeps its key order and the comment after it', () => {
    const y = new YamlSource(SOURCE);
    expect(y.setValue('/tasks/0/time', { within: { year: 2026, quarter: 3 } })).toBe(true);
    expect(y.setValue('/tasks/0/lead', 'so-noi-vu')).toBe(true);
    expect(y.text).toBe(SOURCE.replace('quarter: 2', 'quarter: 3').replace('lead: so-khcn ', 'lead: so-noi-vu '));
  });

  test('a key added at the end of its mapping, an item inserted and one removed, a note list made', () => {
    const y = new YamlSource(SOURCE);
    expect(y.setValue('/tasks/1/time', { before: '2026-10-01' })).toBe(true);
    expect(y.text).toContain('    text: "Rà soát \\"dữ liệu\\" dân cư."\n    time: { before: "2026-10-01" }\n');
    expect(y.insertItem('/tasks', 0, { id: 'd', text: 'Tuyên truyền: an toàn thông tin.', lead: 'cong-an' })).toBe(true);
    expect(y.text).toContain('    time: { within: { quarter: 2, year: 2026 } }\n  - id: d\n    text: "Tuyên truyền: an toàn thông tin."\n    lead: cong-an\n  - id: b\n');
    expect(y.removeItem('/tasks', 3)).toBe(true);
    expect(y.appendToList('/tasks/0/review', { text: 'Xem lại.', author: 'A' })).toBe(true);
    expect(y.appendToList('/tasks/0/review', { text: 'Lần hai.' })).toBe(true);
    expect(y.text).toContain("    time: { within: { quarter: 2, year: 2026 } }\n    review:\n      - { text: Xem lại., author: A }\n      - { text: Lần hai. }\n");
    expect(parse(y.text).tasks.map((t: { id: string }) => t.id)).toEqual(['a', 'd', 'b']);
    expect(y.text.startsWith('# Kế hoạch thử\ntasks:\n  # nhiệm vụ đầu\n')).toBe(true);
  });

  test('flowText writes dates quoted and words that YAML would misread in quotes', () => {
    expect(flowText({ by: '2026-06-30', ongoing: true })).toBe('{ by: "2026-06-30", ongoing: true }');
    expect(flowText('Có: hai chấm')).toBe('"Có: hai chấm"');
    expect(flowText('yes')).toBe('"yes"');
    expect(flowText('so-khcn')).toBe('so-khcn');
  });
});
