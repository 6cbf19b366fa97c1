import { beijingDate } from '@policyhub/domain';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { currentStatus, findInsuredOf, type PolicyRecord } from '../../../modules/policies/index.js';
import { findUnit, type UnitRow } from '../units.js';

/** How the union names a policy's state: in force = 打印生效 (the seed's word). */
export const UNION_POLICY_STATUS_LABELS: Record<string, string> = {
  issued: '打印生效',
  endorsed: '打印生效',
  expired: '已到期',
  terminated: '已终止',
  cancelled: '已撤单',
};

export type UnionPolicyRow = {
  policyId: string;
  policyNo: string;
  productCode: string;
  productName: string;
  memberNo: string | null;
  name: string;
  idNumberMasked: string;
  copies: number | null;
  premiumFen: number;
  startDate: string;
  endDate: string;
  unitNo: string | null;
  unitName: string | null;
  statusLabel: string;
  openRequestNo: string | null;
};

const str = (v: unknown) => (typeof v === 'string' && v ? v : null);
const int = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? v : null);

/**
 * The rows of mutual-aid policies as the union pages show them: the insured member (name, masked
 * ID, member no.), copies, period in Beijing dates and the base unit (单位编号, name).
 */
export async function unionPolicyRows(
  ctx: AppContext,
  executor: Executor,
  list: PolicyRecord[],
  openRequests: Map<string, string> = new Map(),
): Promise<UnionPolicyRow[]> {
  const insured = await findInsuredOf(
    executor,
    list.map((p) => p.id),
  );
  const units = new Map<string, UnitRow | null>();
  for (const orgId of new Set(list.flatMap((p) => (p.orgId ? [p.orgId] : []))))
    units.set(orgId, await findUnit(executor, orgId));
  const now = ctx.now();
  return list.map((p) => {
    const person = insured.get(p.id)?.[0];
    const unit = p.orgId ? units.get(p.orgId) : null;
    return {
      policyId: p.id,
      policyNo: p.policyNo,
      productCode: p.productCode,
      productName: p.productName,
      memberNo: str(p.details.memberNo) ?? str(person?.extra.memberNo),
      name: person?.name ?? p.holderName,
      idNumberMasked: person?.idNumberMasked ?? p.holderIdNumberMasked,
      copies: int(p.details.copies) ?? int(person?.extra.copies),
      premiumFen: p.premiumFen,
      startDate: beijingDate(p.startsAt),
      endDate: beijingDate(p.endsAt),
      unitNo: unit?.unitNo ?? str(p.details.unitNo),
      unitName: unit?.name ?? str(p.details.unitName),
      statusLabel: UNION_POLICY_STATUS_LABELS[currentStatus(p, now)] ?? '',
      openRequestNo: openRequests.get(p.id) ?? null,
    };
  });
}
