import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRatingTable, ratePremium, roundFen, type DayBand, type RatingTable } from './index.js';

// DOMAIN §6: domestic 100k plan, yuan per person per trip by day band.
const domestic100k: RatingTable = {
  kind: 'person-day',
  bands: [
    { minDays: 1, maxDays: 3, premiumPerPersonFen: 600 },
    { minDays: 4, maxDays: 8, premiumPerPersonFen: 1000 },
    { minDays: 9, maxDays: 15, premiumPerPersonFen: 1500 },
    { minDays: 16, maxDays: 30, premiumPerPersonFen: 2000 },
  ],
};
// DOMAIN §8: 女工特疾 25 yuan a copy.
const femaleCritical: RatingTable = { kind: 'per-copy', premiumPerCopyFen: 2500, maxCopies: 5 };
const taxHealth: RatingTable = {
  kind: 'age-gender-annual',
  bands: [
    { gender: 'M', minAge: 16, maxAge: 40, annualPremiumFen: 120_000 },
    { gender: 'F', minAge: 16, maxAge: 40, annualPremiumFen: 110_000 },
    { gender: 'M', minAge: 41, maxAge: 65, annualPremiumFen: 220_000 },
  ],
};

const premium = (t: RatingTable, input: Parameters<typeof ratePremium>[1]) => {
  const r = ratePremium(t, input);
  if (!r.ok) throw new Error(r.reason);
  return r.value.premiumFen;
};

describe('person-day (travel)', () => {
  it('prices the DOMAIN grid: band price × people', () => {
    expect(premium(domestic100k, { kind: 'person-day', days: 3, people: 60 })).toBe(36_000);
    expect(premium(domestic100k, { kind: 'person-day', days: 4, people: 60 })).toBe(60_000);
    expect(premium(domestic100k, { kind: 'person-day', days: 30, people: 1 })).toBe(2_000);
  });

  it('refuses a trip longer than the grid, and zero or fractional counts', () => {
    expect(ratePremium(domestic100k, { kind: 'person-day', days: 31, people: 1 })).toMatchObject({
      ok: false,
      reason: '该计划不承保 31 天的行程（最长 30 天）',
    });
    expect(ratePremium(domestic100k, { kind: 'person-day', days: 0, people: 1 }).ok).toBe(false);
    expect(ratePremium(domestic100k, { kind: 'person-day', days: 2, people: 1.5 }).ok).toBe(false);
  });

  it('is never negative and monotone in people and in days for any valid grid', () => {
    const grid = fc
      .array(fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 100_000 })), {
        minLength: 1,
        maxLength: 6,
      })
      .map((rows) => {
        // Build contiguous bands with non-decreasing prices.
        const widths = rows.map(([w]) => w);
        const prices = rows.map(([, p]) => p).sort((a, b) => a - b);
        let start = 1;
        const bands: DayBand[] = widths.map((w, i) => {
          const band = { minDays: start, maxDays: start + w - 1, premiumPerPersonFen: prices[i]! };
          start += w;
          return band;
        });
        return { kind: 'person-day', bands } as RatingTable;
      });
    fc.assert(
      fc.property(
        grid,
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 500 }),
        (t, days, people) => {
          expect(checkRatingTable(t)).toEqual([]);
          const a = ratePremium(t, { kind: 'person-day', days, people });
          const morePeople = ratePremium(t, { kind: 'person-day', days, people: people + 1 });
          const moreDays = ratePremium(t, { kind: 'person-day', days: days + 1, people });
          if (!a.ok) return;
          expect(a.value.premiumFen).toBeGreaterThanOrEqual(0);
          expect(Number.isInteger(a.value.premiumFen)).toBe(true);
          if (morePeople.ok) expect(morePeople.value.premiumFen).toBeGreaterThanOrEqual(a.value.premiumFen);
          if (moreDays.ok) expect(moreDays.value.premiumFen).toBeGreaterThanOrEqual(a.value.premiumFen);
        },
      ),
    );
  });

  it('a grid where a longer trip costs less, or bands overlap, is refused', () => {
    const cheaperLonger: RatingTable = {
      kind: 'person-day',
      bands: [
        { minDays: 1, maxDays: 3, premiumPerPersonFen: 1000 },
        { minDays: 4, maxDays: 8, premiumPerPersonFen: 600 },
      ],
    };
    expect(checkRatingTable(cheaperLonger).map((p) => p.code)).toEqual(['RATING_NOT_MONOTONE']);
    const overlapping: RatingTable = {
      kind: 'person-day',
      bands: [
        { minDays: 1, maxDays: 5, premiumPerPersonFen: 600 },
        { minDays: 4, maxDays: 8, premiumPerPersonFen: 1000 },
      ],
    };
    expect(checkRatingTable(overlapping).map((p) => p.code)).toEqual(['RATING_BAND_OVERLAP']);
  });
});

