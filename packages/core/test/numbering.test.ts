import { describe, expect, test } from 'vitest';
import { loadPlan, type OutlineNode } from '@kehoach/core';
import { assignNumbers, roman, VIETNAMESE_LETTERS, vietnameseLetter, type NodeStyle } from '../src/numbering.js';

describe('numbering', () => {
  test('điểm letters follow Nghị định 30: no f, j, w, z; đ after d', () => {
    expect(VIETNAMESE_LETTERS.join(' ')).toBe('a b c d đ e g h i k l m n o p q r s t u v x y');
    expect([1, 4, 5, 6, 7, 23].map(vietnameseLetter)).toEqual(['a', 'd', 'đ', 'e', 'g', 'y']);
    expect(vietnameseLetter(24)).toBe('aa');
  });
  test('roman numerals for mục', () => {
    expect([1, 2, 3, 4, 9, 14, 40].map(roman)).toEqual(['I', 'II', 'III', 'IV', 'IX', 'XIV', 'XL']);
  });
  test('each style counts on its own, so there is never a gap or a repeat', () => {
    const n = (style: NodeStyle, children: ReturnType<typeof n>[] = []) => ({ style, label: '', ref: '', children });
    const root = {
      label: '',
      ref: '',
      children: [
        n('roman', [n('number', [n('letter'), n('letter'), n('letter'), n('letter'), n('letter')]), n('plain'), n('number', [n('subnumber'), n('subnumber', [n('dash'), n('dash', [n('plus')])])])]),
        n('roman'),
      ],
    };
    assignNumbers(root);
    const [I, II] = root.children;
    expect([I!.label, II!.label]).toEqual(['I.', 'II.']);
    expect(I!.children.map((c) => c.label)).toEqual(['1.', '', '2.']);
    expect(I!.children[0]!.children.map((c) => c.ref)).toEqual(['I.1.a', 'I.1.b', 'I.1.c', 'I.1.d', 'I.1.đ']);
    const sub = I!.children[2]!.children;
    expect(sub.map((c) => c.label)).toEqual(['2.1.', '2.2.']);
    expect(sub[1]!.children.map((c) => `${c.label}${c.ref}`)).toEqual(['-I.2.2-1', '-I.2.2-2']);
    expect(sub[1]!.children[1]!.children[0]!.label).toBe('+');
    expect(I!.children[1]!.ref).toBe('I'); // the only unnumbered child takes its parent's reference
  });
});

describe('tasks grouped by lead without a heading (the lettering of issue 21)', () => {
  // A commune plan as a clerk writes it: tasks grouped by who leads them, the groups without a title.
  const plan = (attribution: string, titled: boolean) => `
schemaVersion: 2
issuer: { name: Ủy ban nhân dân xã Tân Lập, abbreviation: UBND, place: Tân Lập }
draft: true
title: Phòng cháy, chữa cháy năm 2026
period: { year: 2026 }
agencies:
  ca-xa: { name: Công an xã, level: xa, kind: cong-an }
  vp: { name: Văn phòng Ủy ban nhân dân xã, level: xa, kind: chuyen-mon }
body:
  - title: NHIỆM VỤ
    items:
      - tasks:
          layout: by-theme
          attribution: ${attribution}
          groups:
            - ${titled ? 'title: Tuyên truyền\n              ' : ''}lead: ca-xa
              tasks:
                - { id: a, text: Tuyên truyền kiến thức phòng cháy cho hộ kinh doanh., time: { before: "2026-03-01" } }
                - { id: b, text: Kiểm tra an toàn phòng cháy tại chợ xã., time: { before: "2026-04-01" } }
            - ${titled ? 'title: Hậu cần\n              ' : ''}lead: vp
              tasks:
                - { id: c, text: Bố trí kinh phí mua bình chữa cháy., time: { before: "2026-05-01" } }
                - { id: d, text: Tổng hợp kết quả thực hiện., time: { before: "2026-12-01" } }
`;
  /** Each task's printed label and reference, in order (walking the outline as a printer does). */
  const printed = (yaml: string) => {
    const { plan: p, diagnostics } = loadPlan(yaml, { file: 'xa.yaml' });
    if (!p) throw new Error(JSON.stringify(diagnostics));
    const out: string[] = [];
    const walk = (n: OutlineNode) => {
      if (n.kind === 'group' && n.title) out.push(`${n.label} ${n.title}`);
      if (n.task) out.push(`${n.label} ${n.task.ref}`);
      n.children.forEach(walk);
    };
    p.sections.forEach(walk);
    return out;
  };
  test.each(['labelled', 'parenthesis', 'inline'])('attribution: %s — the tasks are numbered on, 1. to 4., not a) b) a) b)', (attribution) => {
    expect(printed(plan(attribution, false))).toEqual(['1. I.1', '2. I.2', '3. I.3', '4. I.4']);
  });
  test('a group that prints nothing leaves its lead to its tasks: no parentheses after the group, each task names it', () => {
    const { plan: p } = loadPlan(plan('parenthesis', false), { file: 'xa.yaml' });
    const section = p!.sections[0]!;
    expect(section.children.flatMap((g) => g.trailer)).toEqual([]);
    expect(section.children.flatMap((g) => g.children.map((t) => t.paragraphs[0]))).toEqual([
      'Tuyên truyền kiến thức phòng cháy cho hộ kinh doanh (Công an xã thực hiện; thời gian hoàn thành: trước 01/3/2026).',
      'Kiểm tra an toàn phòng cháy tại chợ xã (Công an xã thực hiện; thời gian hoàn thành: trước 01/4/2026).',
      'Bố trí kinh phí mua bình chữa cháy (Văn phòng Ủy ban nhân dân xã thực hiện; thời gian hoàn thành: trước 01/5/2026).',
      'Tổng hợp kết quả thực hiện (Văn phòng Ủy ban nhân dân xã thực hiện; thời gian hoàn thành: trước 01/12/2026).',
    ]);
  });
  test('groups with a heading keep their number and letter their tasks', () => {
    expect(printed(plan('labelled', true))).toEqual(['1. Tuyên truyền', 'a) I.1.a', 'b) I.1.b', '2. Hậu cần', 'a) I.2.a', 'b) I.2.b']);
  });
});
