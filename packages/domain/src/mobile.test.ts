import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codeForDescription,
  expectFailure,
  expectPass,
  type CheckDigitFixtures,
} from '../test-support/rules.js';
import { normalizeMobile, validateMobile } from './mobile.js';

const fixtures = JSON.parse(
  readFileSync(new URL('../test-fixtures/check-digits.json', import.meta.url), 'utf8'),
) as CheckDigitFixtures;

const MOBILE_CODES: [RegExp, string][] = [
  [/\d+ digits/i, 'MOBILE_LENGTH'],
  [/digit must be|prefix|segment/i, 'MOBILE_FORMAT'],
];

describe('fixture vectors (test-fixtures/check-digits.json)', () => {
  it('has entries to check', () => {
    expect(fixtures.mobile.valid.length).toBeGreaterThan(0);
    expect(Object.keys(fixtures.mobile.invalid).length).toBeGreaterThan(0);
  });

  it.each(fixtures.mobile.valid)('accepts %s', (mobile) => {
    expect(expectPass(validateMobile(mobile)).value).toBe(mobile);
  });

  it.each(Object.entries(fixtures.mobile.invalid))('rejects %s (%s)', (mobile, description) => {
    expectFailure(validateMobile(mobile), codeForDescription(description, MOBILE_CODES));
  });
});

describe('validateMobile', () => {
  it('accepts the DOMAIN examples', () => {
    expectPass(validateMobile('13800138000'));
    expectPass(validateMobile('19912345678'));
  });

  it('rejects the DOMAIN counter-examples', () => {
    expectFailure(validateMobile('12345678901'), 'MOBILE_FORMAT');
    expect(expectFailure(validateMobile('1380013800'), 'MOBILE_LENGTH').reason).toContain('10 位');
  });

  it.each([
    '+86 138 0013 8000',
    '0086-138-0013-8000',
    '+8613800138000',
    ' 138-0013-8000 ',
    '１３８００１３８０００',
  ])('normalises %s', (input) => {
    expect(expectPass(validateMobile(input)).value).toBe('13800138000');
  });

  it('does not hard-code segments (virtual operators and new segments pass)', () => {
    for (const mobile of ['17012345678', '16212345678', '19212345678', '14512345678'])
      expectPass(validateMobile(mobile));
  });

  it('rejects empty input, letters and landlines', () => {
    expectFailure(validateMobile(' '), 'MOBILE_EMPTY');
    expectFailure(validateMobile('1380013800a'), 'MOBILE_CHAR');
    expectFailure(validateMobile('01012345678'), 'MOBILE_FORMAT');
    expectFailure(validateMobile('10012345678'), 'MOBILE_FORMAT');
  });

  it('normalizeMobile only strips formatting and the country prefix', () => {
    expect(normalizeMobile('+86 (138) 0013')).toBe('(138)0013');
    expect(normalizeMobile('861380013800')).toBe('861380013800');
  });

  it('accepts every 1[3-9] number with nine more digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^1[3-9]\d{9}$/), (mobile) => {
        expect(expectPass(validateMobile(`+86 ${mobile}`)).value).toBe(mobile);
      }),
    );
  });
});
