import { toHalfWidth } from './normalize.js';

/**
 * Banks a debit card for 自动扣款 can be picked from (the large national banks and the
 * joint-stock banks); a card of another bank is typed in by name.
 */
export const BANKS = [
  '中国工商银行',
  '中国农业银行',
  '中国银行',
  '中国建设银行',
  '交通银行',
  '中国邮政储蓄银行',
  '招商银行',
  '中信银行',
  '中国光大银行',
  '中国民生银行',
  '兴业银行',
  '上海浦东发展银行',
  '平安银行',
  '华夏银行',
  '广发银行',
] as const;
export type BankName = (typeof BANKS)[number];

export type BankBin = { prefix: string; bank: BankName; length: number };

/**
 * Issuer identification numbers (BIN, the first six digits) of common UnionPay debit cards, with
 * the card length the issuer uses for them. Small on purpose: each entry is a published BIN of a
 * 借记卡 (cross-checked against the public UnionPay BIN list as collected in hexindai/bcbc
 * data/bin.csv). A card whose BIN is not here is still accepted; the user picks the bank.
 */
export const BANK_BINS: readonly BankBin[] = [
  { prefix: '622202', bank: '中国工商银行', length: 19 },
  { prefix: '622208', bank: '中国工商银行', length: 19 },
  { prefix: '622848', bank: '中国农业银行', length: 19 },
  { prefix: '621660', bank: '中国银行', length: 19 },
  { prefix: '621661', bank: '中国银行', length: 19 },
  { prefix: '621700', bank: '中国建设银行', length: 19 },
  { prefix: '622700', bank: '中国建设银行', length: 19 },
  { prefix: '622262', bank: '交通银行', length: 19 },
  { prefix: '621799', bank: '中国邮政储蓄银行', length: 19 },
  { prefix: '622188', bank: '中国邮政储蓄银行', length: 19 },
  { prefix: '622588', bank: '招商银行', length: 16 },
  { prefix: '621483', bank: '招商银行', length: 16 },
];

/** The BIN entry a card number (formatted or not) starts with, or null when it is not known. */
export function bankBinOf(input: string): BankBin | null {
  const digits = toHalfWidth(input).replace(/[\s-]/g, '');
  if (!/^\d{6}/.test(digits)) return null;
  return BANK_BINS.find((bin) => digits.startsWith(bin.prefix)) ?? null;
}

/** Whether a name is one of the banks of the list. */
export function isListedBank(name: string | null | undefined): name is BankName {
  return (BANKS as readonly string[]).includes(name ?? '');
}
