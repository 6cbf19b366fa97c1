import type { ApplicationStatus, Line, Premium, RatingInput } from '@policyhub/domain';

/** 核保结论: accept 承保 / decline 拒保 (with a reason) / manual 转人工核保. */
export const UNDERWRITING_DECISIONS = ['accept', 'decline', 'manual'] as const;
export type UnderwritingDecision = (typeof UNDERWRITING_DECISIONS)[number];

/** A person on an application: the ID number encrypted, with its blind index and masked form. */
export type ApplicationPerson = {
  name: string;
  idType: string;
  idNumberEnc: string;
  /** null only on rows migrated without one (the exchange's applicant before the module). */
  idNumberIdx: string | null;
  idNumberMasked: string;
  gender: 'M' | 'F' | null;
  birthDate: string | null;
};

/** An insured person; `relation` to the applicant ('self' for the exchange), `extra` the line's facts. */
export type InsuredPerson = ApplicationPerson & { relation: string; extra?: Record<string, unknown> };

/** What packages/domain rating said at submission: the input and the premium, kept as rated. */
export type QuoteSnapshot = {
  input: RatingInput;
  /** True on rows moved from exchange_applications, whose rated row was not kept (only the premium). */
  migrated?: true;
} & Premium;

/** An application as the lines and workflows see it. */
export type ApplicationRecord = {
  id: string;
  applicationNo: string;
  line: Line;
  userId: string | null;
  orgId: string | null;
  productId: string;
  productVersionId: string;
  insurerOrgId: string;
  productYear: number | null;
  status: ApplicationStatus;
  applicant: ApplicationPerson & { mobile: string | null };
  insured: InsuredPerson[];
  answers: Record<string, boolean>;
  quote: QuoteSnapshot;
  premiumFen: number;
  details: Record<string, unknown>;
  decision: UnderwritingDecision | null;
  decisionReason: string | null;
  insurerRef: string | null;
  decidedBy: string | null;
  decidedByName: string | null;
  decidedAt: Date | null;
  policyId: string | null;
  issuedAt: Date | null;
  createdAt: Date;
};
