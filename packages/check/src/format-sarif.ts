import type { Diagnostic } from '@kehoach/core';
import type { RuleMeta } from './rule.js';
import { CHECK_CODES } from './codes.js';
import { firstSentence } from './rule-docs.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** What the SARIF log says about the tool. */
export interface SarifOptions {
  /** The tool's version. */
  version: string;
  /** Every rule's meta (the log lists them all, so that viewers can show their help). */
  rules: readonly RuleMeta[];
  /** Where rule docs live, e.g. a repository URL ending in `docs/rules/`; `<id>.md` is appended. */
  helpBase?: string;
}

/**
 * A SARIF 2.1.0 log of the findings (what code-scanning services and editors read): one run, the
 * tool with every rule (id, descriptions, default level, category), one result per finding with its
 * region (start and end, UTF-16 columns like the positions), its JSON pointer as a logical location,
 * and a fix when there is one. Paths are given as written (relative to the working directory).
 */
export function toSarif(list: readonly Diagnostic[], options: SarifOptions): Record<string, unknown> {
  const ruleIndex = new Map(options.rules.map((r, i) => [r.id, i]));
  const extra = [...new Set(list.map((d) => (d as { rule?: string }).rule ?? d.code).filter((id) => !ruleIndex.has(id)))].sort();
  const rules = [
    ...options.rules.map((r) => ({
      id: r.id,
      name: r.id.replace(/(^|-)(\w)/g, (_m, _d: string, c: string) => c.toUpperCase()),
      shortDescription: { text: firstSentence(r.docs.en) },
      fullDescription: { text: `${r.docs.vi}\n\n${r.docs.en}` },
      defaultConfiguration: { level: LEVEL[r.severity] },
      ...(options.helpBase ? { helpUri: `${options.helpBase}${r.id}.md` } : {}),
      properties: { category: r.category, tags: [r.category], ...(r.article ? { article: r.article } : {}) },
    })),
    ...extra.map((id) => ({
      id,
      shortDescription: { text: (CHECK_CODES as Record<string, { en: string }>)[id]?.en ?? `kehoach loader diagnostic ${id}` },
    })),
  ];
  extra.forEach((id, i) => ruleIndex.set(id, options.rules.length + i));
  const results = list.map((d) => {
    const id = (d as { rule?: string }).rule ?? d.code;
    const x = d as Diagnostic & { endLine?: number; endColumn?: number; params?: Record<string, unknown>; fix?: { range: [number, number]; text: string } };
    const region = {
      startLine: d.line,
      startColumn: d.column,
      ...(x.endLine !== undefined && x.endColumn !== undefined && (x.endLine > d.line || x.endColumn > d.column) ? { endLine: x.endLine, endColumn: x.endColumn } : {}),
    };
    const artifactLocation = { uri: d.file.split('\\').join('/') };
    return {
      ruleId: id,
      ruleIndex: ruleIndex.get(id)!,
      level: LEVEL[d.severity],
      message: { text: `${d.message}\n${d.messageEn}` },
      locations: [{
        physicalLocation: { artifactLocation, region },
        ...(d.path ? { logicalLocations: [{ fullyQualifiedName: d.path, kind: 'element' }] } : {}),
      }],
      ...(x.params && Object.keys(x.params).length ? { properties: { params: x.params } } : {}),
      ...(x.fix ? {
        fixes: [{
          description: { text: x.fix.text ? `→ ${x.fix.text}` : 'xóa — delete' },
          artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion: { ...region, charOffset: x.fix.range[0], charLength: x.fix.range[1] - x.fix.range[0] }, insertedContent: { text: x.fix.text } }] }],
        }],
      } : {}),
    };
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'kehoach', informationUri: 'https://www.npmjs.com/package/kehoach', version: options.version, rules } },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
}
