import { applicationMachine } from '@policyhub/domain';
import { z } from 'zod';
import { UNDERWRITING_DECISIONS } from './types.js';

/** An application status in requests and responses: exactly the machine's states. */
export const ZApplicationStatus = z.enum(applicationMachine.states);

export const ZUnderwritingDecision = z.enum(UNDERWRITING_DECISIONS);

/** An application in a staff list (insurer console): the applicant masked. */
export const ZApplicationSummary = z.object({
  applicationNo: z.string(),
  productId: z.string(),
  status: ZApplicationStatus,
  statusLabel: z.string(),
  applicantName: z.string(),
  idNumberMasked: z.string(),
  answers: z.record(z.string(), z.boolean()),
  premiumFen: z.number().int(),
  declineReason: z.string().nullable(),
  createdAt: z.string(),
});
export type ApplicationSummary = z.infer<typeof ZApplicationSummary>;

/**
 * An application as the insurer system receives it: the full ID number, because the insurer
 * underwrites and issues in the applicant's name.
 */
export const ZInsurerApplication = z.object({
  applicationNo: z.string(),
  productId: z.string(),
  productVersionId: z.string(),
  year: z.number().int(),
  status: ZApplicationStatus,
  applicant: z.object({
    name: z.string(),
    idType: z.string(),
    idNumber: z.string(),
    gender: z.string().nullable(),
    birthDate: z.string().nullable(),
    mobile: z.string().nullable(),
  }),
  answers: z.record(z.string(), z.boolean()),
  premiumFen: z.number().int(),
  insurerRef: z.string().nullable(),
  policyNo: z.string().nullable(),
  declineReason: z.string().nullable(),
  createdAt: z.string(),
});
export type InsurerApplication = z.infer<typeof ZInsurerApplication>;
