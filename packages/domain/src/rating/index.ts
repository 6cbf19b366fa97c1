import { fail, pass, type RuleFailure, type RuleResult } from '../result.js';
import type { Gender } from '../resident-id.js';

/**
 * Rating (费率) as data: a product version carries one rating table, tagged by kind, and the
 * premium is a pure function of the table and the insured's facts. Money is integer fen
 * throughout; every kind here multiplies integers, so no rounding happens. A factor-based kind
 * (motor: base premium × (1 + floating factor)) joins this union later and rounds with `roundFen`.
 */

/** One row of a tax-health rate table: annual premium by age band (inclusive) and gender. */
export type AgeGenderBand = { gender: Gender; minAge: number; maxAge: number; annualPremiumFen: number };
/** One row of a travel grid: price per person for trips of minDays…maxDays days (inclusive). */
export type DayBand = { minDays: number; maxDays: number; premiumPerPersonFen: number };

export type RatingTable =
  | { kind: 'age-gender-annual'; bands: readonly AgeGenderBand[] }
  | { kind: 'per-copy'; premiumPerCopyFen: number; maxCopies: number }
  | { kind: 'person-day'; bands: readonly DayBand[] };

export type RatingKind = RatingTable['kind'];
export const RATING_KINDS = [
  'age-gender-annual',
  'per-copy',
  'person-day',
] as const satisfies readonly RatingKind[];

export type RatingInput =
  | { kind: 'age-gender-annual'; age: number; gender: Gender }
  | { kind: 'per-copy'; copies: number }
  | { kind: 'person-day'; days: number; people: number };

export type Premium = {
  /** The premium due, integer fen. */
  premiumFen: number;
  /** Price of one unit (a year, a copy, a person for the trip), integer fen. */
  unitFen: number;
  /** How many units (1 person-year, copies, people). */
  units: number;
  /** The row of the table that priced it, in words, for the quote snapshot and the document. */
  basis: string;
  /** Index of that row in the table's bands (null for kinds without bands). */
  bandIndex: number | null;
};

const GENDER_ZH: Record<Gender, string> = { M: '男', F: '女' };

/** The one rounding rule for fen amounts computed with factors: half up, never negative. */
export function roundFen(amount: number): number {
  if (!Number.isFinite(amount) || amount <= 0) return 0;
  return Math.floor(amount + 0.5);
}

function isCount(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 1;
}

function total(unitFen: number, units: number, basis: string, bandIndex: number | null): RuleResult<Premium> {
  const premiumFen = unitFen * units;
  if (!Number.isSafeInteger(premiumFen)) return fail('RATING_OVERFLOW', '保费金额超出可计算范围');
  return pass({ premiumFen, unitFen, units, basis, bandIndex });
}

/** The premium of `input` under `table`, or the Chinese reason it cannot be priced. */
export function ratePremium(table: RatingTable, input: RatingInput): RuleResult<Premium> {
  if (table.kind !== input.kind) return fail('RATING_KIND', '费率方式与投保信息不匹配');
  switch (table.kind) {
    case 'age-gender-annual': {
      const { age, gender } = input as Extract<RatingInput, { kind: 'age-gender-annual' }>;
      const index = table.bands.findIndex((b) => b.gender === gender && age >= b.minAge && age <= b.maxAge);
      const band = table.bands[index];
      if (!band)
        return fail(
          'RATING_NO_BAND',
          `该产品不承保 ${age} 周岁的${gender === 'M' ? '男性' : '女性'}（不在费率表年龄范围内）`,
        );
      return total(
        band.annualPremiumFen,
        1,
        `${GENDER_ZH[gender]} ${band.minAge}–${band.maxAge} 周岁`,
        index,
      );
    }
    case 'per-copy': {
      const { copies } = input as Extract<RatingInput, { kind: 'per-copy' }>;
      if (!isCount(copies)) return fail('RATING_COPIES', '投保份数应为正整数');
      if (copies > table.maxCopies)
        return fail('RATING_COPIES_MAX', `投保份数 ${copies} 份超过每人最多 ${table.maxCopies} 份`);
      return total(
        table.premiumPerCopyFen,
        copies,
        `每份 ${table.premiumPerCopyFen / 100} 元 × ${copies} 份`,
        null,
      );
    }
    case 'person-day': {
      const { days, people } = input as Extract<RatingInput, { kind: 'person-day' }>;
      if (!isCount(days)) return fail('RATING_DAYS', '保险天数应为正整数');
      if (!isCount(people)) return fail('RATING_PEOPLE', '被保险人人数应为正整数');
      const index = table.bands.findIndex((b) => days >= b.minDays && days <= b.maxDays);
      const band = table.bands[index];
      if (!band) {
        const longest = Math.max(0, ...table.bands.map((b) => b.maxDays));
        return fail('RATING_NO_BAND', `该计划不承保 ${days} 天的行程（最长 ${longest} 天）`);
      }
      return total(
        band.premiumPerPersonFen,
        people,
        `${band.minDays}–${band.maxDays} 天 × ${people} 人`,
        index,
      );
    }
  }
}

