import { z } from 'zod';
import { defineLine } from '../../platform/lines.js';
import { ZProductContent } from '../../modules/products/index.js';
import { WEBHOOK_EVENTS } from '../../modules/insurer-gateway/index.js';
import { exchangeRosterTemplate, ZExchangeInsuredExtra } from './roster-template.js';

/** Tax-advantaged health on the insurance exchange (seed 000, SPEC §3, EX-1…EX-9). */
export const exchangeLine = defineLine({
  code: 'TAX_HEALTH',
  productContent: ZProductContent,
  rating: 'age-gender-annual',
  policyDetails: z.record(z.string(), z.unknown()),
  insuredExtra: ZExchangeInsuredExtra,
  documentVariant: 'TAX_HEALTH',
  templates: [exchangeRosterTemplate],
  webhookEvents: WEBHOOK_EVENTS,
});
