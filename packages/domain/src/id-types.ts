import { normalizeCell, normalizeCodeCell, toHalfWidth } from './normalize.js';
import { fail, pass, type RuleResult } from './result.js';
import { validateResidentId, type ResidentIdOptions } from './resident-id.js';

/**
 * Identity document types accepted on rosters and insured lists, as data. Excel templates carry
 * the Chinese label, so labels (and common synonyms) map back to the type.
 *
 * Codes: the resident-ID codes (ID_*) for the three 18-digit types, plus ID_DOC_EMPTY,
 * ID_DOC_FORMAT, ID_DOC_TYPE.
 */

export type IdTypeDefinition = {
  readonly type: string;
  readonly label: string;
  /** Other names seen in templates and user input. */
  readonly aliases: readonly string[];
  /** Whether the number itself encodes birth date and gender (GB 11643 layout). */
  readonly carriesBirthAndGender: boolean;
};

export const ID_TYPES = [
  {
    type: 'resident_id',
    label: '身份证',
    aliases: ['居民身份证', '身份证号', '二代身份证', '大陆身份证'],
    carriesBirthAndGender: true,
  },
  {
    type: 'residence_permit',
    label: '居住证',
    aliases: ['港澳台居民居住证', '港澳居民居住证', '台湾居民居住证'],
    carriesBirthAndGender: true,
  },
  {
    type: 'permanent_residence',
    label: '永居证',
    aliases: ['外国人永久居留身份证', '外国人永久居留证', '永久居留身份证', '永久居留证'],
    carriesBirthAndGender: true,
  },
  { type: 'passport', label: '护照', aliases: ['中国护照', '外国护照'], carriesBirthAndGender: false },
  {
    type: 'hk_macau_home_return',
    label: '回乡证',
    aliases: ['港澳居民来往内地通行证', '港澳居民往来内地通行证'],
    carriesBirthAndGender: false,
  },
  {
    type: 'hk_macau_pass',
    label: '往来港澳通行证',
    aliases: ['港澳通行证', '往来港澳通行证（内地居民）'],
    carriesBirthAndGender: false,
  },
  {
    type: 'taiwan_compatriot',
    label: '台胞证',
    aliases: ['台湾居民来往大陆通行证', '台湾居民往来大陆通行证'],
    carriesBirthAndGender: false,
  },
  { type: 'other', label: '其他', aliases: ['其它'], carriesBirthAndGender: false },
] as const satisfies readonly IdTypeDefinition[];

export type IdType = (typeof ID_TYPES)[number]['type'];

export function isIdType(value: unknown): value is IdType {
  return ID_TYPES.some((t) => t.type === value);
}

/** The Chinese label of an ID type, e.g. '身份证'. */
export function idTypeLabel(type: IdType): string {
  return ID_TYPES.find((t) => t.type === type)!.label;
}

/** The ID type for a label, synonym or type code as found in a spreadsheet, or null. */
export function idTypeFromLabel(label: string): IdType | null {
  const key = toHalfWidth(label).trim().replace(/\s/g, '');
  const found = ID_TYPES.find(
    (t) => t.type === key || t.label === key || (t.aliases as readonly string[]).includes(key),
  );
  return found?.type ?? null;
}

/**
 * Whether birth date and gender can be read from the number. When false, forms and imports
 * must ask for them separately.
 */
export function idTypeCarriesBirthAndGender(type: IdType): boolean {
  return ID_TYPES.find((t) => t.type === type)!.carriesBirthAndGender;
}

const PRC_PASSPORT = /^(E[0-9A-HJ-NP-Z]\d{7}|[DSP]E\d{7}|[GDSPHK]\d{8}|1[45]\d{7}|MA\d{7})$/;
const FOREIGN_PASSPORT = /^[A-Z0-9]{5,17}$/;
const HOME_RETURN = /^[HM](\d{8}|\d{10})$/;
const HK_MACAU_PASS = /^C[0-9A-Z]\d{7}$/;
const TAIWAN_COMPATRIOT = /^\d{8}$|^[A-Z0-9]{10,12}$/;

const PATTERN_RULES: Partial<Record<IdType, { pattern: RegExp; reason: string }>> = {
  passport: {
    pattern: new RegExp(`${PRC_PASSPORT.source}|${FOREIGN_PASSPORT.source}`),
    reason: '护照号码应为 5–17 位数字或大写字母',
  },
  hk_macau_home_return: {
    pattern: HOME_RETURN,
    reason: '回乡证号码应为 H 或 M 开头，后接 8 位或 10 位数字',
  },
  hk_macau_pass: {
    pattern: HK_MACAU_PASS,
    reason: '往来港澳通行证号码应为 C 开头的 9 位，如 C01234567',
  },
  taiwan_compatriot: {
    pattern: TAIWAN_COMPATRIOT,
    reason: '台胞证号码应为 8 位数字（或 10–12 位数字和大写字母）',
  },
};

/**
 * Validates a document number for its type; the value is the normalised number. `options` is
 * passed to the resident-ID rule (its "today").
 */
export function validateIdDocument(
  type: IdType,
  number: string,
  options: ResidentIdOptions = {},
): RuleResult {
  switch (type) {
    case 'resident_id': {
      const result = validateResidentId(number, options);
      if (result.ok && /^8[123]0000/.test(result.value)) {
        result.warnings.push('该号码是港澳台居民居住证号码，证件类型可能应为“居住证”');
      } else if (result.ok && result.value.startsWith('9')) {
        result.warnings.push('该号码是外国人永久居留身份证号码，证件类型可能应为“永居证”');
      }
      return result;
    }
    case 'residence_permit': {
      const result = validateResidentId(number, options);
      if (result.ok && !/^8[123]0000/.test(result.value)) {
        return fail('ID_DOC_FORMAT', '港澳台居民居住证号码应以 810000、820000 或 830000 开头');
      }
      return result;
    }
    case 'permanent_residence': {
      const result = validateResidentId(number, options);
      if (result.ok && !result.value.startsWith('9')) {
        return fail('ID_DOC_FORMAT', '外国人永久居留身份证号码应以 9 开头');
      }
      if (!result.ok && /^[A-Z]{3}\d{12}$/i.test(normalizeCell(number).value)) {
        return fail('ID_DOC_FORMAT', '这是旧版 15 位永居证号码，请将证件类型选为“其他”');
      }
      return result;
    }
    case 'other': {
      const { value, notes } = normalizeCell(number);
      if (value === '') return fail('ID_DOC_EMPTY', '请填写证件号码');
      if ([...value].length > 30) return fail('ID_DOC_FORMAT', '证件号码不得超过 30 个字符');
      return pass(value, [...notes, '需人工审核']);
    }
    default: {
      const rule = PATTERN_RULES[type];
      if (!rule) return fail('ID_DOC_TYPE', '不支持的证件类型');
      const { value, notes } = normalizeCodeCell(number);
      if (value === '') return fail('ID_DOC_EMPTY', '请填写证件号码');
      if (!rule.pattern.test(value)) return fail('ID_DOC_FORMAT', rule.reason);
      return pass(value, notes);
    }
  }
}
