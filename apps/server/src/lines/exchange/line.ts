import { z } from 'zod';
import { defineLine } from '../../platform/lines.js';
import { ZTaxHealthProductContent } from './product-content.js';
import { WEBHOOK_EVENTS } from '../../modules/insurer-gateway/index.js';
import { exchangeRosterTemplate } from './roster-template.js';

/** Tax-advantaged health on the insurance exchange (seed 000, SPEC §3, EX-1…EX-9). */
export const exchangeLine = defineLine({
  code: 'TAX_HEALTH',
  productContent: ZTaxHealthProductContent,
  rating: 'age-gender-annual',
  policyDetails: z.record(z.string(), z.unknown()),
  insuredExtra: z.record(z.string(), z.unknown()),
  documentVariant: 'TAX_HEALTH',
  templates: [exchangeRosterTemplate],
  webhookEvents: WEBHOOK_EVENTS,
});
