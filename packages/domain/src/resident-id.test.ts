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
import {
  birthAndGenderOf,
  convert15To18,
  parseResidentId,
  residentIdCheckChar,
  validateResidentId,
} from './resident-id.js';

const fixtures = JSON.parse(
  readFileSync(new URL('../test-fixtures/check-digits.json', import.meta.url), 'utf8'),
) as CheckDigitFixtures;

const today = new Date(2025, 5, 1);
const options = { today };

const INVALID_CODES: [RegExp, string][] = [
  [/check digit/i, 'ID_CHECK_DIGIT'],
  [/date|leap/i, 'ID_BIRTH_DATE'],
  [/\d+ characters/i, 'ID_LENGTH'],
  [/character/i, 'ID_FORMAT'],
];

function withCheck(first17: string): string {
  return first17 + residentIdCheckChar(first17);
}

function yyyymmdd(date: Date): string {
  return date.toISOString().slice(0, 10).replaceAll('-', '');
}

describe('fixture vectors (test-fixtures/check-digits.json)', () => {
  it('has entries to check', () => {
    expect(fixtures.residentId.valid.length).toBeGreaterThan(0);
    expect(Object.keys(fixtures.residentId.invalid).length).toBeGreaterThan(0);
    expect(Object.keys(fixtures.residentId.fifteenToEighteen).length).toBeGreaterThan(0);
  });

  it.each(fixtures.residentId.valid)('accepts %s', (id) => {
    expect(expectPass(validateResidentId(id, options)).value).toBe(id);
  });

  it.each(Object.entries(fixtures.residentId.invalid))('rejects %s (%s)', (id, description) => {
    const failure = expectFailure(
      validateResidentId(id, options),
      codeForDescription(description, INVALID_CODES),
    );
    const expected = expectedCheckChar(description);
    if (expected !== undefined) expect(failure.reason).toContain(`应为 ${expected}`);
  });

  it.each(Object.entries(fixtures.residentId.fifteenToEighteen))('converts %s to %s', (id15, id18) => {
    expect(expectPass(convert15To18(id15)).value).toBe(id18);
  });
});

describe('validateResidentId (DOMAIN verified examples)', () => {
  it.each([
    ['110101199003070011', '1990-03-07', 'M'],
    ['110101198512310023', '1985-12-31', 'F'],
    ['110101200002290034', '2000-02-29', 'M'],
    ['110101197001010040', '1970-01-01', 'F'],
    ['11010119900307002X', '1990-03-07', 'F'],
  ] as const)('parses %s: born %s, gender %s', (id, birthDate, gender) => {
    expect(expectPass(parseResidentId(id, options)).value).toEqual({
      number: id,
      birthDate,
      gender,
      regionCode: '110101',
      kind: 'resident',
    });
  });

  it('names the expected check character', () => {
    expect(expectFailure(validateResidentId('110101199003070010', options), 'ID_CHECK_DIGIT').reason).toBe(
      '身份证号校验位错误，应为 1',
    );
  });

  it.each([
    ['110101199002300014', '1990-02-30'],
    ['110101200102290015', '2001-02-29'],
  ])('rejects the impossible birth date in %s', (id, date) => {
    expect(expectFailure(validateResidentId(id, options), 'ID_BIRTH_DATE').reason).toContain(date);
  });

  it('rejects 17 characters and bad characters', () => {
    expect(expectFailure(validateResidentId('11010119851231002', options), 'ID_LENGTH').reason).toContain(
      '17',
    );
    expectFailure(validateResidentId('11010119900307001Y', options), 'ID_FORMAT');
  });
});

