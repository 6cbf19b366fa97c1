import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar.js';
import {
  birthdayAt,
  checkAge,
  checkCopiesCap,
  checkOnePerProductYear,
  checkTripDays,
  UNION_DEFAULT_AGE_RULE as rule,
} from './index.js';

const woman = { birthDate: '1970-06-15', gender: 'F' as const };
const man = { birthDate: '1965-06-15', gender: 'M' as const };
const code = (r: ReturnType<typeof checkAge>) => (r.ok ? r.value : r.code);

describe('MA-3 age window (women > 16 and < 55, men > 16 and < 60, over-age ≤ 65 with approval)', () => {
  it('16th birthday: the day itself and before are too young, the day after is in', () => {
    const girl = { birthDate: '2009-06-15', gender: 'F' as const };
    expect(code(checkAge(rule, girl, '2025-06-14'))).toBe('AGE_TOO_YOUNG');
    expect(code(checkAge(rule, girl, '2025-06-15'))).toBe('AGE_TOO_YOUNG');
    expect(code(checkAge(rule, girl, '2025-06-16'))).toBe('in-window');
  });

  it('55th birthday for a woman: in the day before, over-age from the birthday on', () => {
    expect(code(checkAge(rule, woman, '2025-06-14'))).toBe('in-window');
    expect(code(checkAge(rule, woman, '2025-06-15'))).toBe('AGE_OVER_NEEDS_APPROVAL');
    expect(code(checkAge(rule, woman, '2025-06-16'))).toBe('AGE_OVER_NEEDS_APPROVAL');
  });

  it('60th birthday for a man: in the day before, over-age from the birthday on', () => {
    expect(code(checkAge(rule, man, '2025-06-14'))).toBe('in-window');
    expect(code(checkAge(rule, man, '2025-06-15'))).toBe('AGE_OVER_NEEDS_APPROVAL');
  });

  it('65th birthday: with approval up to the birthday itself, never after', () => {
    const senior = { birthDate: '1960-06-15', gender: 'M' as const };
    const approved = { overAgeApproved: true };
    expect(code(checkAge(rule, senior, '2025-06-14', approved))).toBe('over-age-approved');
    expect(code(checkAge(rule, senior, '2025-06-15', approved))).toBe('over-age-approved');
    expect(code(checkAge(rule, senior, '2025-06-16', approved))).toBe('AGE_OVER_MAX');
    expect(code(checkAge(rule, senior, '2025-06-16'))).toBe('AGE_OVER_MAX');
  });

  it('a 29 February birth has its birthday on 1 March in common years', () => {
    const leap = { birthDate: '2008-02-29', gender: 'F' as const };
    expect(birthdayAt(leap.birthDate, 16)).toBe('2024-02-29');
    expect(birthdayAt(leap.birthDate, 17)).toBe('2025-03-01');
    expect(code(checkAge(rule, leap, '2024-02-29'))).toBe('AGE_TOO_YOUNG');
    expect(code(checkAge(rule, leap, '2024-03-01'))).toBe('in-window');
    const leapWoman = { birthDate: '1971-02-28', gender: 'F' as const };
    expect(code(checkAge(rule, leapWoman, '2026-02-27'))).toBe('in-window');
    const born29 = { birthDate: '1972-02-29', gender: 'F' as const };
    // 55th birthday in 2027 (a common year) is 1 March.
    expect(code(checkAge(rule, born29, '2027-02-28'))).toBe('in-window');
    expect(code(checkAge(rule, born29, '2027-03-01'))).toBe('AGE_OVER_NEEDS_APPROVAL');
  });

  it('says why in Chinese', () => {
    expect(checkAge(rule, woman, '2025-06-15')).toMatchObject({
      ok: false,
      reason: '超龄：女性须小于 55 周岁（现 55 周岁），须经代办处审批的超龄参保证明并确认后办理',
    });
    expect(checkAge(rule, { birthDate: '2010-01-01', gender: 'M' }, '2025-01-01')).toMatchObject({
      reason: '男性须年满 16 周岁（现 15 周岁）',
    });
  });

  it('without an over-age allowance anyone past the window is refused outright', () => {
    const strict = { window: rule.window };
    expect(code(checkAge(strict, woman, '2025-06-15', { overAgeApproved: true }))).toBe('AGE_OVER_MAX');
  });

  it('is in the window on exactly the days between the two birthdays', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 30_000 }), (b, d) => {
        const birthDate = addDays('1940-01-01', b);
        const on = addDays(birthDate, d);
        const r = checkAge(rule, { birthDate, gender: 'F' }, on);
        const inside = on > birthdayAt(birthDate, 16) && on < birthdayAt(birthDate, 55);
        expect(r.ok).toBe(inside);
      }),
    );
  });
});

describe('copies, years and trip days', () => {
  it('counts unexpired copies against the plan maximum', () => {
    expect(checkCopiesCap(5, 3, 2)).toMatchObject({ ok: true, value: 2 });
    expect(checkCopiesCap(5, 3, 3)).toMatchObject({
      ok: false,
      code: 'COPIES_EXCEEDED',
      reason: '份数超限：每人最多 5 份，已有未到期 3 份，本次最多还可投 2 份',
    });
    expect(checkCopiesCap(5, 7, 1)).toMatchObject({ ok: false, code: 'COPIES_EXCEEDED' });
    expect(checkCopiesCap(5, 0, 0)).toMatchObject({ ok: false, code: 'COPIES_INVALID' });
  });

  it('one application per person and product year', () => {
    expect(checkOnePerProductYear([2025], 2026).ok).toBe(true);
    expect(checkOnePerProductYear([2025, 2026], 2026)).toMatchObject({
      ok: false,
      code: 'ALREADY_INSURED_THIS_YEAR',
    });
  });

  it('refuses trips longer than the plan', () => {
    expect(checkTripDays(30, 30).ok).toBe(true);
    expect(checkTripDays(30, 31)).toMatchObject({ ok: false, reason: '行程 31 天超过该计划最长 30 天' });
    expect(checkTripDays(30, 0).ok).toBe(false);
  });
});
