import type { AgencyInput, AppendixInput, BodyEntryInput, PartInput, PlanInput, SectionInput } from '@kehoach/schema';
import { DEFAULT_KIND, documentKind } from '@kehoach/core';
import { articlesOf, withoutEnacting } from './articles.js';
import type { ReceivedDocument } from '../model.js';
import { AgencyTable } from '../recognise/agencies.js';
import { buildBlocks, buildSection, instructionsSection, type BodyContext } from './body.js';
import { placeDateBelow, recogniseHeader } from './header.js';
import { flatten, type Line } from './lines.js';
import { recogniseOpening } from './opening.js';
import { buildOutline, type OutlineNode } from './outline.js';
import { recogniseFacts } from './facts.js';
import { recogniseReports } from './reports.js';
import { bodyEnd, isRecipientsHeading, recogniseSignature } from './signature.js';
import { appendicesStart, appendixFields, splitAppendices } from './appendices.js';
import { closingStart } from './closing.js';
import { UnsureList, type Unsure } from './unsure.js';
import { dropGeneratedAttribution } from './generated-attribution.js';

/** What was recognised, counted for the report. */
export interface RecognisedCounts {
  sections: number;
  tasks: number;
  /** Tasks whose lead (or requested body) is data. */
  tasksWithLead: number;
  /** Tasks that name any agency in the original. */
  tasksNamingAgency: number;
  datedItems: number;
  references: number;
  recipients: number;
  agencies: number;
}

/** The plan recognised from a received document, with the places to check. */
export interface RecognisedPlan {
  input: PlanInput;
  unsure: Unsure[];
  counts: RecognisedCounts;
}

/**
 * Recognises a plan in a received document: header, kind, title, opening and bases, sections and
 * their numbering (numbers dropped, generated again), tasks with their agencies and times, facts of
 * the implementation section, signature, recipients, tables; agencies declared once.
 */
