import { z } from 'zod';
import type { ApplicationRecord } from '../../modules/applications/index.js';

/**
 * The exchange's own facts on an application (modules/applications `details`): the invitation it
 * answers, the debit authorisation (the employee's bank card and when consent was given) and,
 * once issued, the 税优识别码.
 */
export const ZExchangeApplicationDetails = z.object({
  invitationId: z.string().optional(),
  bankCardId: z.string().optional(),
  consentAt: z.string().optional(),
  taxCode: z.string().optional(),
});
export type ExchangeApplicationDetails = z.infer<typeof ZExchangeApplicationDetails>;

export function exchangeDetailsOf(
  application: Pick<ApplicationRecord, 'details'>,
): ExchangeApplicationDetails {
  return ZExchangeApplicationDetails.parse(application.details);
}
