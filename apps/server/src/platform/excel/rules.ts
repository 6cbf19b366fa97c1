import {
  fail,
  idTypeFromLabel,
  isIdType,
  NOTE_FULL_WIDTH,
  NOTE_TRIMMED,
  NOTE_UPPER_CASE,
  NOTE_UPPER_X,
  pass,
  validateBankCard,
  validateCreditCode,
  validateEmail,
  validateIdDocument,
  validateMobile,
  validatePersonName,
  validateResidentId,
  type RuleResult,
} from '@policyhub/domain';

/**
 * The validators an Excel column may name (`rule` in a template definition). Each maps a cell —
 * already passed through `normalizeCell` — to the domain package's rule, so the Chinese reasons
 * users see are the same as in forms. `row` holds the values of the columns to the left, already
 * checked (the `idDocument` rule reads the row's `idType`).
 */
export type CellRule = {
  /** Short Chinese description, shown in the template's column notes. */
  readonly description: string;
  /** True when the value becomes a code (e.g. 身份证 → resident_id), so a change is not a "normalisation". */
  readonly maps?: boolean;
  /** True when a numeric cell can only be a number Excel mangled (IDs, card numbers). */
  readonly numericIsMangled?: boolean;
  /**
   * True when the value must be typed, not computed: a formula's cached result may be stale or
   * not what the cell shows the user (`=HYPERLINK("http://…","点我")`), so names and ID, card and
   * credit-code numbers given as formulas are refused.
   */
  readonly refusesFormula?: boolean;
  validate(value: string, row: Readonly<Record<string, string>>): RuleResult;
};

// Usernames are typed at login and stored in lower case (modules/accounts does the same).
const USERNAME = /^[a-z0-9][a-z0-9_.@-]{2,31}$/;
export const NOTE_USERNAME_LOWER = '用户名中的大写字母已转换为小写';

const DATE_PATTERNS: readonly RegExp[] = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/,
  /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

/** Reads the usual ways a date is typed into a cell; the value is `YYYY-MM-DD`. */
export function validateDateText(input: string): RuleResult {
  for (const pattern of DATE_PATTERNS) {
    const m = pattern.exec(input);
    if (!m) continue;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
      return fail('DATE_INVALID', `日期 ${input} 不存在`);
    }
    return pass(`${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  }
  return fail('DATE_FORMAT', '日期格式不正确，应为 1990-01-31 的形式');
}

export const RULES = {
  residentId: {
    refusesFormula: true,
    description: '18 位居民身份证号，末位校验码 X 大写',
    numericIsMangled: true,
    validate: (value) => validateResidentId(value),
  },
  idType: {
    description: '证件类型，如 身份证、护照、回乡证、台胞证、居住证、永居证、其他',
    maps: true,
    validate: (value) => {
      const type = idTypeFromLabel(value);
      return type ? pass(type) : fail('ID_DOC_TYPE', `不支持的证件类型“${value}”`);
    },
  },
  idDocument: {
    refusesFormula: true,
    description: '证件号码，按证件类型校验',
    numericIsMangled: true,
    // Without a valid type the number cannot be judged; the type column already has the error.
    validate: (value, row) => (isIdType(row.idType) ? validateIdDocument(row.idType, value) : pass(value)),
  },
  mobile: {
    description: '11 位手机号',
    validate: (value) => validateMobile(value),
  },
  email: {
    description: '电子邮箱，如 name@example.com',
    validate: (value) => validateEmail(value),
  },
  personName: {
    refusesFormula: true,
    description: '姓名，不超过 50 个字，中间不得有空格',
    validate: (value) => validatePersonName(value),
  },
  creditCode: {
    refusesFormula: true,
    description: '18 位统一社会信用代码',
    validate: (value) => validateCreditCode(value),
  },
  bankCard: {
    refusesFormula: true,
    description: '16–19 位银行卡号',
    numericIsMangled: true,
    validate: (value) => validateBankCard(value),
  },
  gender: {
    description: '男 或 女',
    maps: true,
    validate: (value) => {
      if (value === '男' || value.toUpperCase() === 'M') return pass('M');
      if (value === '女' || value.toUpperCase() === 'F') return pass('F');
      return fail('GENDER_INVALID', '性别应填写“男”或“女”');
    },
  },
  date: {
    description: '日期，如 1990-01-31',
    validate: (value) => validateDateText(value),
  },
  username: {
    description: '3–32 位小写字母、数字或 _ . @ -，以字母或数字开头',
    validate: (value) => {
      const lower = value.toLowerCase();
      if (!USERNAME.test(lower)) {
        return fail('USERNAME_FORMAT', '用户名须为 3–32 位小写字母、数字或 _ . @ -，并以字母或数字开头');
      }
      return pass(lower, lower === value ? [] : [NOTE_USERNAME_LOWER]);
    },
  },
} as const satisfies Record<string, CellRule>;

export type RuleName = keyof typeof RULES;

export function isRuleName(value: unknown): value is RuleName {
  return typeof value === 'string' && Object.hasOwn(RULES, value);
}

const NORMALISATION_NOTES: ReadonlySet<string> = new Set([
  NOTE_FULL_WIDTH,
  NOTE_TRIMMED,
  NOTE_UPPER_X,
  NOTE_UPPER_CASE,
  NOTE_USERNAME_LOWER,
]);

/** Whether a rule's warning only reports a safe normalisation (a 'note') rather than a doubt. */
export function isNormalisationNote(warning: string): boolean {
  return NORMALISATION_NOTES.has(warning);
}
