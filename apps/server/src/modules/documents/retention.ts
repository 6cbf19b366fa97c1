/**
 * Retention of archived documents (ED-5; Insurance Law art. 87, seed 003 §5 c): cover longer than
 * one year → at least 10 years after cover ends; one year or less → at least 5 years after it
 * ends. Documents without a period of cover (receipts, statements) are kept 5 years after issue.
 * Specimens have no legal effect and may be deleted at once.
 */
export function addYears(date: Date, years: number): Date {
  const d = new Date(date.getTime());
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d;
}

/** Cover is "longer than one year" when it ends after the first anniversary of its start. */
export function isLongerThanOneYear(period: { startsAt: Date; endsAt: Date }): boolean {
  return period.endsAt.getTime() > addYears(period.startsAt, 1).getTime();
}

export function retentionUntil(input: {
  period: { startsAt: Date; endsAt: Date } | null;
  issuedAt: Date;
  specimen: boolean;
}): Date {
  if (input.specimen) return input.issuedAt;
  if (!input.period) return addYears(input.issuedAt, 5);
  return addYears(input.period.endsAt, isLongerThanOneYear(input.period) ? 10 : 5);
}
