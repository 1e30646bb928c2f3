/**
 * The sections of a plan as the section form sees them — every titled entry of the body (a section,
 * a part's section, a titled item inside a section) with its place, its depth and how many duties it
 * holds — and the edits the form makes on the YAML text: rename, add after, move up or down, delete
 * (refused while duties remain). Pure: text and data in, text out; comments elsewhere are kept.
 */
import { Document } from 'yaml';
import type { Path } from './duty-model.js';
import { cutItem, insertItem, moveItem } from './yaml-list-edit.js';
import { setValue } from './yaml-text-edit.js';

/** One section: the list it is in, its index there, its title and what it holds. */
export interface Section {
  /** The list holding it (`['body']`, `['body', 1, 'items']` …). */
  list: Path;
  index: number;
  title: string;
  depth: number;
  /** Duties inside it, at any depth. */
  duties: number;
  /** Whether it holds a list of tasks itself or below (a duty can be moved in without making one). */
  hasTaskList: boolean;
  /** Entries in its list (to know whether it can move down). */
  siblings: number;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Duties (task entries) under a node, and whether it has a tasks list. */
function tasksIn(node: unknown): { n: number; list: boolean } {
  let n = 0;
  let list = false;
  const walk = (v: unknown, key?: string): void => {
    if (Array.isArray(v)) {
      if (key === 'tasks') {
        list = true;
        n += v.filter(isObj).length;
      }
      v.forEach((x) => walk(x));
    } else if (isObj(v)) for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(node);
  return { n, list };
}

/** Every section of the plan's body, in document order. */
export function sectionsOf(data: unknown): Section[] {
  const out: Section[] = [];
  const visit = (list: unknown, path: Path, depth: number): void => {
    if (!Array.isArray(list)) return;
    list.forEach((entry, index) => {
      if (!isObj(entry)) return;
      const titled = typeof entry.title === 'string';
      if (titled) {
        const t = tasksIn(entry);
        out.push({ list: path, index, title: entry.title as string, depth, duties: t.n, hasTaskList: t.list, siblings: list.length });
      }
      const next = depth + (titled ? 1 : 0);
      visit(entry.sections, [...path, index, 'sections'], next);
      visit(entry.items, [...path, index, 'items'], next);
    });
  };
  if (isObj(data)) visit(data.body, ['body'], 0);
  return out;
}

/** A title as one YAML scalar (quoted when it needs to be). */
const scalar = (s: string) => new Document(s).toString({ lineWidth: 0 }).trimEnd();

/** A section's title from the form: one line, not empty. */
function titleOf(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (!t) throw new Error('Hãy viết tiêu đề mục.');
  return t;
}

/** The text with the section's title changed. */
export function renameSection(text: string, s: Section, title: string): string {
  return setValue(text, [...s.list, s.index, 'title'], titleOf(title), ['id']);
}

/** The text with a new section titled `title` right after `s`, in the same list. */
export function addSectionAfter(text: string, s: Section, title: string): string {
  return insertItem(text, s.list, `- title: ${scalar(titleOf(title))}\n`, s.index + 1);
}

/** The text with the section moved one place up (`-1`) or down (`1`) in its list; the same text at either end. */
export function moveSection(text: string, s: Section, by: -1 | 1): string {
  const to = s.index + by;
  return to < 0 || to >= s.siblings ? text : moveItem(text, s.list, s.index, to);
}

/** The text without the section; refused (a Vietnamese message) while it still holds duties. */
export function deleteSection(text: string, s: Section): string {
  if (s.duties) throw new Error(`Mục “${s.title}” còn ${s.duties} nhiệm vụ: chuyển các nhiệm vụ sang mục khác hoặc xóa chúng trước khi xóa mục.`);
  return cutItem(text, s.list, s.index).text;
}
