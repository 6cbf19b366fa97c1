import { z } from 'zod';
import { defineLine } from '../../platform/lines.js';
import { ZUnionPlanContent } from './product-content.js';
import { unionMembersTemplate } from './enrollment-template.js';
import { unionClaimsTemplate } from './claims-template.js';
import { unionApplicationsTemplate } from './application-template.js';

/** What a mutual-aid policy adds to the common policy details (printed on the 电子保障凭证). */
const ZUnionPolicyDetails = z.looseObject({
  applicationNo: z.string().min(1).max(64).optional(),
  memberNo: z.string().min(1).max(40).optional(),
  unitNo: z.string().min(1).max(40).optional(),
  unitName: z.string().min(1).max(200).optional(),
  copies: z.number().int().positive().optional(),
  productVersion: z.number().int().positive().optional(),
  /** The earlier policy this one renews (批量续转), for continuity. */
  renewsPolicyNo: z.string().min(1).max(64).optional(),
});

/** An insured member's extra on a mutual-aid policy. */
const ZUnionPolicyInsured = z.looseObject({
  memberNo: z.string().min(1).max(40).optional(),
  copies: z.number().int().positive().optional(),
  premiumFen: z.number().int().nonnegative().optional(),
  sumInsuredFen: z.number().int().nonnegative().optional(),
  plan: z.string().max(100).optional(),
});

/** Union mutual aid (seed 001, SPEC §4, MA-1…MA-9). */
export const unionLine = defineLine({
  code: 'MUTUAL_AID',
  productContent: ZUnionPlanContent,
  rating: 'per-copy',
  policyDetails: ZUnionPolicyDetails,
  insuredExtra: ZUnionPolicyInsured,
  documentVariant: 'MUTUAL_AID',
  // Added by their owners: the 批量入会模板, 批量投保模板 and the claims template.
  templates: [unionMembersTemplate, unionApplicationsTemplate, unionClaimsTemplate],
  webhookEvents: [],
});
