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
import { creditCodeCheckChar, orgCodeCheckChar, validateCreditCode, validateOrgCode } from './credit-code.js';

const fixtures = JSON.parse(
  readFileSync(new URL('../test-fixtures/check-digits.json', import.meta.url), 'utf8'),
) as CheckDigitFixtures;

const USCC_CODES: [RegExp, string][] = [
  [/check/i, 'CREDIT_CODE_CHECK'],
  [/\d+ characters/i, 'CREDIT_CODE_LENGTH'],
  [/letter|character/i, 'CREDIT_CODE_CHAR'],
];
const ORG_CODES: [RegExp, string][] = [
  [/check/i, 'ORG_CODE_CHECK'],
  [/format|character/i, 'ORG_CODE_FORMAT'],
];

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

describe('fixture vectors (test-fixtures/check-digits.json)', () => {
  it('has entries to check', () => {
    expect(fixtures.unifiedSocialCreditCode.valid.length).toBeGreaterThan(0);
    expect(Object.keys(fixtures.unifiedSocialCreditCode.invalid).length).toBeGreaterThan(0);
    expect(fixtures.organizationCode.valid.length).toBeGreaterThan(0);
    expect(Object.keys(fixtures.organizationCode.invalid).length).toBeGreaterThan(0);
  });

  it.each(fixtures.unifiedSocialCreditCode.valid)('accepts USCC %s', (code) => {
    const result = expectPass(validateCreditCode(code));
    expect(result.value).toBe(code);
    expect(result.warnings).toEqual([]);
  });

  it.each(Object.entries(fixtures.unifiedSocialCreditCode.invalid))(
    'rejects USCC %s (%s)',
    (code, description) => {
      const failure = expectFailure(validateCreditCode(code), codeForDescription(description, USCC_CODES));
      const expected = expectedCheckChar(description);
      if (expected !== undefined) expect(failure.reason).toContain(`应为 ${expected}`);
    },
  );

  it.each(fixtures.organizationCode.valid)('accepts organization code %s', (code) => {
    expect(expectPass(validateOrgCode(code)).value).toBe(code);
  });

  it.each(Object.entries(fixtures.organizationCode.invalid))(
    'rejects organization code %s (%s)',
    (code, description) => {
      expectFailure(validateOrgCode(code), codeForDescription(description, ORG_CODES));
    },
  );
});

describe('validateCreditCode (DOMAIN verified examples)', () => {
  it.each([
    '91110108MA01ABCD5T',
    '92110105L12345674T',
    '52110000500000007X',
    '93110112MA00XY1224',
    '11100000000013127D',
  ])('accepts %s', (code) => {
    expect(expectPass(validateCreditCode(code)).value).toBe(code);
  });

  it('names the expected check character', () => {
    expect(expectFailure(validateCreditCode('91110108MA01ABCD5U'), 'CREDIT_CODE_CHECK').reason).toBe(
      '统一社会信用代码校验位错误，应为 T',
    );
  });

  it('rejects the letter O and says where it is', () => {
    const failure = expectFailure(validateCreditCode('91110108MA01ABCO5T'), 'CREDIT_CODE_CHAR');
    expect(failure.reason).toContain('第 16 位');
    expect(failure.reason).toContain('O');
  });

  it('only warns when the embedded organization code fails its own check', () => {
    const result = expectPass(validateCreditCode('91110108MA01ABCD1E'));
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain('MA01ABCD-1');
    expect(result.warnings[0]).toContain('应为 5');
  });
});

