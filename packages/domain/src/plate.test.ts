import { describe, expect, it } from 'vitest';
import { expectFailure, expectPass } from '../test-support/rules.js';
import { plateKind, validatePlate } from './plate.js';

describe('validatePlate', () => {
  it.each([
    ['京A12345', 'ordinary'],
    ['沪B0C9D8', 'ordinary'],
    ['粤B1234挂', 'ordinary'],
    ['京A1234学', 'ordinary'],
    ['粤Z1234港', 'ordinary'],
    ['京AD12345', 'new_energy_small'],
    ['京AFA1234', 'new_energy_small'],
    ['沪AK12345', 'new_energy_small'],
    ['粤B12345D', 'new_energy_large'],
    ['川A12345F', 'new_energy_large'],
  ] as const)('accepts %s as %s', (plate, kind) => {
    expect(expectPass(validatePlate(plate)).value).toBe(plate);
    expect(plateKind(plate)).toBe(kind);
  });

  it('removes separators and upper-cases', () => {
    expect(expectPass(validatePlate('京A·12345')).value).toBe('京A12345');
    expect(expectPass(validatePlate('京a 12345')).value).toBe('京A12345');
    expect(expectPass(validatePlate('京A-D1234-5')).value).toBe('京AD12345');
  });

  it('rejects a plate without a province abbreviation', () => {
    expectFailure(validatePlate('AA12345'), 'PLATE_PROVINCE');
    expectFailure(validatePlate('港A12345'), 'PLATE_PROVINCE');
  });

  it.each(['京A1234', '京A123456789', '京112345', '京AL12345', '粤B12345L', '京AD1234A', '京A12345挂1'])(
    'rejects %s',
    (plate) => {
      expectFailure(validatePlate(plate), 'PLATE_FORMAT');
    },
  );

  it('explains that I and O are not used', () => {
    expect(expectFailure(validatePlate('京AO2345'), 'PLATE_FORMAT').reason).toContain('I 和 O');
    expect(expectFailure(validatePlate('京I12345'), 'PLATE_FORMAT').reason).toContain('I 和 O');
  });

  it('requires a plate unless unregistered vehicles are allowed', () => {
    expectFailure(validatePlate(''), 'PLATE_REQUIRED');
    expectFailure(validatePlate('未上牌'), 'PLATE_REQUIRED');
    expectFailure(validatePlate('未上牌', { allowUnregistered: false }), 'PLATE_REQUIRED');
    expect(expectPass(validatePlate('未上牌', { allowUnregistered: true })).value).toBe('未上牌');
    expect(expectPass(validatePlate('', { allowUnregistered: true })).value).toBe('未上牌');
    expect(expectPass(validatePlate('  ', { allowUnregistered: true })).value).toBe('未上牌');
  });

  it('still validates real plates when unregistered vehicles are allowed', () => {
    expect(expectPass(validatePlate('京A12345', { allowUnregistered: true })).value).toBe('京A12345');
    expectFailure(validatePlate('京A1234', { allowUnregistered: true }), 'PLATE_FORMAT');
  });
});
