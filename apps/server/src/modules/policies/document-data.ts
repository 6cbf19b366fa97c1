import { beijingDate, idTypeLabel, isBeijingMidnight, isIdType } from '@policyhub/domain';
import type {
  Coverage,
  DateLike,
  EndorsementDocumentData,
  FieldGroup,
  InsuredPerson,
  InsurerInfo,
  LabeledValue,
  PolicyDocumentData,
} from '@policyhub/documents';
import type { Executor } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors.js';
import { findOrganization } from '../organizations/index.js';
import { endorsementKindLabel, ORG_ID_TYPE, ORG_ID_TYPE_LABEL } from './labels.js';
import {
  findEndorsementRow,
  findInsured,
  findInsuredOf,
  findPolicyRow,
  type EndorsementRecord,
  type InsuredRecord,
  type PolicyRecord,
} from './repository.js';

/** Documents print yuan; the database keeps fen (STYLE rule 8). */
export const yuan = (fen: number): number => fen / 100;

/**
 * The period as the document prints it: whole Beijing days ("自…零时起至…二十四时止") when cover
 * starts at midnight and ends at the last second of a day, otherwise exact times.
 */
export function documentPeriod(startsAt: Date, endsAt: Date): { start: DateLike; end: DateLike } {
  const endsAtDayEnd = isBeijingMidnight(new Date(Math.floor(endsAt.getTime() / 1000) * 1000 + 1000));
  if (isBeijingMidnight(startsAt) && endsAtDayEnd)
    return { start: beijingDate(startsAt), end: beijingDate(endsAt) };
  return { start: startsAt, end: endsAt };
}

export function idLabel(type: string): string {
  if (type === ORG_ID_TYPE) return ORG_ID_TYPE_LABEL;
  return isIdType(type) ? idTypeLabel(type) : type;
}

const GENDER: Record<string, string> = { M: '男', F: '女' };

function insurerInfo(org: { name: string; code: string | null }, policy: PolicyRecord): InsurerInfo {
  const extra = (policy.details.insurerInfo ?? {}) as Partial<InsurerInfo>;
  return { name: org.name, ...(org.code ? { uscc: org.code } : {}), ...extra };
}

async function insurerOrg(executor: Executor, policy: PolicyRecord) {
  const org = await findOrganization(executor, policy.insurerOrgId);
  if (!org) throw notFound('保险公司');
  return org;
}

