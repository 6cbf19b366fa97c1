import { z } from 'zod';
import { defineLine } from '../../platform/lines.js';
import { ZProductContent } from '../../modules/products/index.js';
import { exchangeRosterTemplate } from './roster-template.js';

/** Tax-advantaged health on the insurance exchange (seed 000, SPEC §3, EX-1…EX-9). */
export const exchangeLine = defineLine({
  code: 'TAX_HEALTH',
  productContent: ZProductContent,
  rating: 'age-gender-annual',
  policyDetails: z.record(z.string(), z.unknown()),
  insuredExtra: z.record(z.string(), z.unknown()),
  documentVariant: 'TAX_HEALTH',
  templates: [exchangeRosterTemplate],
  // Sent to integrated insurers (modules/insurer-gateway): a group order to pre-underwrite, a
  // personal application to underwrite.
  webhookEvents: ['order.submitted', 'application.submitted'],
});