function overlaps<T>(rows: readonly T[], lo: (r: T) => number, hi: (r: T) => number): [T, T] | null {
  const sorted = [...rows].sort((a, b) => lo(a) - lo(b));
  for (let i = 1; i < sorted.length; i++)
    if (lo(sorted[i]!) <= hi(sorted[i - 1]!)) return [sorted[i - 1]!, sorted[i]!];
  return null;
}

/**
 * What is wrong with a rating table as an insurer configured it (empty list = usable). The server
 * refuses such a product version and the web form shows the same reasons before submitting.
 */
export function checkRatingTable(table: RatingTable): RuleFailure[] {
  const problems: RuleFailure[] = [];
  const money = (fen: number) => Number.isSafeInteger(fen) && fen >= 0;
  switch (table.kind) {
    case 'age-gender-annual': {
      if (table.bands.length === 0) problems.push(fail('RATING_EMPTY', '费率表至少需要一行'));
      table.bands.forEach((b, i) => {
        if (b.maxAge < b.minAge)
          problems.push(fail('RATING_BAND_RANGE', `费率表第 ${i + 1} 行：最高年龄小于最低年龄`));
        if (!money(b.annualPremiumFen))
          problems.push(fail('RATING_AMOUNT', `费率表第 ${i + 1} 行：保费金额不正确`));
      });
      for (const g of ['M', 'F'] as const)
        if (
          overlaps(
            table.bands.filter((b) => b.gender === g),
            (b) => b.minAge,
            (b) => b.maxAge,
          )
        )
          problems.push(fail('RATING_BAND_OVERLAP', `费率表年龄段重叠（${GENDER_ZH[g]}）`));
      break;
    }
    case 'per-copy':
      if (!money(table.premiumPerCopyFen) || table.premiumPerCopyFen === 0)
        problems.push(fail('RATING_AMOUNT', '每份保费应为正数'));
      if (!isCount(table.maxCopies)) problems.push(fail('RATING_COPIES', '每人最多份数应为正整数'));
      break;
    case 'person-day': {
      if (table.bands.length === 0) problems.push(fail('RATING_EMPTY', '天数费率表至少需要一行'));
      table.bands.forEach((b, i) => {
        if (!isCount(b.minDays) || b.maxDays < b.minDays)
          problems.push(fail('RATING_BAND_RANGE', `天数费率表第 ${i + 1} 行：天数范围不正确`));
        if (!money(b.premiumPerPersonFen))
          problems.push(fail('RATING_AMOUNT', `天数费率表第 ${i + 1} 行：保费金额不正确`));
      });
      if (
        overlaps(
          table.bands,
          (b) => b.minDays,
          (b) => b.maxDays,
        )
      )
        problems.push(fail('RATING_BAND_OVERLAP', '天数费率表的天数段重叠'));
      // A longer trip never costs less: a grid that did would invite splitting a tour in two.
      const sorted = [...table.bands].sort((a, b) => a.minDays - b.minDays);
      for (let i = 1; i < sorted.length; i++)
        if (sorted[i]!.premiumPerPersonFen < sorted[i - 1]!.premiumPerPersonFen)
          problems.push(fail('RATING_NOT_MONOTONE', `${sorted[i]!.minDays} 天起的价格低于更短的行程`));
      break;
    }
  }
  return problems;
}
