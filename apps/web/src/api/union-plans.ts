import type { Gender, ProductContent } from './exchange';

/** Older than min and younger than max whole years (MA-3, both exclusive). */
export type AgeWindow = { minAgeExclusive: number; maxAgeExclusive: number };

/**
 * A mutual-aid plan's content as the insurer submits it (the server's common part + its
 * ZUnionPlanContent, lines/union/product-content.ts): a per-copy rate table and the plan part.
 * Multipart uploads are not described by OpenAPI, so the shape is written here once.
 */
export type UnionPlanContent = Omit<ProductContent, 'rateTable' | 'taxCodeFormat' | 'deductionCapFen'> & {
  rateTable: { kind: 'per-copy'; premiumPerCopyFen: number; maxCopies: number };
  coverMonths: number;
  waitingDays: number;
  ageWindow: Record<Gender, AgeWindow>;
  eligibleSexes: Gender[];
  overAgeWithApprovalUpTo: number | null;
  enrollment: { opensOn: string; closesOn: string; uniformStartDate: string } | null;
  renewalGraceDays: number;
  benefits: string[];
};

/** Whether stored content is a mutual-aid plan's (its rate table is per copy). */
export function isUnionPlanContent(content: Record<string, unknown>): content is UnionPlanContent {
  const table = content.rateTable as { kind?: unknown } | undefined;
  return table?.kind === 'per-copy';
}
