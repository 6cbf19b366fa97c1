import { eq } from 'drizzle-orm';
import { ratePremium } from '@policyhub/domain';
import type { TestApp } from './helpers.js';
import { seedDemo } from '../src/seed/demo.js';
import { DEMO_MEMBERS } from '../src/seed/demo-union.js';
import { createApplication, type ApplicationRecord } from '../src/modules/applications/index.js';
import { findListedPlan } from '../src/lines/union/product-content.js';
import { findUnitByNo } from '../src/lines/union/units.js';
import { products, unionMembers, users } from '../src/tables.js';
import { SYSTEM_ACTOR } from '../src/platform/audit/index.js';

/** The demo union chain (seeded) and a way to put union applications in place without the base unit's routes. */
export async function unionFixture(t: TestApp) {
  await seedDemo(t.ctx);
  const user = async (username: string) => {
    const [u] = await t.ctx.db.select().from(users).where(eq(users.username, username));
    if (!u) throw new Error(`no demo user ${username}`);
    return u;
  };
  const plan = async (code: string) => {
    const [p] = await t.ctx.db.select({ id: products.id }).from(products).where(eq(products.code, code));
    const listed = await findListedPlan(t.ctx, p!.id);
    if (!listed) throw new Error(`plan ${code} not listed`);
    return listed;
  };
  const zgc = (await findUnitByNo(t.ctx.db, '0108001'))!;
  const shangdi = (await findUnitByNo(t.ctx.db, '0108002'))!;

  /** A union application of a member (MUTUAL_AID, orgId = the member's unit), in `status`. */
  const apply = async (
    memberName: string,
    planCode: string,
    options: { copies?: number; status?: 'draft' | 'submitted'; expectedEffectiveDate?: string } = {},
  ): Promise<ApplicationRecord> => {
    const demo = DEMO_MEMBERS.find((m) => m.name === memberName)!;
    const [member] = await t.ctx.db
      .select()
      .from(unionMembers)
      .where(eq(unionMembers.idNumberIdx, t.ctx.crypto.blindIndex(demo.id)));
    const p = await plan(planCode);
    const copies = options.copies ?? 1;
    const table = p.version.content.rateTable;
    const rated = ratePremium(table, { kind: 'per-copy', copies });
    if (!rated.ok) throw new Error(rated.reason);
    const person = {
      name: member!.name,
      idType: 'resident_id',
      idNumber: demo.id,
      gender: member!.gender,
      birthDate: member!.birthDate,
    };
    return createApplication(t.ctx, t.ctx.db, SYSTEM_ACTOR, {
      line: 'MUTUAL_AID',
      numberPrefix: 'MA',
      userId: null,
      orgId: member!.unitOrgId,
      productId: p.id,
      productVersionId: p.version.id,
      insurerOrgId: p.insurerOrgId,
      productYear: null,
      status: options.status ?? 'submitted',
      applicant: { ...person, mobile: null },
      insured: [{ ...person, relation: 'self', extra: { memberNo: member!.memberNo, copies } }],
      answers: {},
      quote: { input: { kind: 'per-copy', copies }, premium: rated.value },
      details: {
        memberId: member!.id,
        memberNo: member!.memberNo,
        copies,
        expectedEffectiveDate: options.expectedEffectiveDate ?? '2027-01-01',
      },
    });
  };
  return { user, plan, zgc, shangdi, apply, members: DEMO_MEMBERS };
}