describe('per-copy (union mutual aid)', () => {
  it('premium per copy × copies, up to the plan maximum', () => {
    expect(premium(femaleCritical, { kind: 'per-copy', copies: 2 })).toBe(5_000);
    expect(ratePremium(femaleCritical, { kind: 'per-copy', copies: 6 })).toMatchObject({
      ok: false,
      code: 'RATING_COPIES_MAX',
      reason: '投保份数 6 份超过每人最多 5 份',
    });
    expect(ratePremium(femaleCritical, { kind: 'per-copy', copies: 0 }).ok).toBe(false);
  });

  it('is monotone in copies and never negative', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 99 }), (unit, copies) => {
        const t: RatingTable = { kind: 'per-copy', premiumPerCopyFen: unit, maxCopies: 100 };
        const a = premium(t, { kind: 'per-copy', copies });
        expect(a).toBeGreaterThan(0);
        expect(premium(t, { kind: 'per-copy', copies: copies + 1 })).toBeGreaterThan(a);
      }),
    );
  });
});

describe('age-gender-annual (tax-advantaged health)', () => {
  it('takes the band of the age and gender, inclusive at both ends', () => {
    expect(premium(taxHealth, { kind: 'age-gender-annual', age: 40, gender: 'M' })).toBe(120_000);
    expect(premium(taxHealth, { kind: 'age-gender-annual', age: 41, gender: 'M' })).toBe(220_000);
    expect(ratePremium(taxHealth, { kind: 'age-gender-annual', age: 41, gender: 'M' })).toMatchObject({
      ok: true,
      value: { bandIndex: 2, basis: '男 41–65 周岁', units: 1 },
    });
    expect(ratePremium(taxHealth, { kind: 'age-gender-annual', age: 41, gender: 'F' })).toMatchObject({
      ok: false,
      reason: '该产品不承保 41 周岁的女性（不在费率表年龄范围内）',
    });
  });

  it('finds overlapping or reversed bands', () => {
    const bad: RatingTable = {
      kind: 'age-gender-annual',
      bands: [
        { gender: 'M', minAge: 16, maxAge: 40, annualPremiumFen: 1 },
        { gender: 'M', minAge: 40, maxAge: 60, annualPremiumFen: 1 },
        { gender: 'F', minAge: 50, maxAge: 20, annualPremiumFen: 1 },
      ],
    };
    expect(checkRatingTable(bad).map((p) => p.reason)).toEqual([
      '费率表第 3 行：最高年龄小于最低年龄',
      '费率表年龄段重叠（男）',
    ]);
    expect(checkRatingTable(taxHealth)).toEqual([]);
  });
});

describe('rounding', () => {
  it('rounds half up to the fen and never below zero', () => {
    expect(roundFen(95_000 * 0.9)).toBe(85_500);
    expect(roundFen(100.5)).toBe(101);
    expect(roundFen(100.49)).toBe(100);
    expect(roundFen(-3)).toBe(0);
    expect(roundFen(Number.NaN)).toBe(0);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e12, noNaN: true }), (x) => {
        const r = roundFen(x);
        expect(Number.isInteger(r)).toBe(true);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.5);
      }),
    );
  });

  it('refuses a table of another kind than the input', () => {
    expect(ratePremium(femaleCritical, { kind: 'person-day', days: 1, people: 1 }).ok).toBe(false);
  });
});
