import { z } from 'zod';
import { defineLine } from '../../platform/lines.js';
import { ZTaxHealthProductContent } from './product-content.js';
import { exchangeRosterTemplate, ZExchangeInsuredExtra } from './roster-template.js';

/**
 * What a tax-advantaged health policy adds to the common policy details (the printed parts —
 * specialAgreements, coverages … — are the policies module's). Loose: the common keys pass through.
 */
const ZExchangePolicyDetails = z.looseObject({
  applicationNo: z.string().min(1).max(64).optional(),
  /** 税优识别码, given by the insurer at issue. */
  taxCode: z.string().min(1).max(64).optional(),
  productVersion: z.number().int().positive().optional(),
  deductionCapFen: z.number().int().nonnegative().optional(),
});

/**
 * An insured person's extra: the order roster's tax-health columns (roster-template.ts) and what the
 * insured list prints (plan, sum insured, premium in fen).
 */
const ZExchangePolicyInsured = ZExchangeInsuredExtra.extend({
  plan: z.string().max(100).optional(),
  sumInsuredFen: z.number().int().nonnegative().optional(),
  premiumFen: z.number().int().nonnegative().optional(),
});

/** Tax-advantaged health on the insurance exchange (seed 000, SPEC §3, EX-1…EX-9). */
export const exchangeLine = defineLine({
  code: 'TAX_HEALTH',
  productContent: ZTaxHealthProductContent,
  rating: 'age-gender-annual',
  policyDetails: ZExchangePolicyDetails,
  insuredExtra: ZExchangePolicyInsured,
  documentVariant: 'TAX_HEALTH',
  templates: [exchangeRosterTemplate],
  // Sent to integrated insurers (modules/insurer-gateway): a group order to pre-underwrite, a
  // personal application to underwrite.
  webhookEvents: ['order.submitted', 'application.submitted'],
});
