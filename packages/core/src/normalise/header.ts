import type { HeaderBodyInput, PlanInput } from '@kehoach/schema';
import type { DocumentKindProfile } from '../kinds/profile.js';
import type { Plan } from '../model.js';
import type { AgencyTable } from './agencies.js';

function headerLines(b: HeaderBodyInput): string[] {
  return b.headerLines ?? [b.name.toLocaleUpperCase('vi')];
}

/** The issuer and its parent body as the header prints them (upper-case lines unless given). */
export function issuerOf(input: PlanInput, table: AgencyTable): Plan['issuer'] {
  const i = input.issuer;
  const agency = table.one(i.agency);
  const parentAgency = table.one(i.parent?.agency);
  return {
    name: i.name,
    headerLines: headerLines(i),
    abbreviation: i.abbreviation,
    place: i.place,
    ...(i.authority ? { authority: i.authority } : {}),
    ...(agency ? { agency } : {}),
    ...(i.parent ? { parent: { name: i.parent.name, headerLines: headerLines(i.parent), ...(parentAgency ? { agency: parentAgency } : {}) } } : {}),
  };
}

/**
 * Number, symbol, date and draft state: a plan without both number and date is a draft; the symbol
 * is the kind's type abbreviation and the issuer's (`KH-UBND`) unless written; the year is the date's,
 * the draft's or the period's first.
 */
export function identityOf(input: PlanInput, kind: DocumentKindProfile): Pick<Plan, 'number' | 'symbol' | 'date' | 'draft' | 'draftDate' | 'typeLine' | 'year'> {
  const period = input.period ?? {};
  const draft = input.draft === true || input.number === undefined || input.date === undefined;
  const typeLine = input.typeLine ?? kind.header.typeLine;
  return {
    ...(input.number !== undefined && !draft ? { number: input.number } : {}),
    symbol: input.symbol ?? (kind.symbolPrefix ? `${kind.symbolPrefix}-${input.issuer.abbreviation}` : input.issuer.abbreviation),
    ...(input.date !== undefined && !draft ? { date: input.date } : {}),
    draft,
    ...(input.draftDate && draft ? { draftDate: input.draftDate } : {}),
    ...(typeLine ? { typeLine } : {}),
    year: input.date ? Number(input.date.slice(0, 4)) : input.draftDate?.year ?? period.year ?? period.from ?? period.schoolYear ?? 0,
  };
}

/** Nơi nhận: each recipient by its own name or its agency's, and the archive line. */
export function recipientsOf(input: PlanInput, table: AgencyTable): Plan['recipients'] {
  if (!input.recipients) return undefined;
  return {
    to: input.recipients.to.map((x) => {
      const agency = table.one(x.agency);
      return { name: x.name ?? (x.agency ? agency?.name ?? x.agency : ''), ...(x.purpose ? { purpose: x.purpose } : {}), ...(agency ? { agency } : {}) };
    }),
    archive: input.recipients.archive,
  };
}
