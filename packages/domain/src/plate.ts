import { normalizeCodeCell } from './normalize.js';
import { fail, pass, type RuleResult } from './result.js';

/**
 * Licence plates (GA 36-2018): ordinary 7-character plates and 8-character new-energy plates.
 * Plates never use the letters I and O.
 *
 * Codes: PLATE_REQUIRED, PLATE_PROVINCE, PLATE_FORMAT.
 */

export const UNREGISTERED_PLATE = '未上牌';

export type PlateKind = 'ordinary' | 'new_energy_small' | 'new_energy_large';

export type PlateOptions = {
  /** New vehicles have no plate yet: accept '未上牌' or an empty cell as '未上牌'. */
  allowUnregistered?: boolean;
};

const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
const P = `[${PROVINCES}]`;
const L = '[A-HJ-NP-Z]';
const PATTERNS: Record<PlateKind, RegExp> = {
  ordinary: new RegExp(`^${P}${L}[A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警港澳]$`),
  // D/F were the original new-energy letters; A/B/C/E and G/H/J/K were added later.
  new_energy_small: new RegExp(`^${P}${L}[DABCEFGHJK][A-HJ-NP-Z0-9]\\d{4}$`),
  new_energy_large: new RegExp(`^${P}${L}\\d{5}[DABCEFGHJK]$`),
};

/** Which kind of plate a normalised number is, or null if it matches none. */
export function plateKind(plate: string): PlateKind | null {
  for (const kind of Object.keys(PATTERNS) as PlateKind[]) {
    if (PATTERNS[kind].test(plate)) return kind;
  }
  return null;
}

/** Validates a plate number; the value is the plate without separators, upper-case. */
export function validatePlate(input: string, options: PlateOptions = {}): RuleResult {
  const { value: cell, notes } = normalizeCodeCell(input);
  if (cell === '' || cell === UNREGISTERED_PLATE) {
    return options.allowUnregistered
      ? pass(UNREGISTERED_PLATE, notes)
      : fail('PLATE_REQUIRED', '请填写车牌号');
  }
  // Plates are often written 京A·12345 or 京A 12345; the separator is not part of the number.
  const value = cell.replace(/[\s·•.-]/g, '');
  if (!PROVINCES.includes(value[0] ?? '')) {
    return fail('PLATE_PROVINCE', '车牌号第 1 位应为省份简称，如 京、沪、粤');
  }
  if (plateKind(value) === null) {
    const hint = /[IO]/.test(value) ? '，且车牌不使用字母 I 和 O' : '';
    return fail(
      'PLATE_FORMAT',
      `车牌号格式不正确：普通车牌为 7 位（如 京A12345），新能源车牌为 8 位（如 京AD12345）${hint}`,
    );
  }
  return pass(value, notes);
}