export function recognisePlan(doc: ReceivedDocument): RecognisedPlan {
  const unsure = new UnsureList();
  const f = flatten(doc);
  const header = recogniseHeader(f, unsure);
  const below = placeDateBelow(f.lines, header.bodyStart, header, unsure);
  if (below >= 0) {
    f.lines.splice(below, 1);
    if (f.signatureAt !== undefined && below < f.signatureAt) f.signatureAt--;
  }
  // Mẫu 1.3: the authority line and `QUYẾT ĐỊNH:` are the profile's, not the document's words.
  const profile = documentKind(header.kind);
  if (profile.enacting) {
    const kept = new Set(withoutEnacting(f.lines, header.bodyStart, profile));
    if (f.signatureAt !== undefined) f.signatureAt -= f.lines.slice(0, f.signatureAt).filter((l) => !kept.has(l)).length;
    f.lines = f.lines.filter((l) => kept.has(l));
  }
  // Appendices after the signature (a signature table, or the Nơi nhận list) are the plan's appendices.
  const signedAt = f.signatureAt ?? f.lines.findIndex((l, i) => i >= header.bodyStart && isRecipientsHeading(l));
  const apxAt = signedAt >= 0 ? appendicesStart(f.lines, signedAt) : undefined;
  const lines = apxAt === undefined ? f.lines : f.lines.slice(0, apxAt);
  const end = bodyEnd(lines, header.bodyStart, f.signature.length > 0, f.signatureAt);
  const allBody = lines.slice(header.bodyStart, end);
  // the closing paragraphs (“Trên đây là …”, “Yêu cầu các … thực hiện./.”) are the body's last, unnumbered part
  const closeAt = closingStart(allBody);
  const bodyLines = allBody.slice(0, closeAt);
  const closing = allBody.slice(closeAt);
  const tail = [...lines.slice(end), ...f.signature.flat()];
  // A body of articles (Điều 1., Điều 2. …): the articles, and the opening before them.
  const articles = profile.body === 'articles' ? articlesOf(bodyLines) : undefined;
  const { roots, slips } = buildOutline(articles ? articles.opening : bodyLines);
  const agencies = new AgencyTable();
  const ids = new Set<string>();
  // the year of dates written without one: the plan's period, else the year it is dated (or drafted) in
  const year = header.period?.year ?? (header.date ? Number(header.date.slice(0, 4)) : header.draftDate?.year);
  const ctx: BodyContext = { agencies, unsure, ids, stats: { tasks: 0, withLead: 0, named: 0, dated: 0 }, ...(year ? { year } : {}) };

  // Section level: PHẦN, then Roman numerals, else the first label met.
  const hasPart = roots.some((r) => r.line.label?.kind === 'part');
  const all = (ns: OutlineNode[]): OutlineNode[] => ns.flatMap((n) => [n, ...all(n.children)]);
  const kinds = all(roots).map((n) => n.line.label?.kind);
  const sectionKind = kinds.includes('roman') ? 'roman' : roots.find((r) => r.line.label)?.line.label?.kind;
  const openingLines: Line[] = [];
  const body: BodyEntryInput[] = [];
  const section = (n: OutlineNode): SectionInput => {
    const s = buildSection(n, ctx);
    if (n.line.label?.kind !== 'roman') s.style = n.line.label?.kind === 'number' ? 'number' : 'plain';
    return s;
  };
  let currentPart: PartInput | undefined;
  let started = false;
  // a công văn's numbered instructions (no PHẦN, no Roman numerals, no item a heading): one section of duties
  const sectionRoots = roots.filter((r) => r.line.label?.kind === sectionKind);
  const instructions = !hasPart && sectionKind !== 'roman' ? instructionsSection(sectionRoots, ctx) : undefined;
  for (const r of roots) {
    const k = r.line.label?.kind;
    if (instructions && k === sectionKind) {
      if (r === sectionRoots[0]) body.push(instructions);
      started = true;
    } else if (hasPart && k === 'part') {
      currentPart = { part: r.line.text || r.line.label!.printed, sections: [] };
      const pre = r.children.filter((c) => c.line.label?.kind !== sectionKind);
      const secs = r.children.filter((c) => c.line.label?.kind === sectionKind);
      if (pre.length && !secs.length) currentPart.sections.push({ title: r.line.text, style: 'plain', ...buildBlocks(pre, ctx, false) });
      else if (pre.length) currentPart.text = pre.map((p) => p.line.text);
      for (const s of secs) currentPart.sections.push(section(s));
      body.push(currentPart);
      started = true;
    } else if (k === sectionKind && k !== undefined) {
      (currentPart ? currentPart.sections : body).push(section(r));
      started = true;
    } else if (!started && !r.line.table) {
      openingLines.push(r.line, ...all(r.children).map((c) => c.line));
    } else {
      // Something after the sections that is not a section: keep its words in the last section.
      const target = currentPart ? currentPart.sections[currentPart.sections.length - 1] : (body[body.length - 1] as SectionInput | undefined);
      if (target) target.items = [...(target.items ?? []), ...buildBlocks([r], ctx, false).items];
      else if (r.line.table) body.push({ title: 'NỘI DUNG', style: 'plain', ...buildBlocks([r], ctx, false) });
      else body.push({ title: r.line.text || 'Nội dung', style: 'plain', ...buildBlocks(r.children, ctx, false) });
      started = true;
    }
  }
  if (articles) body.push(...articles.body);
  if (!body.length) {
    body.push({ title: 'NỘI DUNG', style: 'plain', items: openingLines.splice(0).map((l) => l.text) });
    unsure.add(['body', 0], 'không nhận ra mục nào (I., II. …): toàn bộ nội dung nằm trong một mục', bodyLines[0]?.source ?? {});
  }
  if (closing.length) body.push({ items: closing.map((l) => l.text) });
  for (const s of slips) {
    unsure.add(['body'], `bản gốc đánh số “${s.line.label!.printed}” nơi lẽ ra là “${s.expected}” (bỏ số hoặc lặp số); số thứ tự sinh lại sẽ khác bản gốc`, s.line.source);
  }
  const appendices: AppendixInput[] = (apxAt === undefined ? [] : splitAppendices(f.lines.slice(apxAt))).map((a, i, all) => {
    const fields = appendixFields({ ...a, landscape: a.landscape || (i === all.length - 1 && doc.orientation === 'landscape') });
    const { roots: aroots } = buildOutline(a.body);
    const built = buildBlocks(aroots, ctx, false);
    return { ...fields, ...(built.itemStyle ? { itemStyle: built.itemStyle } : {}), ...(built.items.length ? { items: built.items } : {}) };
  });
  recogniseReports(body, agencies, ids, year, appendices);
  const opening = recogniseOpening(openingLines, unsure, ids);
  const sig = recogniseSignature(tail, unsure);
  recogniseFacts(body, agencies);

  if (!agencies.list().length) header.issuer.agency = agencies.add(header.issuer.name);
  const agencyMap: Record<string, AgencyInput> = {};
  for (const a of agencies.list()) {
    agencyMap[a.id] = a.kind === 'ca-nhan'
      ? { name: a.name, kind: 'ca-nhan', ...(a.position ? { position: a.position } : {}), ...(a.role ? { role: a.role } : {}) }
      : { name: a.name, ...(a.shortName && a.shortName !== a.name ? { shortName: a.shortName } : {}), ...(a.aliases?.length ? { aliases: a.aliases } : {}), level: a.level, kind: a.kind as AgencyInput['kind'] };
  }
  const input: PlanInput = { schemaVersion: 2, ...(header.kind !== DEFAULT_KIND ? { kind: header.kind } : {}), issuer: header.issuer, title: header.title, agencies: agencyMap, body };
  if (header.number !== undefined) input.number = header.number;
  if (header.symbol) input.symbol = header.symbol;
  if (header.date) input.date = header.date;
  if (header.draftDate) input.draftDate = header.draftDate;
  if (header.period) input.period = header.period;
  if (header.addressees) input.addressees = header.addressees;
  if (opening && Object.keys(opening).length) input.opening = opening;
  if (sig.signature) input.signature = sig.signature;
  if (sig.recipients) input.recipients = sig.recipients;
  const ordered: PlanInput = {
    schemaVersion: 2,
    ...(input.kind ? { kind: input.kind } : {}),
    ...(header.typeLine ? { typeLine: header.typeLine } : {}),
    issuer: input.issuer,
    ...(input.number !== undefined ? { number: input.number } : {}),
    ...(input.symbol ? { symbol: input.symbol } : {}),
    ...(input.date ? { date: input.date } : {}),
    ...(input.draftDate ? { draftDate: input.draftDate } : {}),
    ...(header.marks ? { marks: header.marks } : {}),
    title: input.title,
    ...(input.period ? { period: input.period } : {}),
    ...(input.addressees ? { addressees: input.addressees } : {}),
    agencies: input.agencies,
    ...(input.opening ? { opening: input.opening } : {}),
    body: input.body,
    ...(input.signature ? { signature: input.signature } : {}),
    ...(input.recipients ? { recipients: input.recipients } : {}),
    ...(appendices.length ? { appendices } : {}),
  };
  unsure.resolve(ordered);
  dropGeneratedAttribution(ordered);
  const countSections = body.reduce((n, e) => n + ('part' in e ? e.sections.length : 1), 0);
  return {
    input: ordered,
    unsure: unsure.items,
    counts: {
      sections: countSections,
      tasks: ctx.stats.tasks,
      tasksWithLead: ctx.stats.withLead,
      tasksNamingAgency: ctx.stats.named,
      datedItems: ctx.stats.dated,
      references: (opening?.bases ?? []).reduce((n, b) => n + (b.references?.length ?? 0), 0),
      recipients: sig.recipients?.to.length ?? 0,
      agencies: Object.keys(agencyMap).length,
    },
  };
}
