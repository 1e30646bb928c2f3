import { codeInfo } from './define-codes.js';
import type { Diagnostic, Severity } from './diagnostic.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** What SARIF says of one rule: its meta as every rule registry describes it. */
export interface SarifRule {
  id: string;
  severity: Severity;
  category?: string;
  docs: { vi: string; en: string };
  /** The provision of Nghị định 30/2020/NĐ-CP it enforces. */
  article?: string;
}

/** What the SARIF log says about the tool. */
export interface SarifOptions {
  /** The tool's version. */
  version: string;
  /** Every rule's meta (the log lists them all, so that viewers can show their help). */
  rules?: readonly SarifRule[];
  /** Where rule docs live, e.g. a repository URL ending in `docs/rules/`; `<id>.md` is appended. */
  helpBase?: string;
}

/** The first sentence of a text (up to a full stop followed by a space). */
export function firstSentence(text: string): string {
  return text.split(/(?<=\.)\s/)[0]!;
}

function ruleDescriptor(r: SarifRule, helpBase: string | undefined): Record<string, unknown> {
  return {
    id: r.id,
    name: r.id.replace(/(^|-)(\w)/g, (_m, _d: string, c: string) => c.toUpperCase()),
    shortDescription: { text: firstSentence(r.docs.en) },
    fullDescription: { text: `${r.docs.vi}\n\n${r.docs.en}` },
    defaultConfiguration: { level: LEVEL[r.severity] },
    ...(helpBase ? { helpUri: `${helpBase}${r.id}.md` } : {}),
    properties: { ...(r.category ? { category: r.category, tags: [r.category] } : {}), ...(r.article ? { article: r.article } : {}) },
  };
}

/** What a result carries besides its message: the message's parameters, and the rule that reported a code. */
function properties(d: Diagnostic): Record<string, unknown> | undefined {
  const params = d.params && Object.keys(d.params).length ? { params: d.params } : {};
  const rule = d.rule && d.rule !== d.code ? { rule: d.rule } : {};
  return Object.keys(params).length || Object.keys(rule).length ? { ...params, ...rule } : undefined;
}

/** One result: its rule is the diagnostic's code (what tools match on; a content rule's finding is coded by its id). */
function result(d: Diagnostic, ruleIndex: number): Record<string, unknown> {
  const region = {
    startLine: d.line,
    startColumn: d.column,
    ...(d.endLine > d.line || (d.endLine === d.line && d.endColumn > d.column) ? { endLine: d.endLine, endColumn: d.endColumn } : {}),
  };
  const artifactLocation = { uri: d.file.split('\\').join('/') };
  return {
    ruleId: d.code,
    ruleIndex,
    level: LEVEL[d.severity],
    message: { text: `${d.message}\n${d.messageEn}` },
    locations: [{
      physicalLocation: { artifactLocation, region },
      ...(d.path ? { logicalLocations: [{ fullyQualifiedName: d.path, kind: 'element' }] } : {}),
    }],
    ...(properties(d) ? { properties: properties(d) } : {}),
    ...(d.fix ? {
      fixes: [{
        description: { text: d.fix.label ? `${d.fix.label} — ${d.fix.labelEn ?? ''}`.replace(/ — $/, '') : d.fix.text ? `→ ${d.fix.text}` : 'xóa — delete' },
        // every edit of the fix, by its offsets (a fix may edit elsewhere than the finding: Nơi nhận for a task's lead)
        artifactChanges: [{ artifactLocation, replacements: [d.fix, ...(d.fix.also ?? [])].map((e) => ({ deletedRegion: { charOffset: e.range[0], charLength: e.range[1] - e.range[0] }, insertedContent: { text: e.text } })) }],
      }],
    } : {}),
  };
}

/**
 * A SARIF 2.1.0 log of any diagnostics (what code-scanning services and editors read): one run, the
 * tool with every rule (id, descriptions, default level, category) and every other code met, one
 * result per diagnostic with its region (start and end, UTF-16 columns), its JSON pointer as a
 * logical location, and a fix when there is one. Paths are given as written.
 */
export function diagnosticsToSarif(list: readonly Diagnostic[], options: SarifOptions): Record<string, unknown> {
  const known = options.rules ?? [];
  const index = new Map(known.map((r, i) => [r.id, i]));
  const others = [...new Map(list.filter((d) => !index.has(d.code)).map((d) => [d.code, d])).values()]
    .sort((a, b) => a.code.localeCompare(b.code));
  others.forEach((d, i) => index.set(d.code, known.length + i));
  const rules = [
    ...known.map((r) => ruleDescriptor(r, options.helpBase)),
    ...others.map((d) => ({ id: d.code, shortDescription: { text: firstSentence(codeInfo(d.code)?.en ?? `kehoach ${d.source}: ${d.code}`) }, helpUri: d.url })),
  ];
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'kehoach', informationUri: 'https://www.npmjs.com/package/kehoach', version: options.version, rules } },
      columnKind: 'utf16CodeUnits',
      results: list.map((d) => result(d, index.get(d.code)!)),
    }],
  };
}
