import { formatCitation } from '@kehoach/nd30';
import type { DossierInput, PlanInput } from '@kehoach/schema';
import { paragraphs } from '../../text-paragraphs.js';
import { leadBodies, lowerFirst, type ComposeContext } from '../compose-hook.js';
import { documentKind } from '../registry.js';

type DispatchBlock = NonNullable<DossierInput['dispatch']>;

/**
 * The công văn (Mẫu 1.5) that sends a plan to the bodies that carry it out: V/v `Triển khai thực hiện
 * Kế hoạch …`, Kính gửi the plan's lead bodies (or the block's list), a paragraph citing the plan —
 * through the Quyết định that promulgates it when the dossier has one — and asking them to carry out
 * their duties, then the block's own paragraphs; Nơi nhận opens with “Như trên”.
 */
export function composeDispatch(ctx: ComposeContext): PlanInput {
  const input = ctx.source.input;
  const b = ctx.block as DispatchBlock;
  const name = `${documentKind(ctx.source.kind).name} ${lowerFirst(ctx.source.title)}`;
  const addressees = b.addressees ?? leadBodies(ctx.source).map((a) => a.name);
  const decision = ctx.cited.decision;
  const plan = ctx.cited.plan;
  const cites = decision ? `${formatCitation(decision)} ban hành ${name}` : plan?.number ? `${formatCitation(plan)} về ${lowerFirst(ctx.source.title)}` : name;
  const focal = ctx.source.implementation.focalAgency?.name;
  const signature = b.signature ?? (input.dossier?.decision?.signature) ?? (Array.isArray(input.signature) ? input.signature[0] : input.signature);
  return {
    schemaVersion: 2,
    kind: 'cong-van',
    issuer: input.issuer,
    symbol: b.symbol,
    ...(b.number !== undefined ? { number: b.number } : {}),
    ...(b.date !== undefined ? { date: b.date } : {}),
    ...(input.period ? { period: input.period } : {}),
    ...(input.marks ? { marks: input.marks } : {}),
    title: `Triển khai thực hiện ${name}`,
    addressees: addressees.length ? addressees : ['Các cơ quan, đơn vị có liên quan'],
    agencies: input.agencies,
    body: [{
      text: [
        `${input.issuer.name} gửi kèm theo Công văn này ${cites}.`,
        `Đề nghị các cơ quan, đơn vị căn cứ nhiệm vụ được giao tại ${documentKind(ctx.source.kind).name}, khẩn trương tổ chức triển khai thực hiện${focal ? `; định kỳ báo cáo kết quả về ${focal} để tổng hợp` : ''}.`,
        ...paragraphs(b.text),
      ],
    }],
    ...(signature ? { signature } : {}),
    recipients: { to: [{ name: 'Như trên' }], archive: b.archive ?? 'VT' },
  } as PlanInput;
}
