import { describe, expect, it } from 'vitest';
import { expectFailure, expectPass } from '../test-support/rules.js';
import {
  ID_TYPES,
  idTypeCarriesBirthAndGender,
  idTypeFromLabel,
  idTypeLabel,
  isIdType,
  validateIdDocument,
  type IdType,
} from './id-types.js';
import { residentIdCheckChar } from './resident-id.js';

const options = { today: new Date(2025, 5, 1) };
const withCheck = (first17: string) => first17 + residentIdCheckChar(first17);

describe('ID_TYPES', () => {
  it('lists the eight document types with their Chinese labels', () => {
    expect(ID_TYPES.map((t) => [t.type, t.label])).toEqual([
      ['resident_id', '身份证'],
      ['residence_permit', '居住证'],
      ['permanent_residence', '永居证'],
      ['passport', '护照'],
      ['hk_macau_home_return', '回乡证'],
      ['hk_macau_pass', '往来港澳通行证'],
      ['taiwan_compatriot', '台胞证'],
      ['other', '其他'],
    ]);
  });

  it('has no label or alias claimed by two types', () => {
    const names = ID_TYPES.flatMap((t) => [t.label, ...t.aliases]);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('labels', () => {
  it.each(ID_TYPES.map((t) => [t.label, t.type] as const))('maps the label %s to %s', (label, type) => {
    expect(idTypeFromLabel(label)).toBe(type);
    expect(idTypeLabel(type)).toBe(label);
  });

  it('maps synonyms, type codes and untidy cells', () => {
    expect(idTypeFromLabel('居民身份证')).toBe('resident_id');
    expect(idTypeFromLabel(' 身份证 ')).toBe('resident_id');
    expect(idTypeFromLabel('港澳居民来往内地通行证')).toBe('hk_macau_home_return');
    expect(idTypeFromLabel('台湾居民来往大陆通行证')).toBe('taiwan_compatriot');
    expect(idTypeFromLabel('外国人永久居留身份证')).toBe('permanent_residence');
    expect(idTypeFromLabel('其它')).toBe('other');
    expect(idTypeFromLabel('passport')).toBe('passport');
  });

  it('returns null for unknown labels', () => {
    expect(idTypeFromLabel('驾驶证')).toBeNull();
    expect(idTypeFromLabel('')).toBeNull();
  });

  it('isIdType recognises only type codes', () => {
    expect(isIdType('passport')).toBe(true);
    expect(isIdType('护照')).toBe(false);
    expect(isIdType(undefined)).toBe(false);
  });
});

describe('idTypeCarriesBirthAndGender', () => {
  it('is true only for the 18-digit GB 11643 documents', () => {
    const carrying = ID_TYPES.map((t) => t.type).filter((type) => idTypeCarriesBirthAndGender(type));
    expect(carrying).toEqual(['resident_id', 'residence_permit', 'permanent_residence']);
  });
});

describe('validateIdDocument', () => {
  const cases: [IdType, string[], string[]][] = [
    [
      'resident_id',
      ['110101199003070011', '11010119900307002X'],
      ['110101199003070010', '11010119851231002'],
    ],
    [
      'residence_permit',
      [withCheck('81000019900307001'), withCheck('83000019900307002')],
      ['110101199003070011'],
    ],
    ['permanent_residence', ['932682198501010017'], ['110101199003070011', '932682198501010018']],
    [
      'passport',
      [
        'E12345678',
        'EA1234567',
        'DE1234567',
        'G12345678',
        '141234567',
        'MA1234567',
        'X12345',
        'AB123456789012345',
      ],
      ['E123', 'E-1234567', 'AB1234567890123456', 'E 12345678'],
    ],
    ['hk_macau_home_return', ['H12345678', 'M1234567890'], ['H1234567', 'H123456789', 'C12345678']],
    ['hk_macau_pass', ['C01234567', 'CA1234567'], ['C0123456', 'D01234567', 'C0123456A']],
    [
      'taiwan_compatriot',
      ['12345678', '1234567890', 'AB12345678CD'],
      ['1234567', '123456789', 'A123456789012'],
    ],
    ['other', ['X', 'ABC-123/45', '某证件 12345', 'A'.repeat(30)], ['', 'A'.repeat(31)]],
  ];

  for (const [type, valid, invalid] of cases) {
    it.each(valid)(`${type}: accepts %s`, (number) => {
      expectPass(validateIdDocument(type, number, options));
    });
    it.each(invalid)(`${type}: rejects %s`, (number) => {
      expect(validateIdDocument(type, number, options).ok).toBe(false);
    });
  }

  it('gives the resident-ID reasons for identity cards', () => {
    expect(
      expectFailure(validateIdDocument('resident_id', '110101199003070010', options), 'ID_CHECK_DIGIT')
        .reason,
    ).toContain('应为 1');
  });

  it('hints at the right type when an identity card number is a permit', () => {
    const permit = expectPass(validateIdDocument('resident_id', withCheck('81000019900307001'), options));
    expect(permit.warnings.join()).toContain('居住证');
    const permanent = expectPass(validateIdDocument('resident_id', '932682198501010017', options));
    expect(permanent.warnings.join()).toContain('永居证');
  });

  it('explains a wrong prefix for permits', () => {
    expect(
      expectFailure(validateIdDocument('residence_permit', '110101199003070011', options), 'ID_DOC_FORMAT')
        .reason,
    ).toContain('810000');
    expectFailure(validateIdDocument('permanent_residence', '110101199003070011', options), 'ID_DOC_FORMAT');
  });

  it('points an old 15-character permanent-residence number to 其他', () => {
    expect(
      expectFailure(validateIdDocument('permanent_residence', 'USA110085010100', options), 'ID_DOC_FORMAT')
        .reason,
    ).toContain('其他');
  });

  it('upper-cases passport numbers with a warning', () => {
    const result = expectPass(validateIdDocument('passport', 'e12345678'));
    expect(result.value).toBe('E12345678');
    expect(result.warnings).toEqual(['小写字母已转换为大写']);
  });

  it('marks 其他 for manual review', () => {
    expect(expectPass(validateIdDocument('other', 'ABC123')).warnings).toContain('需人工审核');
  });

  it('reports an empty number for pattern types', () => {
    expectFailure(validateIdDocument('passport', ' '), 'ID_DOC_EMPTY');
    expectFailure(validateIdDocument('other', ''), 'ID_DOC_EMPTY');
  });

  it('rejects an unknown type from untyped callers', () => {
    expectFailure(validateIdDocument('driving_licence' as IdType, '123456'), 'ID_DOC_TYPE');
  });
});