describe('validateResidentId rules', () => {
  it('accepts a final lower-case x as X, with a warning', () => {
    const result = expectPass(validateResidentId('11010119900307002x', options));
    expect(result.value).toBe('11010119900307002X');
    expect(result.warnings).toEqual(['末位 x 已转换为大写 X']);
  });

  it('reports full-width digits and surrounding spaces as warnings', () => {
    const result = expectPass(validateResidentId(' １１０１０１１９９００３０７００１１　', options));
    expect(result.value).toBe('110101199003070011');
    expect(result.warnings).toEqual(['全角字符已转换为半角', '已去除首尾空格']);
  });

  it('has no warnings for a clean number', () => {
    expect(expectPass(validateResidentId('110101199003070011', options)).warnings).toEqual([]);
  });

  it('rejects an empty cell, inner spaces and a lower-case x in the body', () => {
    expectFailure(validateResidentId('  ', options), 'ID_EMPTY');
    expectFailure(validateResidentId('110101 19900307001', options), 'ID_FORMAT');
    expectFailure(validateResidentId('1101011990030700x1', options), 'ID_FORMAT');
  });

  it('points a 15-digit number to the conversion', () => {
    expect(expectFailure(validateResidentId('110101900307001', options), 'ID_LENGTH').reason).toContain(
      '15 位',
    );
  });

  it('rejects a birth date after today but accepts today', () => {
    const born = withCheck('11010120250602001');
    expect(expectFailure(validateResidentId(born, options), 'ID_BIRTH_FUTURE').reason).toContain(
      '2025-06-02',
    );
    expectPass(validateResidentId(withCheck('11010120250601001'), options));
  });

  it('uses the current date when no today is given', () => {
    expectFailure(validateResidentId(withCheck('11010199991231001')), 'ID_BIRTH_FUTURE');
  });

  it('has no minimum birth year (the standard example is born 1880)', () => {
    expect(expectPass(parseResidentId('440524188001010014', options)).value.birthDate).toBe('1880-01-01');
  });

  it('rejects 29 February in a century year that is not a leap year, accepts it in 2000', () => {
    expectFailure(validateResidentId(withCheck('11010119000229001'), options), 'ID_BIRTH_DATE');
    expectPass(validateResidentId(withCheck('11010120000229001'), options));
  });

  it('does not reject retired or unknown region codes', () => {
    expectPass(validateResidentId(withCheck('00000019900307001'), options));
  });

  it.each([
    ['810000', 'hk_macau_tw_permit'],
    ['820000', 'hk_macau_tw_permit'],
    ['830000', 'hk_macau_tw_permit'],
    ['932682', 'foreigner_permanent'],
  ] as const)('accepts prefix %s with the same checksum, as %s', (prefix, kind) => {
    const id = withCheck(`${prefix}19900307001`);
    expect(expectPass(parseResidentId(id, options)).value.kind).toBe(kind);
    const wrong = id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
    expectFailure(validateResidentId(wrong, options), 'ID_CHECK_DIGIT');
  });

  it('passes the permanent-residence example of DOMAIN §1', () => {
    expect(expectPass(parseResidentId('932682198501010017', options)).value).toMatchObject({
      kind: 'foreigner_permanent',
      gender: 'M',
      birthDate: '1985-01-01',
    });
  });

  it('parseResidentId returns the failure of an invalid number', () => {
    expectFailure(parseResidentId('110101199003070010', options), 'ID_CHECK_DIGIT');
  });
});

describe('residentIdCheckChar', () => {
  it('computes the check character, including X', () => {
    expect(residentIdCheckChar('11010119900307001')).toBe('1');
    expect(residentIdCheckChar('11010119900307002')).toBe('X');
  });

  it('throws on anything but 17 digits', () => {
    expect(() => residentIdCheckChar('1101011990030700')).toThrow(RangeError);
    expect(() => residentIdCheckChar('1101011990030700A')).toThrow(RangeError);
  });
});

describe('convert15To18', () => {
  it('converts the DOMAIN examples', () => {
    expect(expectPass(convert15To18('110101900307001')).value).toBe('110101199003070011');
    expect(expectPass(convert15To18('110101851231002')).value).toBe('110101198512310023');
  });

  it('rejects wrong lengths and impossible dates', () => {
    expectFailure(convert15To18('11010190030700'), 'ID_LENGTH');
    expectFailure(convert15To18('110101198512310023'), 'ID_LENGTH');
    expectFailure(convert15To18('110101900230001'), 'ID_BIRTH_DATE');
  });
});

describe('properties', () => {
  const region = fc.stringMatching(/^\d{6}$/);
  const sequence = fc.stringMatching(/^\d{3}$/);
  const birth = fc.date({
    min: new Date('1800-01-01T00:00:00Z'),
    max: new Date('2025-05-31T00:00:00Z'),
    noInvalidDate: true,
  });
  const validId = fc.tuple(region, birth, sequence).map(([r, b, s]) => withCheck(r + yyyymmdd(b) + s));

  it('a valid body with its computed check character always validates', () => {
    fc.assert(
      fc.property(fc.tuple(region, birth, sequence), ([r, b, s]) => {
        const id = withCheck(r + yyyymmdd(b) + s);
        const info = expectPass(parseResidentId(id, options)).value;
        expect(info.birthDate).toBe(b.toISOString().slice(0, 10));
        expect(info.gender).toBe(Number(s[2]) % 2 === 1 ? 'M' : 'F');
        expect(info.regionCode).toBe(r);
        // What rosters read per row without validating again.
        expect(birthAndGenderOf(id)).toEqual({ birthDate: info.birthDate, gender: info.gender });
      }),
    );
  });

  it('changing any one body digit makes the number invalid', () => {
    fc.assert(
      fc.property(
        validId,
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 1, max: 9 }),
        (id, i, shift) => {
          const digit = String((Number(id[i]) + shift) % 10);
          const changed = id.slice(0, i) + digit + id.slice(i + 1);
          expect(validateResidentId(changed, options).ok).toBe(false);
        },
      ),
    );
  });

  it('changing the check character makes the number invalid', () => {
    fc.assert(
      fc.property(validId, fc.constantFrom(...'0123456789X'), (id, check) => {
        fc.pre(check !== id[17]);
        expectFailure(validateResidentId(id.slice(0, 17) + check, options), 'ID_CHECK_DIGIT');
      }),
    );
  });

  it('convert15To18 output always validates and keeps region, date and sequence', () => {
    const old = fc
      .tuple(
        region,
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('1999-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        sequence,
      )
      .map(([r, b, s]) => r + yyyymmdd(b).slice(2) + s);
    fc.assert(
      fc.property(old, (id15) => {
        const id18 = expectPass(convert15To18(id15)).value;
        expectPass(validateResidentId(id18, options));
        expect(id18.slice(0, 6) + id18.slice(8, 17)).toBe(id15);
        expect(id18.slice(6, 8)).toBe('19');
      }),
    );
  });
});
