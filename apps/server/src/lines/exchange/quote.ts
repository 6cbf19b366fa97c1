import { ratePremium, type Premium, type RatingInput } from '@policyhub/domain';
import { AppError } from '../../platform/errors.js';
import type { ExchangeProductContent } from './product-content.js';

export type Quote = {
  age: number;
  gender: 'M' | 'F';
  annualPremiumFen: number;
  band: { minAge: number; maxAge: number };
};

/**
 * The rating input and the premium as packages/domain rates them from the product version's rate
 * table (the application's quote snapshot); a person outside every band is refused in Chinese.
 */
export function rateAgeGender(
  content: ExchangeProductContent,
  input: { age: number; gender: 'M' | 'F' },
): { input: RatingInput; premium: Premium } {
  const rating: RatingInput = { kind: 'age-gender-annual', ...input };
  const rated = ratePremium(content.rateTable, rating);
  if (!rated.ok) throw new AppError('APPLICATION_REFUSED', { message: rated.reason });
  return { input: rating, premium: rated.value };
}

/** The annual premium from the product version's rate table by age band and gender. */
export function quotePremium(
  content: ExchangeProductContent,
  input: { age: number; gender: 'M' | 'F' },
): Quote {
  const { premium } = rateAgeGender(content, input);
  const band = content.rateTable.bands[premium.bandIndex!]!;
  return {
    age: input.age,
    gender: input.gender,
    annualPremiumFen: premium.premiumFen,
    band: { minAge: band.minAge, maxAge: band.maxAge },
  };
}

export type UnderwritingRule = { outcome: 'accept' | 'manual' | 'decline'; reason: string | null };

/** What the product's questionnaire says about a set of answers (decline beats manual review). */
export function questionnaireOutcome(
  content: ExchangeProductContent,
  answers: Record<string, boolean>,
): UnderwritingRule {
  const yes = content.questionnaire.filter((q) => answers[q.id] === true);
  const decline = yes.find((q) => q.declineIfYes);
  if (decline) return { outcome: 'decline', reason: `健康告知“${decline.text}”回答为“是”，不符合投保条件` };
  const manual = yes.find((q) => q.manualIfYes);
  if (manual) return { outcome: 'manual', reason: `健康告知“${manual.text}”回答为“是”，需人工核保` };
  return { outcome: 'accept', reason: null };
}
