import { applicationMachine, type ApplicationStatus } from '@policyhub/domain';
import type { Locale } from '../i18n';

/** Tag colour of each state of the shared application machine (every line's applications). */
export const APPLICATION_COLOR: Record<ApplicationStatus, string> = {
  draft: 'default',
  submitted: 'blue',
  underwriting: 'blue',
  manual_review: 'orange',
  accepted: 'cyan',
  declined: 'red',
  paid: 'geekblue',
  issued: 'green',
  returned: 'volcano',
  cancelled: 'default',
};

/** The machine's own label (packages/domain), in the UI language. */
export function applicationStatusLabel(status: ApplicationStatus, locale: Locale): string {
  return applicationMachine.label(status, locale === 'zh-CN' ? 'zh' : 'en');
}
