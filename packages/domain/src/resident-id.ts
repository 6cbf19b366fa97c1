import { normalizeCell } from './normalize.js';
import { fail, pass, type RuleResult } from './result.js';

/**
 * Resident identity numbers (GB 11643-1999): `AAAAAA YYYYMMDD SSS C`.
 *
 * The same layout and checksum are used by the HK/Macau/Taiwan residence permits (prefix
 * 810000/820000/830000) and by the 2023 foreigner permanent-residence ID (prefix 9), so all of
 * them pass here. Retired region codes are valid (people keep their numbers) and there is no
 * minimum birth year: age limits are business rules.
 *
 * Codes: ID_EMPTY, ID_LENGTH, ID_FORMAT, ID_BIRTH_DATE, ID_BIRTH_FUTURE, ID_CHECK_DIGIT.
 */

export type Gender = 'M' | 'F';

export type ResidentIdKind = 'resident' | 'hk_macau_tw_permit' | 'foreigner_permanent';

export type ResidentIdInfo = {
  /** The normalised 18-character number. */
  number: string;
  /** `YYYY-MM-DD`. */
  birthDate: string;
  gender: Gender;
  /** The first six digits (for permanent-residence IDs, issuing province + nationality code). */
  regionCode: string;
  kind: ResidentIdKind;
};

export type ResidentIdOptions = {
  /** The day against which "not in the future" is judged; defaults to now. */
  today?: Date;
};

// ISO 7064 MOD 11-2: Wᵢ = 2^(17−i) mod 11.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** The GB 11643 check character for the first 17 digits. Throws on anything but 17 digits. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('residentIdCheckChar expects 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether `YYYYMMDD` names a real calendar day (proleptic Gregorian, any year). */
function isRealDate(yyyymmdd: string): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function formatDate(yyyymmdd: string): string {
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

function localYyyymmdd(date: Date): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}${pad(date.getMonth() + 1, 2)}${pad(date.getDate(), 2)}`;
}

function kindOf(number: string): ResidentIdKind {
  if (/^8[123]0000/.test(number)) return 'hk_macau_tw_permit';
  if (number.startsWith('9')) return 'foreigner_permanent';
  return 'resident';
}

/** Validates an 18-character resident ID; the value is the normalised number. */
export function validateResidentId(input: string, options: ResidentIdOptions = {}): RuleResult {
  const { value, notes } = normalizeCell(input);
  if (value === '') return fail('ID_EMPTY', '请填写身份证号');
  if (/\s/.test(value)) return fail('ID_FORMAT', '身份证号中间不得有空格');
  if (value.length !== 18) {
    const hint = /^\d{15}$/.test(value) ? '；旧版 15 位号码请换算为 18 位' : '';
    return fail('ID_LENGTH', `身份证号应为 18 位，当前为 ${value.length} 位${hint}`);
  }
  if (!/^\d{17}[\dX]$/.test(value)) {
    return fail('ID_FORMAT', '身份证号只能包含数字，末位可以是 X');
  }

  const birth = value.slice(6, 14);
  if (!isRealDate(birth)) {
    return fail('ID_BIRTH_DATE', `身份证号中的出生日期 ${formatDate(birth)} 不存在`);
  }
  if (birth > localYyyymmdd(options.today ?? new Date())) {
    return fail('ID_BIRTH_FUTURE', `身份证号中的出生日期 ${formatDate(birth)} 晚于今天`);
  }

  const expected = residentIdCheckChar(value.slice(0, 17));
  if (value[17] !== expected) {
    return fail('ID_CHECK_DIGIT', `身份证号校验位错误，应为 ${expected}`);
  }
  return pass(value, notes);
}

/**
 * Birth date and gender of an 18-character ID number already validated (GB 11643: YYYYMMDD at
 * 7–14, the 17th digit odd for men) — resident IDs and the permits that follow their layout. Reads
 * the digits without validating again: rosters call it for every row of 100,000-row lists.
 */
export function birthAndGenderOf(number: string): { birthDate: string; gender: 'M' | 'F' } {
  return {
    birthDate: `${number.slice(6, 10)}-${number.slice(10, 12)}-${number.slice(12, 14)}`,
    gender: Number(number[16]) % 2 === 1 ? 'M' : 'F',
  };
}

/** Validates a resident ID and reads birth date, gender and region from it. */
export function parseResidentId(input: string, options: ResidentIdOptions = {}): RuleResult<ResidentIdInfo> {
  const result = validateResidentId(input, options);
  if (!result.ok) return result;
  const number = result.value;
  return pass(
    {
      number,
      ...birthAndGenderOf(number),
      regionCode: number.slice(0, 6),
      kind: kindOf(number),
    },
    result.warnings,
  );
}

/**
 * Converts a 15-digit ID (GB 11643-1989, `AAAAAA YYMMDD SSS`, all born 19xx) to 18 characters:
 * insert `19` after the region code and append the check character.
 */
export function convert15To18(input: string): RuleResult {
  const { value, notes } = normalizeCell(input);
  if (!/^\d{15}$/.test(value)) {
    return fail('ID_LENGTH', `15 位身份证号应为 15 位数字，当前为“${value}”`);
  }
  const first17 = `${value.slice(0, 6)}19${value.slice(6)}`;
  const birth = first17.slice(6, 14);
  if (!isRealDate(birth)) {
    return fail('ID_BIRTH_DATE', `身份证号中的出生日期 ${formatDate(birth)} 不存在`);
  }
  return pass(first17 + residentIdCheckChar(first17), notes);
}
