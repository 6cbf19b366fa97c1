import type { DocumentKindCode, Line } from '@policyhub/domain';
import type { DateLike } from './format.js';

/** Kinds of document the platform issues (SPEC ED-1); the one list is `DOCUMENT_KINDS` in @policyhub/domain. */
export type DocumentKind = DocumentKindCode;

/** Lines of business pick the wording of an e-policy's notes; the one list is `LINES` in @policyhub/domain. */
export type ProductLine = Line;

export type Scalar = string | number | null | undefined;

export type Party = {
  name: string;
  idType?: string;
  idNo?: string;
  phone?: string;
  email?: string;
  address?: string;
  contact?: string;
};

/** A label and value supplied by the caller, for line-specific content. */
export type LabeledValue = { label: string; value: Scalar; wide?: boolean };

/** A titled group of labelled values (an extra section). */
export type FieldGroup = { title: string; fields: LabeledValue[] };

export type InsurerInfo = {
  name: string;
  address?: string;
  phone?: string;
  uscc?: string;
  postcode?: string;
  website?: string;
};

export type InsuredPerson = {
  name: string;
  idType?: string;
  idNo?: string;
  gender?: string;
  birthDate?: DateLike;
  relation?: string;
  occupation?: string;
  plan?: string;
  sumInsured?: number | string;
  premium?: number;
  phone?: string;
  remark?: string;
};

export type Coverage = {
  name: string;
  sumInsured?: number | string;
  premium?: number;
  deductible?: string;
  description?: string;
};

export type Period = { start: DateLike; end: DateLike };

type Common = {
  /** Platform id of the document, stored in the PDF (Info /PolicyHubDocId) for verification. */
  documentId: string;
  /** Shown in the header as the confirmation time. */
  confirmedAt?: DateLike;
  /** Extra titled sections placed before the notes. */
  extraSections?: FieldGroup[];
  /** Replaces the template's standard notes. */
  notes?: string[];
};

/** 电子保单 — all lines; line-specific content comes as data (insuredSubject, vehicleTax, extraSections). */
export type PolicyDocumentData = Common & {
  policyNo: string;
  productLine?: ProductLine;
  productName: string;
  applicationNo?: string;
  insurer: InsurerInfo;
  policyholder: Party;
  /** 标的信息, e.g. vehicle, tour group or employer details. */
  insuredSubject?: LabeledValue[];
  insured?: InsuredPerson[];
  coverages: Coverage[];
  totalPremium: number;
  period: Period;
  specialAgreements?: string[];
  disputeResolution: string;
  /** 代收车船税信息 (compulsory motor). */
  vehicleTax?: LabeledValue[];
  issuedAt?: DateLike;
};

export type EndorsementChange = { item: string; before: Scalar; after: Scalar };

/** 电子批单 */
export type EndorsementDocumentData = Common & {
  endorsementNo: string;
  policyNo: string;
  productName: string;
  insurer: InsurerInfo;
  policyholder: Party;
  endorsementType: string;
  reason?: string;
  appliedAt?: DateLike;
  effectiveAt: DateLike;
  /** 批文: the endorsement wording. */
  wording: string[];
  changes?: EndorsementChange[];
  /** Positive: additional premium; negative: refund. */
  premiumChange?: number;
  insuredAdded?: InsuredPerson[];
  insuredRemoved?: InsuredPerson[];
};

/** The five motor application form versions (MO-1). */
export type MotorFormVersion =
  'ORDINARY' | 'SPECIAL_VEHICLE' | 'MOTORCYCLE_TRACTOR' | 'SINGLE_TRIP' | 'NEW_ENERGY';

export type Vehicle = {
  plateNo: string;
  vin: string;
  engineNo: string;
  brandModel?: string;
  vehicleType?: string;
  useNature?: string;
  seats?: number;
  tonnage?: string;
  registrationDate?: DateLike;
  newCarPrice?: number;
  energyType?: string;
};

/** 电子投保单 (motor, natural-person applicant): logo, tips, solvency notice, details, declaration, signature. */
export type ApplicationDocumentData = Common & {
  applicationNo: string;
  formVersion: MotorFormVersion;
  insurer: InsurerInfo;
  solvency?: LabeledValue[];
  applicant: Party;
  insured: Party;
  owner: Party;
  vehicle: Vehicle;
  compulsory?: { period: Period; limits: { name: string; amount: number | string }[]; premium: number };
  commercial?: { period: Period; coverages: Coverage[]; premium: number };
  vehicleTax?: LabeledValue[];
  totalPremium: number;
  specialAgreements?: string[];
  disputeResolution: string;
  businessSource?: LabeledValue[];
  /** Replaces the standard application tips (投保提示). */
  tips?: string[];
  /** Replaces the standard applicant's declaration. */
  declaration?: string[];
  applicantSignature?: { name: string; signedAt?: DateLike; imagePng?: Uint8Array };
};

/** 保单提前终止申请表 */
export type TerminationDocumentData = Common & {
  requestNo: string;
  policyNo: string;
  productName?: string;
  insurer: InsurerInfo;
  policyholder: Party;
  appliedAt: DateLike;
  terminationDate: DateLike;
  reason: string;
  insured?: InsuredPerson[];
  refund?: { amount?: number; accountName?: string; bankName?: string; accountNo?: string };
  declaration?: string[];
  reviewOpinion?: string;
};

export type ReconciliationItem = {
  policyNo: string;
  policyholder: string;
  issuedAt: DateLike;
  period?: string;
  insuredCount?: number;
  premium: number;
  commission?: number;
  status?: string;
};

/** 对账单 */
export type ReconciliationDocumentData = Common & {
  statementNo: string;
  period: Period;
  counterparty: Party & { code?: string };
  insurer: InsurerInfo;
  items: ReconciliationItem[];
  summary: { count: number; premium: number; commission?: number; refunds?: number; payable: number };
};

/** 收据 */
export type ReceiptDocumentData = Common & {
  receiptNo: string;
  payer: Party;
  payee: InsurerInfo;
  amount: number;
  purpose: string;
  policyNo?: string;
  paymentMethod?: string;
  transactionNo?: string;
  paidAt?: DateLike;
  items?: { name: string; amount: number; remark?: string }[];
};

/** Data type expected for each document kind. */
export type DocumentDataMap = {
  policy: PolicyDocumentData;
  endorsement: EndorsementDocumentData;
  application: ApplicationDocumentData;
  termination: TerminationDocumentData;
  reconciliation: ReconciliationDocumentData;
  receipt: ReceiptDocumentData;
};
