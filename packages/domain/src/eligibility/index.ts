import { addDays, ageOn, isCalendarDate } from '../calendar.js';
import { fail, pass, type RuleResult } from '../result.js';
import type { Gender } from '../resident-id.js';

/**
 * Eligibility rules shared by the lines: each returns a reason code and a Chinese message the
 * user sees verbatim (import reports, forms, API errors). Plans configure them as data.
 */

const GENDER_ZH: Record<Gender, string> = { M: '男性', F: '女性' };

/** Older than `min` and younger than `max` whole years (both exclusive, as MA-3 states them). */
export type AgeWindow = { minAgeExclusive: number; maxAgeExclusive: number };

export type AgeRule = {
  window: Record<Gender, AgeWindow>;
  /** Above the window, admission only with an approved over-age document, never above this age. */
  overAgeWithApprovalUpTo?: number;
};

/** MA-3 defaults: women > 16 and < 55, men > 16 and < 60; over-age up to 65 with approval. */
export const UNION_DEFAULT_AGE_RULE: AgeRule = {
  window: {
    F: { minAgeExclusive: 16, maxAgeExclusive: 55 },
    M: { minAgeExclusive: 16, maxAgeExclusive: 60 },
  },
  overAgeWithApprovalUpTo: 65,
};

/** The date of the `years`-th birthday (29 February → 1 March in common years, as ageOn counts). */
export function birthdayAt(birthDate: string, years: number): string {
  const [y, m, d] = birthDate.split('-') as [string, string, string];
  const candidate = `${String(Number(y) + years).padStart(4, '0')}-${m}-${d}`;
  return isCalendarDate(candidate)
    ? candidate
    : addDays(`${String(Number(y) + years).padStart(4, '0')}-02-28`, 1);
}

/** Strictly older than `years` on `on`: the day after that birthday at the earliest. */
function olderThan(birthDate: string, years: number, on: string): boolean {
  return on > birthdayAt(birthDate, years);
}

/** Strictly younger than `years` on `on`: up to the day before that birthday. */
function youngerThan(birthDate: string, years: number, on: string): boolean {
  return on < birthdayAt(birthDate, years);
}

export type AgeVerdict = 'in-window' | 'over-age-approved';

/**
 * The age rule on `on` (the expected effective date). Over-age within the approval limit fails
 * with AGE_OVER_NEEDS_APPROVAL unless `overAgeApproved`: the UI shows it as a warning that needs
 * explicit confirmation and the approval document.
 */
export function checkAge(
  rule: AgeRule,
  person: { birthDate: string; gender: Gender },
  on: string,
  options: { overAgeApproved?: boolean } = {},
): RuleResult<AgeVerdict> {
  const w = rule.window[person.gender];
  const age = ageOn(person.birthDate, on);
  if (!olderThan(person.birthDate, w.minAgeExclusive, on))
    return fail(
      'AGE_TOO_YOUNG',
      `${GENDER_ZH[person.gender]}须年满 ${w.minAgeExclusive} 周岁（现 ${age} 周岁）`,
    );
  if (youngerThan(person.birthDate, w.maxAgeExclusive, on)) return pass('in-window');
  const limit = rule.overAgeWithApprovalUpTo;
  if (limit === undefined || olderThan(person.birthDate, limit, on))
    return fail(
      'AGE_OVER_MAX',
      limit === undefined
        ? `超龄：${GENDER_ZH[person.gender]}须小于 ${w.maxAgeExclusive} 周岁（现 ${age} 周岁）`
        : `超龄：超过 ${limit} 周岁不能参保（现 ${age} 周岁）`,
    );
  if (!options.overAgeApproved)
    return fail(
      'AGE_OVER_NEEDS_APPROVAL',
      `超龄：${GENDER_ZH[person.gender]}须小于 ${w.maxAgeExclusive} 周岁（现 ${age} 周岁），须经代办处审批的超龄参保证明并确认后办理`,
    );
  return pass('over-age-approved', [`超龄参保（${age} 周岁），已有审批证明`]);
}

/** Copies cap across the member's unexpired policies of the plan (MA-4: 份数超限). */
export function checkCopiesCap(
  maxCopies: number,
  unexpiredCopies: number,
  requested: number,
): RuleResult<number> {
  if (!Number.isSafeInteger(requested) || requested < 1) return fail('COPIES_INVALID', '投保份数应为正整数');
  const left = Math.max(0, maxCopies - unexpiredCopies);
  if (requested > left)
    return fail(
      'COPIES_EXCEEDED',
      `份数超限：每人最多 ${maxCopies} 份，已有未到期 ${unexpiredCopies} 份，本次最多还可投 ${left} 份`,
    );
  return pass(requested);
}

/** One application per person per product year (the exchange's annual tax-health cover). */
export function checkOnePerProductYear(yearsHeld: readonly number[], year: number): RuleResult<number> {
  if (yearsHeld.includes(year))
    return fail('ALREADY_INSURED_THIS_YEAR', `${year} 年度已投保该产品，同一产品每年度只能投保一次`);
  return pass(year);
}

/** A plan's longest trip (travel plans are priced up to a number of days). */
export function checkTripDays(maxDays: number, days: number): RuleResult<number> {
  if (!Number.isSafeInteger(days) || days < 1) return fail('TRIP_DAYS_INVALID', '行程天数应为正整数');
  if (days > maxDays) return fail('TRIP_TOO_LONG', `行程 ${days} 天超过该计划最长 ${maxDays} 天`);
  return pass(days);
}