const asArray = <T>(v: unknown): T[] | undefined => (Array.isArray(v) && v.length ? (v as T[]) : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

/** Coverages from details (amounts in fen) or, when none are given, the product as one line. */
function coveragesOf(policy: PolicyRecord): Coverage[] {
  const given = asArray<Record<string, unknown>>(policy.details.coverages);
  if (!given)
    return [
      { name: policy.productName, sumInsured: yuan(policy.sumInsuredFen), premium: yuan(policy.premiumFen) },
    ];
  return given.map((c) => {
    const sum = num(c.sumInsuredFen);
    const premium = num(c.premiumFen);
    return {
      name: String(c.name ?? ''),
      ...(sum !== undefined
        ? { sumInsured: yuan(sum) }
        : typeof c.sumInsured === 'string'
          ? { sumInsured: c.sumInsured }
          : {}),
      ...(premium !== undefined ? { premium: yuan(premium) } : {}),
      ...(typeof c.deductible === 'string' ? { deductible: c.deductible } : {}),
      ...(typeof c.description === 'string' ? { description: c.description } : {}),
    };
  });
}

/** What the e-policy prints about the policyholder: ID numbers masked (DOMAIN §9). */
function policyholderOf(policy: PolicyRecord) {
  const extra = (policy.details.holderInfo ?? {}) as Record<string, string>;
  return {
    name: policy.holderName,
    idType: idLabel(policy.holderIdType),
    idNo: policy.holderIdNumberMasked,
    ...(extra.address ? { address: extra.address } : {}),
    ...(extra.phone ? { phone: extra.phone } : {}),
    ...(extra.contact ? { contact: extra.contact } : {}),
  };
}

export const DEFAULT_DISPUTE_RESOLUTION =
  '因履行本合同发生的争议，由当事人协商解决；协商不成的，依法向保险合同签订地有管辖权的人民法院提起诉讼。';

/** The e-policy's content from a loaded policy, its insured persons and its insurer (no I/O). */
export function buildPolicyDocumentData(
  policy: PolicyRecord,
  insured: InsuredRecord[],
  insurer: { name: string; code: string | null },
): Omit<PolicyDocumentData, 'documentId'> {
  const d = policy.details;
  // A policy of one insured person covers that person with the policy's plan, sum and premium;
  // rows of a group policy print what the roster gave each person (their own plan and amounts).
  const alone = insured.length === 1;
  const planName = typeof d.planName === 'string' ? d.planName : policy.productName;
  const people: InsuredPerson[] = insured.map((p) => {
    const sum = num(p.extra.sumInsuredFen) ?? (alone ? policy.sumInsuredFen : undefined);
    const premium = num(p.extra.premiumFen) ?? (alone ? policy.premiumFen : undefined);
    const plan = typeof p.extra.plan === 'string' ? p.extra.plan : alone ? planName : undefined;
    return {
      name: p.name,
      idType: idLabel(p.idType),
      idNo: p.idNumberMasked,
      ...(p.gender ? { gender: GENDER[p.gender] ?? p.gender } : {}),
      ...(p.birthDate ? { birthDate: p.birthDate } : {}),
      ...(typeof p.extra.relation === 'string' ? { relation: p.extra.relation } : {}),
      ...(typeof p.extra.occupation === 'string' ? { occupation: p.extra.occupation } : {}),
      ...(plan ? { plan } : {}),
      ...(sum !== undefined ? { sumInsured: yuan(sum) } : {}),
      ...(premium !== undefined ? { premium: yuan(premium) } : {}),
    };
  });
  return {
    policyNo: policy.policyNo,
    productLine: policy.line,
    productName: policy.productName,
    ...(typeof d.applicationNo === 'string' ? { applicationNo: d.applicationNo } : {}),
    confirmedAt: policy.issuedAt,
    issuedAt: policy.issuedAt,
    insurer: insurerInfo(insurer, policy),
    policyholder: policyholderOf(policy),
    ...(asArray<LabeledValue>(d.insuredSubject)
      ? { insuredSubject: d.insuredSubject as LabeledValue[] }
      : {}),
    ...(people.length ? { insured: people } : {}),
    coverages: coveragesOf(policy),
    totalPremium: yuan(policy.premiumFen),
    period: documentPeriod(policy.startsAt, policy.endsAt),
    ...(asArray<string>(d.specialAgreements) ? { specialAgreements: d.specialAgreements as string[] } : {}),
    disputeResolution:
      typeof d.disputeResolution === 'string' ? d.disputeResolution : DEFAULT_DISPUTE_RESOLUTION,
    ...(asArray<LabeledValue>(d.vehicleTax) ? { vehicleTax: d.vehicleTax as LabeledValue[] } : {}),
    ...(asArray<FieldGroup>(d.extraSections) ? { extraSections: d.extraSections as FieldGroup[] } : {}),
  };
}

/**
 * The e-policy's content for the documents package (ED-1), from the policy, its insured persons
 * and its insurer. `documentId` is set by the issuing service.
 */
export async function policyDocumentData(
  executor: Executor,
  policyId: string,
): Promise<Omit<PolicyDocumentData, 'documentId'>> {
  return (await policyDocumentDataWithRecord(executor, policyId)).data;
}

/** The e-policy content together with the policy row it was built from (issuing needs both). */
export async function policyDocumentDataWithRecord(
  executor: Executor,
  policyId: string,
): Promise<{ data: Omit<PolicyDocumentData, 'documentId'>; record: PolicyRecord }> {
  const policy = await findPolicyRow(executor, policyId);
  if (!policy) throw notFound('保单');
  const data = buildPolicyDocumentData(
    policy,
    await findInsured(executor, policyId),
    await insurerOrg(executor, policy),
  );
  return { data, record: policy };
}

/**
 * The e-policy content of many policies with three statements in all (bulk issuing): the
 * policies, all their insured persons, and each insurer once.
 */
export async function policyDocumentDataBatch(
  executor: Executor,
  policies: PolicyRecord[],
): Promise<Map<string, Omit<PolicyDocumentData, 'documentId'>>> {
  const insured = await findInsuredOf(
    executor,
    policies.map((p) => p.id),
  );
  const insurers = new Map<string, { name: string; code: string | null }>();
  const out = new Map<string, Omit<PolicyDocumentData, 'documentId'>>();
  for (const policy of policies) {
    let org = insurers.get(policy.insurerOrgId);
    if (!org) insurers.set(policy.insurerOrgId, (org = await insurerOrg(executor, policy)));
    out.set(policy.id, buildPolicyDocumentData(policy, insured.get(policy.id) ?? [], org));
  }
  return out;
}

const scalar = (v: unknown): string | number | null =>
  v === null || v === undefined
    ? null
    : typeof v === 'number' || typeof v === 'string'
      ? v
      : JSON.stringify(v);

/** The e-endorsement's (批单) content for one endorsement of a policy (ED-6). */
export async function endorsementDocumentData(
  executor: Executor,
  endorsementId: string,
  extra: { premiumChangeFen?: number; reason?: string } = {},
): Promise<Omit<EndorsementDocumentData, 'documentId'>> {
  const endorsement: EndorsementRecord | null = await findEndorsementRow(executor, endorsementId);
  if (!endorsement) throw notFound('批改记录');
  const policy = await findPolicyRow(executor, endorsement.policyId);
  if (!policy) throw notFound('保单');
  const insurer = await insurerOrg(executor, policy);
  return {
    endorsementNo: endorsement.endorsementNo,
    policyNo: policy.policyNo,
    productName: policy.productName,
    confirmedAt: endorsement.createdAt,
    insurer: insurerInfo(insurer, policy),
    policyholder: policyholderOf(policy),
    endorsementType: endorsementKindLabel(endorsement.kind),
    ...(extra.reason ? { reason: extra.reason } : {}),
    appliedAt: endorsement.createdAt,
    effectiveAt: endorsement.effectiveAt,
    wording: endorsement.description.split('\n').filter((l) => l.trim()),
    ...(endorsement.changes.length
      ? {
          changes: endorsement.changes.map((c) => ({
            item: c.item,
            before: scalar(c.before),
            after: scalar(c.after),
          })),
        }
      : {}),
    ...(extra.premiumChangeFen !== undefined ? { premiumChange: yuan(extra.premiumChangeFen) } : {}),
  };
}
