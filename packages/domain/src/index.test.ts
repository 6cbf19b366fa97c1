import { describe, expect, it } from 'vitest';
import * as domain from './index.js';

describe('package entry', () => {
  it('exports every rule and the roles', () => {
    const expected = [
      'pass',
      'fail',
      'normalizeCell',
      'detectNumericIdCell',
      'validateResidentId',
      'parseResidentId',
      'convert15To18',
      'ageOn',
      'residentIdCheckChar',
      'validateCreditCode',
      'validateOrgCode',
      'validateVin',
      'validateMobile',
      'validatePlate',
      'validateBankCard',
      'bankCardLast4',
      'bankBinOf',
      'isListedBank',
      'validateIdDocument',
      'idTypeFromLabel',
      'idTypeCarriesBirthAndGender',
      'maskIdNumber',
      'maskMobile',
      'maskBankCard',
      'maskName',
      'maskEmail',
      'validatePassword',
      'validateEmail',
      'validatePersonName',
      'startsLikeFormula',
      'neutraliseFormula',
      'isRole',
    ];
    for (const name of expected)
      expect(typeof (domain as Record<string, unknown>)[name], name).toBe('function');
    expect(domain.ID_TYPES.length).toBe(8);
    expect(domain.ROLES).toContain('individual');
  });
});
