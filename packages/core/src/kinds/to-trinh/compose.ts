import type { DossierInput, PlanInput } from '@kehoach/schema';
import { basisParagraphs } from '../../normalise/opening.js';
import { dossierOf, lowerFirst, type ComposeContext } from '../compose-hook.js';
import { documentKind } from '../registry.js';
import { planSummary } from './summary.js';

type SubmissionBlock = NonNullable<DossierInput['submission']>;

/**
 * The Tờ trình (Mẫu 1.4, Kính gửi the plan's issuer) of the drafting body: I. why the plan is needed
 * (its own words, or the plan's situation), II. the bases (the plan's), III. the plan summarised from
 * its data (parts, duties, lead bodies, duration, funding), IV. what it asks, with the drafts attached.
 */
export function composeSubmission(ctx: ComposeContext): PlanInput {
  const input = ctx.source.input;
  const b = ctx.block as SubmissionBlock;
  const drafter = ctx.source.agencies[b.agency];
  const drafterName = drafter?.name ?? b.agency;
  const plan = `${documentKind(ctx.source.kind).name} ${lowerFirst(ctx.source.title)}`;
  const need = b.need ?? (ctx.source.opening.situation.length ? ctx.source.opening.situation : [`Để tổ chức thực hiện hiệu quả các nhiệm vụ được giao, việc ban hành ${plan} là cần thiết.`]);
  const bases = (input.opening?.bases ?? []).flatMap(basisParagraphs);
  const drafts = ['decision' in dossierOf(input) ? `Dự thảo Quyết định ban hành ${plan}` : undefined, `Dự thảo ${plan}`].filter((x): x is string => !!x);
  return {
    schemaVersion: 2,
    kind: 'to-trinh',
    issuer: { name: drafterName, abbreviation: b.abbreviation, place: input.issuer.place, agency: b.agency, parent: { name: input.issuer.name, ...(input.issuer.agency ? { agency: input.issuer.agency } : {}) } },
    ...(b.number !== undefined ? { number: b.number } : {}),
    ...(b.date !== undefined ? { date: b.date } : {}),
    ...(input.period ? { period: input.period } : {}),
    ...(input.marks ? { marks: input.marks } : {}),
    title: `Về việc ban hành ${plan}`,
    addressees: [input.issuer.name],
    agencies: input.agencies,
    body: [
      { title: `Sự cần thiết ban hành ${documentKind(ctx.source.kind).name}`, text: need },
      { title: 'Căn cứ ban hành', text: bases.length ? bases : ['Căn cứ chức năng, nhiệm vụ, quyền hạn được giao.'] },
      { title: `Mục tiêu và nội dung chính của ${documentKind(ctx.source.kind).name}`, text: planSummary(ctx.source) },
      { title: 'Đề xuất', text: [`${drafterName} kính trình ${input.issuer.name} xem xét, ban hành ${plan}.`, `Hồ sơ kèm theo: ${drafts.join('; ')}.`] },
    ],
    ...(b.signature ? { signature: b.signature } : {}),
    recipients: { to: [{ name: 'Như trên' }], archive: b.archive ?? 'VT' },
  } as PlanInput;
}
