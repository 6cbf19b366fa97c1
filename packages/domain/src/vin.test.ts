import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codeForDescription,
  expectedCheckChar,
  expectFailure,
  expectPass,
  type CheckDigitFixtures,
} from '../test-support/rules.js';
import { validateVin, vinCharValue, vinCheckChar } from './vin.js';

const fixtures = JSON.parse(
  readFileSync(new URL('../test-fixtures/check-digits.json', import.meta.url), 'utf8'),
) as CheckDigitFixtures;

const VIN_CODES: [RegExp, string][] = [
  [/check/i, 'VIN_CHECK_DIGIT'],
  [/\d+ characters/i, 'VIN_LENGTH'],
  [/letter [IOQ] /i, 'VIN_FORBIDDEN_CHAR'],
  [/character/i, 'VIN_FORMAT'],
];

const ALPHABET = '0123456789ABCDEFGHJKLMNPRSTUVWXYZ';

describe('fixture vectors (test-fixtures/check-digits.json)', () => {
  it('has entries to check', () => {
    expect(fixtures.vin.valid.length).toBeGreaterThan(0);
    expect(Object.keys(fixtures.vin.invalid).length).toBeGreaterThan(0);
  });

  it.each(fixtures.vin.valid)('accepts %s', (vin) => {
    expect(expectPass(validateVin(vin)).value).toBe(vin);
  });

  it.each(Object.entries(fixtures.vin.invalid))('rejects %s (%s)', (vin, description) => {
    const failure = expectFailure(validateVin(vin), codeForDescription(description, VIN_CODES));
    const expected = expectedCheckChar(description);
    if (expected !== undefined) expect(failure.reason).toContain(`应为 ${expected}`);
  });
});

describe('validateVin (DOMAIN verified examples)', () => {
  it.each(['1M8GDM9AXKP042788', 'LSVAU2187N2123456', 'LFV3A23C3K3000001', 'LGBH52E02MY000123'])(
    'accepts %s',
    (vin) => {
      expect(expectPass(validateVin(vin))).toEqual({ ok: true, value: vin, warnings: [] });
    },
  );

  it('accepts X as the check character for 10 (ISO 3779 example)', () => {
    expect(vinCheckChar('1M8GDM9AXKP042788')).toBe('X');
  });

  it('names the expected check character', () => {
    expect(expectFailure(validateVin('LSVAU2180N2123456'), 'VIN_CHECK_DIGIT').reason).toBe(
      '车架号（VIN）第 9 位校验位错误，应为 7',
    );
  });

  it('rejects 16 characters', () => {
    expect(expectFailure(validateVin('LSVAU2187N212345'), 'VIN_LENGTH').reason).toContain('16');
  });

  it('rejects I with a clear reason', () => {
    const failure = expectFailure(validateVin('LSVAU2187N2I23456'), 'VIN_FORBIDDEN_CHAR');
    expect(failure.reason).toContain('I、O、Q');
    expect(failure.reason).toContain('第 12 位');
  });
});

describe('validateVin rules', () => {
  it.each([
    ['O', '0'],
    ['Q', '0'],
  ])('rejects %s and suggests %s', (letter, digit) => {
    expect(expectFailure(validateVin(`LSVAU2187N2${letter}23456`), 'VIN_FORBIDDEN_CHAR').reason).toContain(
      `数字 ${digit}`,
    );
  });

  it('upper-cases with a warning', () => {
    const result = expectPass(validateVin('lsvau2187n2123456'));
    expect(result.value).toBe('LSVAU2187N2123456');
    expect(result.warnings).toEqual(['小写字母已转换为大写']);
  });

  it('rejects empty input and foreign characters', () => {
    expectFailure(validateVin(''), 'VIN_EMPTY');
    expectFailure(validateVin('LSVAU2187N2-23456'), 'VIN_FORMAT');
  });

  it('vinCheckChar throws on bad input', () => {
    expect(() => vinCheckChar('LSVAU2187N212345')).toThrow(RangeError);
    expect(() => vinCheckChar('LSVAU2187N2I23456')).toThrow(RangeError);
  });
});

describe('properties', () => {
  const char = fc.constantFrom(...ALPHABET);
  const validVin = fc.array(char, { minLength: 17, maxLength: 17 }).map((chars) => {
    const draft = chars.join('');
    return draft.slice(0, 8) + vinCheckChar(draft) + draft.slice(9);
  });

  it('a random VIN with its computed check character always validates', () => {
    fc.assert(
      fc.property(validVin, (vin) => {
        expect(expectPass(validateVin(vin)).value).toBe(vin);
      }),
    );
  });

  // Letters share values with digits and each other (A = J = 1), so only substitutions that
  // change the transliterated value can be detected; every one of those is.
  it('detects any substitution that changes the transliterated value', () => {
    fc.assert(
      fc.property(validVin, fc.integer({ min: 0, max: 16 }), char, (vin, i, replacement) => {
        fc.pre(i !== 8 && vinCharValue(replacement) !== vinCharValue(vin[i]!));
        const changed = vin.slice(0, i) + replacement + vin.slice(i + 1);
        expectFailure(validateVin(changed), 'VIN_CHECK_DIGIT');
      }),
    );
  });

  it('detects any substitution of the check character', () => {
    fc.assert(
      fc.property(validVin, char, (vin, replacement) => {
        fc.pre(replacement !== vin[8]);
        expectFailure(validateVin(vin.slice(0, 8) + replacement + vin.slice(9)), 'VIN_CHECK_DIGIT');
      }),
    );
  });

  it('cannot detect a swap between characters of equal value (a limit of the standard)', () => {
    // A and J both transliterate to 1.
    expect(validateVin('LSVAU2187N2123456'.replace('A', 'J')).ok).toBe(true);
  });
});
