import type { Line } from '@policyhub/domain';
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import { applications } from '../tables.js';

export const APPLICATION_COUNT_GROUPS = ['product', 'insurer', 'org', 'month'] as const;
export type ApplicationCountGroup = (typeof APPLICATION_COUNT_GROUPS)[number];

export type ApplicationCount = {
  /** product / insurer / owning organization id ('' without one), or the Beijing month YYYY-MM. */
  key: string;
  applied: number;
  issued: number;
  declined: number;
  /** Premium of the issued applications, fen. */
  premiumFen: number;
};

/**
 * Applications of a line submitted on Beijing days `fromDay`…`toDay` (inclusive), counted by
 * product, insurer, owning organization or month: all, issued, declined, issued premium.
 */
export async function countApplications(
  executor: Executor,
  input: { line: Line; fromDay: string; toDay: string; groupBy: ApplicationCountGroup },
): Promise<ApplicationCount[]> {
  const a = applications;
  const key: Record<ApplicationCountGroup, SQL> = {
    product: sql`${a.productId}::text`,
    insurer: sql`${a.insurerOrgId}::text`,
    org: sql`coalesce(${a.orgId}::text, '')`,
    month: sql`to_char(${a.createdAt} at time zone 'Asia/Shanghai', 'YYYY-MM')`,
  };
  const day = sql`to_char(${a.createdAt} at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`;
  const rows = await executor
    .select({
      key: key[input.groupBy].mapWith(String),
      applied: sql<number>`count(*)::int`.mapWith(Number),
      issued: sql<number>`count(*) filter (where ${a.status} = 'issued')::int`.mapWith(Number),
      declined: sql<number>`count(*) filter (where ${a.status} = 'declined')::int`.mapWith(Number),
      premiumFen:
        sql<number>`coalesce(sum(${a.premiumFen}) filter (where ${a.status} = 'issued'), 0)::bigint`.mapWith(
          Number,
        ),
    })
    .from(a)
    .where(sql`${a.line} = ${input.line} and ${day} between ${input.fromDay} and ${input.toDay}`)
    .groupBy(sql`1`);
  return rows;
}
