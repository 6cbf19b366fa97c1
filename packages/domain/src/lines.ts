/**
 * The one list of PolicyHub's lines of business (SPEC §3–§6): codes, labels in both UI languages,
 * and the two letters each line uses inside business numbers (PH + code + yyyymmdd + sequence).
 * Policies, documents, products and the web all take the list from here.
 */
export const LINES = ['TAX_HEALTH', 'MUTUAL_AID', 'TRAVEL', 'MOTOR'] as const;
export type Line = (typeof LINES)[number];

export const LINE_LABELS: Record<Line, string> = {
  TAX_HEALTH: '税优健康险',
  MUTUAL_AID: '职工互助保障',
  TRAVEL: '旅游意外险',
  MOTOR: '机动车保险',
};

export const LINE_LABELS_EN: Record<Line, string> = {
  TAX_HEALTH: 'Tax-advantaged health',
  MUTUAL_AID: 'Union mutual aid',
  TRAVEL: 'Travel accident',
  MOTOR: 'Motor',
};

export const LINE_NUMBER_CODES: Record<Line, string> = {
  TAX_HEALTH: 'TH',
  MUTUAL_AID: 'MA',
  TRAVEL: 'TR',
  MOTOR: 'MO',
};

export function isLine(value: string): value is Line {
  return (LINES as readonly string[]).includes(value);
}
