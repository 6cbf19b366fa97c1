import { sql } from 'drizzle-orm';
import type { ZodType } from 'zod';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { policies, policyInsured } from '../tables.js';
import { recordAudit, type Actor } from '../../../platform/audit/index.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { findOrganization } from '../../organizations/index.js';
import { LINE_NUMBER_CODES, LINES, type Line } from '../labels.js';
import { nextBusinessNumber, nextBusinessNumbers } from '../numbers.js';
import { protectIdNumber } from '../identity.js';
import { findPolicyRows, type PolicyRecord } from '../repository.js';

export type NewInsured = {
  name: string;
  idType: string;
  idNumber: string;
  gender?: 'M' | 'F' | null;
  birthDate?: string | null;
  /** Line-specific facts printed on the insured list (plan, relation, occupation, sumInsuredFen …). */
  extra?: Record<string, unknown>;
};

export type CreatePolicyInput = {
  line: Line;
  productCode: string;
  productName: string;
  insurerOrgId: string;
  /** Owning organization (enterprise, union base, travel agency); null for an individual's policy. */
  orgId?: string | null;
  holderUserId?: string | null;
  holder: { name: string; idType: string; idNumber: string };
  sumInsuredFen: number;
  premiumFen: number;
  startsAt: Date;
  /** Last instant of cover, e.g. 23:59:59 Beijing time of the last day. */
  endsAt: Date;
  /**
   * Line-specific content, also what the e-policy prints: insuredSubject, coverages (fen),
   * specialAgreements, disputeResolution, vehicleTax, extraSections, insurerInfo, applicationNo.
   */
  details?: Record<string, unknown>;
  insured?: NewInsured[];
  /** Reissue (换发) only: the policy this one replaces (workflows/reissue-policy.ts). */
  replacesPolicyId?: string | null;
};

const INSURED_BATCH = 1000;
/** Policies per INSERT (23 columns: well under PostgreSQL's 65,535 parameters). */
const POLICY_BATCH = 1000;

function invalid(message: string): AppError {
  return new AppError('VALIDATION_FAILED', { message });
}

/**
 * A line's part (policies.details, policy_insured.extra) checked by the schema the line declares
 * (lines/<line>/line.ts → ctx.lines). Only checked, never rewritten: what is stored is what was given.
 */
function checkLinePart(schema: ZodType, value: unknown, label: string): void {
  const parsed = schema.safeParse(value);
  if (parsed.success) return;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.join('.');
  throw new AppError('VALIDATION_FAILED', {
    message: `${label}${field ? `（${field}）` : ''}：${issue.message}`,
    details: [{ field: field || label, message: issue.message }],
  });
}

/** What one policy writes, checked and with its ID numbers protected (nothing stored yet). */
type Prepared = {
  input: CreatePolicyInput;
  holderId: ReturnType<typeof protectIdNumber>;
  insured: {
    seq: number;
    name: string;
    id_type: string;
    id_number_enc: string;
    id_number_idx: string;
    id_number_masked: string;
    gender: 'M' | 'F' | null;
    birth_date: string | null;
    extra: Record<string, unknown>;
  }[];
};

function prepare(ctx: AppContext, input: CreatePolicyInput): Prepared {
  if (!LINES.includes(input.line)) throw invalid('业务线不正确');
  if (!input.productName.trim() || !input.productCode.trim()) throw invalid('请填写产品代码与产品名称');
  if (!input.holder.name.trim()) throw invalid('请填写投保人名称');
  if (!(input.endsAt.getTime() > input.startsAt.getTime())) throw invalid('保险止期须晚于保险起期');
  for (const [field, v] of [
    ['保险金额', input.sumInsuredFen],
    ['保险费', input.premiumFen],
  ] as const) {
    if (!Number.isSafeInteger(v) || v < 0) throw invalid(`${field}须为非负整数（分）`);
  }
  // A registered line checks its own part; a line not (yet) registered keeps the common checks only.
  const line = ctx.lines.find(input.line);
  if (line) {
    checkLinePart(line.policyDetails, input.details ?? {}, '保单信息');
    (input.insured ?? []).forEach((p, i) =>
      checkLinePart(line.insuredExtra, p.extra ?? {}, `第 ${i + 1} 位被保险人`),
    );
  }
  const holderId = protectIdNumber(ctx.crypto, '投保人证件', input.holder.idType, input.holder.idNumber);
  const insured = (input.insured ?? []).map((p, i) => {
    if (!p.name.trim()) throw invalid(`第 ${i + 1} 位被保险人：请填写姓名`);
    const id = protectIdNumber(ctx.crypto, `第 ${i + 1} 位被保险人证件`, p.idType, p.idNumber);
    return {
      seq: i + 1,
      name: p.name.trim(),
      id_type: p.idType,
      id_number_enc: id.enc,
      id_number_idx: id.idx,
      id_number_masked: id.masked,
      gender: p.gender ?? null,
      birth_date: p.birthDate ?? null,
      extra: p.extra ?? {},
    };
  });
  return { input, holderId, insured };
}