describe('validateCreditCode rules', () => {
  it('rejects a legacy pilot code by default and accepts it, with a warning, on override', () => {
    expect(expectFailure(validateCreditCode('91350211M00013FA1N'), 'CREDIT_CODE_CHECK').reason).toContain(
      '应为 3',
    );
    const result = expectPass(validateCreditCode('91350211M00013FA1N', { allowLegacyPilot: true }));
    expect(result.value).toBe('91350211M00013FA1N');
    expect(result.warnings.some((w) => w.includes('旧试点'))).toBe(true);
  });

  it('still rejects format errors on override', () => {
    expectFailure(validateCreditCode('91110108MA01ABCO5T', { allowLegacyPilot: true }), 'CREDIT_CODE_CHAR');
  });

  it('upper-cases and trims, reporting both', () => {
    const result = expectPass(validateCreditCode(' 91110108ma01abcd5t '));
    expect(result.value).toBe('91110108MA01ABCD5T');
    expect(result.warnings).toEqual(['已去除首尾空格', '小写字母已转换为大写']);
  });

  it('rejects empty, wrong length, non-digit region and foreign characters', () => {
    expectFailure(validateCreditCode(''), 'CREDIT_CODE_EMPTY');
    expect(expectFailure(validateCreditCode('91110108MA01ABCD5'), 'CREDIT_CODE_LENGTH').reason).toContain(
      '17',
    );
    expectFailure(validateCreditCode('9111A108MA01ABCD5T'), 'CREDIT_CODE_FORMAT');
    expectFailure(validateCreditCode('91110108MA01ABCD5#'), 'CREDIT_CODE_CHAR');
  });

  it.each(['I', 'O', 'Z', 'S', 'V'])('rejects the letter %s', (letter) => {
    expectFailure(validateCreditCode(`91110108MA01ABC${letter}5T`), 'CREDIT_CODE_CHAR');
  });
});

describe('validateOrgCode', () => {
  it('accepts 9 characters without the hyphen and adds it', () => {
    expect(expectPass(validateOrgCode('MA01ABCD5')).value).toBe('MA01ABCD-5');
    expect(expectPass(validateOrgCode('ma01abcd-5')).value).toBe('MA01ABCD-5');
  });

  it('names the expected check character', () => {
    expect(expectFailure(validateOrgCode('MA01ABCD-6'), 'ORG_CODE_CHECK').reason).toBe(
      '组织机构代码校验位错误，应为 5',
    );
    expect(expectFailure(validateOrgCode('12345678-X'), 'ORG_CODE_CHECK').reason).toContain('应为 8');
  });

  it('rejects empty and malformed codes', () => {
    expectFailure(validateOrgCode(''), 'ORG_CODE_EMPTY');
    expectFailure(validateOrgCode('MA01ABC-5'), 'ORG_CODE_FORMAT');
    expectFailure(validateOrgCode('MA01ABCD--5'), 'ORG_CODE_FORMAT');
    expectFailure(validateOrgCode('MA01ABCD-A'), 'ORG_CODE_FORMAT');
  });

  it('maps 10 to X and 11 to 0', () => {
    const bodies = [
      '00000000',
      '10000000',
      '20000000',
      '30000000',
      '40000000',
      '50000000',
      '60000000',
      '70000000',
    ];
    const checks = bodies.map(orgCodeCheckChar);
    expect(checks).toContain('X');
    expect(checks).toContain('0');
    for (const [i, body] of bodies.entries()) expectPass(validateOrgCode(`${body}-${checks[i]}`));
  });
});

describe('check-character helpers', () => {
  it('throw on bad input', () => {
    expect(() => creditCodeCheckChar('91110108MA01ABCD')).toThrow(RangeError);
    expect(() => creditCodeCheckChar('91110108MA01ABCO5')).toThrow(RangeError);
    expect(() => orgCodeCheckChar('MA01ABC')).toThrow(RangeError);
  });
});

describe('properties', () => {
  const char = fc.constantFrom(...ALPHABET);
  const body = fc
    .tuple(
      fc.array(char, { minLength: 2, maxLength: 2 }),
      fc.stringMatching(/^\d{6}$/),
      fc.array(char, { minLength: 9, maxLength: 9 }),
    )
    .map(([head, region, tail]) => head.join('') + region + tail.join(''));
  const validCode = body.map((b) => b + creditCodeCheckChar(b));

  it('a random body with its computed check character always validates', () => {
    fc.assert(
      fc.property(validCode, (code) => {
        expect(expectPass(validateCreditCode(code)).value).toBe(code);
      }),
    );
  });

  it('substituting any one character makes the code invalid', () => {
    fc.assert(
      fc.property(validCode, fc.integer({ min: 0, max: 17 }), char, (code, i, replacement) => {
        fc.pre(replacement !== code[i]);
        const changed = code.slice(0, i) + replacement + code.slice(i + 1);
        expect(validateCreditCode(changed).ok).toBe(false);
      }),
    );
  });
});
