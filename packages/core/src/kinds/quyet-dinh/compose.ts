import { formatCitation, formatHeadOf, formatShortDate } from '@kehoach/nd30';
import type { DossierInput, PlanInput, SignatureInput } from '@kehoach/schema';
import { dossierOf, leadBodies, lowerFirst, type ComposeContext } from '../compose-hook.js';
import { documentKind } from '../registry.js';

type DecisionBlock = NonNullable<DossierInput['decision']>;

/** The first signature of a plan's input (a joint plan's first signer). */
export function firstSignature(input: PlanInput): SignatureInput | undefined {
  return Array.isArray(input.signature) ? input.signature[0] : input.signature;
}

/**
 * Điều 3: the issuer's office and the head of every body that leads one of the plan's tasks — exactly
 * those — then the bodies concerned: `Chánh Văn phòng …; Giám đốc Sở …; … và Thủ trưởng các cơ quan,
 * đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.`
 */
export function executingArticle(ctx: ComposeContext): string {
  const office = `Văn phòng ${ctx.source.issuer.name}`;
  const bodies = leadBodies(ctx.source).map((a) => a.name).filter((n) => n !== office);
  const heads = [office, ...bodies].map(formatHeadOf);
  return `${heads.join('; ')} và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.`;
}

/** `Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 10/7/2025.`, when the dossier has the Tờ trình. */
function proposal(ctx: ComposeContext): string | undefined {
  const submission = ctx.cited.submission;
  if (!submission) return undefined;
  const head = (dossierOf(ctx.source.input).submission as { head?: string } | undefined)?.head ?? formatHeadOf(submission.issuer ?? '');
  const { issuer: _issuer, ...cited } = submission;
  return `Theo đề nghị của ${head} tại ${formatCitation(cited)}.`;
}

/**
 * The Quyết định ban hành Kế hoạch (Mẫu 1.3) of a plan: the plan issuer's, titled `Ban hành Kế hoạch
 * …`; its bases are the plan's, then the proposal of the Tờ trình the dossier has; Điều 1 promulgates
 * the plan, Điều 2 says when it takes effect, Điều 3 names who executes it; Nơi nhận opens with “Như
 * Điều 3”.
 */
export function composeDecision(ctx: ComposeContext): PlanInput {
  const input = ctx.source.input;
  const b = ctx.block as DecisionBlock;
  const plan = `${documentKind(ctx.source.kind).name} ${lowerFirst(ctx.source.title)}`;
  const closing = proposal(ctx);
  const signature = b.signature ?? firstSignature(input);
  const drafter = (dossierOf(input).submission as { abbreviation?: string } | undefined)?.abbreviation;
  return {
    schemaVersion: 2,
    kind: 'quyet-dinh',
    issuer: input.issuer,
    ...(b.number !== undefined ? { number: b.number } : {}),
    ...(b.date !== undefined ? { date: b.date } : {}),
    ...(input.period ? { period: input.period } : {}),
    ...(input.marks ? { marks: input.marks } : {}),
    title: `Ban hành ${plan}`,
    agencies: input.agencies,
    ...(input.opening?.bases?.length || closing ? { opening: { ...(input.opening?.bases ? { bases: input.opening.bases } : {}), ...(closing ? { closing } : {}) } } : {}),
    body: [
      { text: `Ban hành kèm theo Quyết định này ${plan}.` },
      { text: `Quyết định này có hiệu lực kể từ ${b.effective ? `ngày ${formatShortDate(b.effective)}` : 'ngày ký'}.` },
      { text: executingArticle(ctx) },
    ],
    ...(signature ? { signature } : {}),
    recipients: { to: [{ name: 'Như Điều 3' }, ...(b.recipients ?? []).map((name) => ({ name }))], archive: b.archive ?? (drafter ? `VT, ${drafter}` : 'VT') },
  } as PlanInput;
}