/**
 * Records an issued policy with its insured persons and a business number (the policy spine,
 * shared by all lines). It does not sign: the e-policy is issued by documents' issueDocument.
 */
export async function createPolicy(
  ctx: AppContext,
  executor: Executor,
  actor: Actor,
  input: CreatePolicyInput,
): Promise<PolicyRecord> {
  return (await createPolicies(ctx, executor, actor, [input]))[0]!;
}

/**
 * createPolicy for many policies at once (the union's 财务确认 issues thousands): every input is
 * checked first (one refusal refuses all), then one statement per table — the numbers, the
 * policies, their insured people — and one audit row for the batch (`policy.create` with the
 * numbers; a single policy keeps its own row with entityId). Returned in the order given.
 */
export async function createPolicies(
  ctx: AppContext,
  executor: Executor,
  actor: Actor,
  inputs: readonly CreatePolicyInput[],
): Promise<PolicyRecord[]> {
  if (!inputs.length) return [];
  const prepared = inputs.map((input) => prepare(ctx, input));
  for (const insurerOrgId of new Set(inputs.map((i) => i.insurerOrgId))) {
    const insurer = await findOrganization(executor, insurerOrgId);
    if (!insurer || (insurer.type !== 'insurer' && insurer.type !== 'insurer_branch'))
      throw notFound('保险公司');
  }
  const now = ctx.now();
  // Consecutive numbers per line prefix, in the order given.
  const numbers = new Map<string, string[]>();
  for (const line of new Set(inputs.map((i) => i.line))) {
    const prefix = `PH${LINE_NUMBER_CODES[line]}`;
    const count = inputs.filter((i) => i.line === line).length;
    numbers.set(
      line,
      count === 1
        ? [await nextBusinessNumber(executor, prefix, now)]
        : await nextBusinessNumbers(executor, prefix, now, count),
    );
  }
  const rows = prepared.map(({ input, holderId }) => ({
    id: crypto.randomUUID(),
    policyNo: numbers.get(input.line)!.shift()!,
    line: input.line,
    productCode: input.productCode.trim(),
    productName: input.productName.trim(),
    insurerOrgId: input.insurerOrgId,
    orgId: input.orgId ?? null,
    holderUserId: input.holderUserId ?? null,
    holderName: input.holder.name.trim(),
    holderIdType: input.holder.idType,
    holderIdNumberEnc: holderId.enc,
    holderIdNumberIdx: holderId.idx,
    holderIdNumberMasked: holderId.masked,
    sumInsuredFen: input.sumInsuredFen,
    premiumFen: input.premiumFen,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    status: 'issued' as const,
    version: 1,
    details: input.details ?? {},
    issuedAt: now,
    replacesPolicyId: input.replacesPolicyId ?? null,
    createdAt: now,
  }));
  for (let i = 0; i < rows.length; i += POLICY_BATCH)
    await executor.insert(policies).values(rows.slice(i, i + POLICY_BATCH));
  // One statement per batch with the rows as one JSON parameter: group policies carry thousands.
  const insured = prepared.flatMap((p, i) => p.insured.map((x) => ({ policy_id: rows[i]!.id, ...x })));
  for (let i = 0; i < insured.length; i += INSURED_BATCH) {
    const batch = insured.slice(i, i + INSURED_BATCH);
    await executor.execute(sql`
      insert into ${policyInsured}
        (policy_id, seq, name, id_type, id_number_enc, id_number_idx, id_number_masked, gender, birth_date, extra)
      select x.policy_id, x.seq, x.name, x.id_type, x.id_number_enc, x.id_number_idx, x.id_number_masked,
             x.gender, x.birth_date, coalesce(x.extra, '{}'::jsonb)
        from json_to_recordset(${JSON.stringify(batch)}::json) as x(
          policy_id uuid, seq int, name text, id_type text, id_number_enc text, id_number_idx text,
          id_number_masked text, gender text, birth_date text, extra jsonb)`);
  }
  const first = rows[0]!;
  await recordAudit(executor, actor, {
    action: 'policy.create',
    entityType: 'policy',
    ...(rows.length === 1
      ? {
          entityId: first.id,
          detail: {
            policyNo: first.policyNo,
            line: first.line,
            productCode: first.productCode,
            insured: insured.length,
          },
        }
      : {
          detail: {
            count: rows.length,
            lines: [...new Set(rows.map((r) => r.line))],
            productCodes: [...new Set(rows.map((r) => r.productCode))],
            insured: insured.length,
            policyNos: rows.slice(0, 2000).map((r) => r.policyNo),
          },
        }),
  });
  const stored = new Map(
    (
      await findPolicyRows(
        executor,
        rows.map((r) => r.id),
      )
    ).map((p) => [p.id, p]),
  );
  return rows.map((r) => stored.get(r.id)!);
}
