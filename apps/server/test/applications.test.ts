import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { applicationMachine, ratePremium, type RatingTable } from '@policyhub/domain';
import {
  createApplication,
  findApplications,
  getApplication,
  moveApplication,
  recordUnderwriting,
  ZApplicationStatus,
  ZApplicationSummary,
  type NewApplication,
} from '../src/modules/applications/index.js';
import { SYSTEM_ACTOR } from '../src/platform/audit/index.js';
import { MIGRATIONS_DIR, openDatabase } from '../src/platform/db/index.js';
import { createFieldCrypto } from '../src/platform/crypto/field-crypto.js';
import { snapshot } from './accounts-support.js';
import { randomResidentId } from './documents-support.js';
import { createOrg, createTestApp, createUser, sessionFor, type TestApp } from './helpers.js';
import { createExchangeCast, listedProduct, type ExchangeCast } from './exchange-products-support.js';

const TABLE: RatingTable = {
  kind: 'age-gender-annual',
  bands: [
    { gender: 'M', minAge: 16, maxAge: 40, annualPremiumFen: 120_000 },
    { gender: 'M', minAge: 41, maxAge: 65, annualPremiumFen: 200_000 },
  ],
};

describe('modules/applications: machine, scope, quote snapshot', () => {
  let t: TestApp;
  let cast: ExchangeCast;
  let product: { productId: string; versionId: string };
  let enterprise: { id: string; path: string };
  let otherEnterprise: { id: string; path: string };

  beforeAll(async () => {
    t = await createTestApp();
    cast = await createExchangeCast(t);
    product = await listedProduct(t, cast);
    enterprise = await createOrg(t, { type: 'enterprise', parentId: cast.platform.id });
    otherEnterprise = await createOrg(t, { type: 'enterprise', parentId: cast.platform.id });
  });
  afterAll(async () => t.close());

  const unchanged = async (fn: () => Promise<void>) => {
    const before = await snapshot(t, ['applications', 'audit_log']);
    await fn();
    expect(await snapshot(t, ['applications', 'audit_log'])).toEqual(before);
  };

  function rated(age: number) {
    const input = { kind: 'age-gender-annual' as const, age, gender: 'M' as const };
    const premium = ratePremium(TABLE, input);
    if (!premium.ok) throw new Error(premium.reason);
    return { input, premium: premium.value };
  }

  async function submitted(overrides: Partial<NewApplication> = {}) {
    const user = await createUser(t, { role: 'individual' });
    const idNumber = randomResidentId(1990, true);
    const application = await t.ctx.db.transaction((tx) =>
      createApplication(t.ctx, tx, SYSTEM_ACTOR, {
        line: 'TAX_HEALTH',
        numberPrefix: 'TA',
        userId: user.id,
        orgId: enterprise.id,
        productId: product.productId,
        productVersionId: product.versionId,
        insurerOrgId: cast.insurerA.id,
        productYear: 2026,
        status: 'underwriting',
        applicant: {
          name: '张三',
          idType: 'resident_id',
          idNumber,
          gender: 'M',
          birthDate: `1990-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`,
          mobile: user.mobile,
        },
        insured: [],
        answers: { q1: false, q2: false },
        quote: rated(36),
        ...overrides,
      }),
    );
    return { user, idNumber, application };
  }

  it('stores the applicant protected, the applicant as the insured, and the quote snapshot exactly as rated', async () => {
    const { idNumber, application } = await submitted();
    const read = await getApplication(t.ctx.db, { kind: 'all' }, application.applicationNo);
    expect(read.quote).toEqual({
      input: { kind: 'age-gender-annual', age: 36, gender: 'M' },
      premiumFen: 120_000,
      unitFen: 120_000,
      units: 1,
      basis: rated(36).premium.basis,
      bandIndex: 0,
    });
    expect(read.premiumFen).toBe(120_000);
    expect(read.applicationNo).toMatch(/^TA\d{8}\d{6}$/);
    expect(read.applicant.idNumberEnc).not.toContain(idNumber);
    expect(t.ctx.crypto.decrypt(read.applicant.idNumberEnc)).toBe(idNumber);
    expect(read.applicant.idNumberIdx).toBe(t.ctx.crypto.blindIndex(idNumber));
    expect(read.applicant.idNumberMasked).not.toBe(idNumber);
    expect(read.insured).toEqual([
      expect.objectContaining({ name: '张三', relation: 'self', idNumberIdx: read.applicant.idNumberIdx }),
    ]);
    const [raw] = (
      (await t.ctx.db.execute(
        sql`select row_to_json(a)::text as j from applications a where id = ${read.id}`,
      )) as unknown as { rows: { j: string }[] }
    ).rows;
    expect(raw!.j).not.toContain(idNumber);
  });

  it('a second application of the same person, product and year is refused with the domain reason; nothing added', async () => {
    const { user } = await submitted();
    await unchanged(async () => {
      const again = submitted({ userId: user.id });
      await expect(again).rejects.toMatchObject({
        code: 'APPLICATION_REFUSED',
        message: expect.stringContaining('2026 年度已投保该产品'),
      });
    });
  });

  it('moves only as the machine allows: accept → accepted, then decline or issue-from-cancelled refused, nothing changed', async () => {
    const { application } = await submitted();
    const insurer = { kind: 'insurer' as const, insurerOrgId: cast.insurerA.id };
    const accepted = await recordUnderwriting(
      t.ctx,
      t.ctx.db,
      SYSTEM_ACTOR,
      insurer,
      application.applicationNo,
      {
        decision: 'accept',
        insurerRef: 'REF-1',
      },
    );
    expect(accepted).toMatchObject({
      status: 'accepted',
      decision: 'accept',
      insurerRef: 'REF-1',
      decidedByName: SYSTEM_ACTOR.name,
    });
    expect(accepted.decidedAt).toBeInstanceOf(Date);
    await unchanged(async () => {
      await expect(
        recordUnderwriting(t.ctx, t.ctx.db, SYSTEM_ACTOR, insurer, application.applicationNo, {
          decision: 'decline',
          reason: '既往症',
        }),
      ).rejects.toMatchObject({
        code: 'INVALID_STATE',
        message: '投保申请当前状态为「核保通过，待出单」，不能变为「拒保」',
      });
      await expect(
        moveApplication(t.ctx.db, SYSTEM_ACTOR, insurer, application.applicationNo, 'underwriting'),
      ).rejects.toMatchObject({
        code: 'INVALID_STATE',
        message: '投保申请当前状态为「核保通过，待出单」，不能变为「核保中」',
      });
      // 'issued' only with its policy (markApplicationIssued), never as a bare move.
      await expect(
        moveApplication(t.ctx.db, SYSTEM_ACTOR, insurer, application.applicationNo, 'issued' as 'paid'),
      ).rejects.toMatchObject({
        code: 'INVALID_STATE',
        message: expect.stringContaining('不能直接变为「已出单」'),
      });
    });
    const cancelled = await moveApplication(
      t.ctx.db,
      SYSTEM_ACTOR,
      insurer,
      application.applicationNo,
      'cancelled',
    );
    expect(cancelled.status).toBe('cancelled');
    await unchanged(async () => {
      await expect(
        moveApplication(t.ctx.db, SYSTEM_ACTOR, insurer, application.applicationNo, 'paid'),
      ).rejects.toMatchObject({
        code: 'INVALID_STATE',
        message: '投保申请当前状态为「已撤销」，不能变为「已支付」',
      });
    });
  });

  it('a decline needs a reason: refused before anything changes', async () => {
    const { application } = await submitted();
    await unchanged(async () => {
      await expect(
        recordUnderwriting(t.ctx, t.ctx.db, SYSTEM_ACTOR, { kind: 'all' }, application.applicationNo, {
          decision: 'decline',
          reason: '  ',
        }),
      ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', message: '拒保须说明原因' });
    });
  });

  it('data scope: the applicant, the owning organization and the insurer see it; another person, organization or insurer gets 404', async () => {
    const { user, application } = await submitted();
    const no = application.applicationNo;
    const stranger = await createUser(t, { role: 'individual' });
    for (const scope of [
      { kind: 'self' as const, userId: user.id },
      { kind: 'subtree' as const, orgId: enterprise.id, orgPath: enterprise.path },
      { kind: 'subtree' as const, orgId: cast.platform.id, orgPath: `/${cast.platform.id}/` },
      { kind: 'insurer' as const, insurerOrgId: cast.insurerA.id },
    ])
      expect((await getApplication(t.ctx.db, scope, no)).id).toBe(application.id);
    for (const scope of [
      { kind: 'self' as const, userId: stranger.id },
      { kind: 'subtree' as const, orgId: otherEnterprise.id, orgPath: otherEnterprise.path },
      { kind: 'insurer' as const, insurerOrgId: cast.insurerB.id },
    ]) {
      await expect(getApplication(t.ctx.db, scope, no)).rejects.toMatchObject({
        code: 'NOT_FOUND',
        status: 404,
      });
      expect((await findApplications(t.ctx.db, scope)).map((a) => a.id)).not.toContain(application.id);
    }
    // Over HTTP: another insurer's staff cannot decide on it (404) and nothing changes.
    await unchanged(async () => {
      const res = await t.request({
        method: 'POST',
        url: `/api/insurer/applications/${no}/decision`,
        payload: { decision: 'accept' },
        as: cast.asB,
      });
      expect(res.statusCode).toBe(404);
    });
    // Another person does not see it among his applications.
    const mine = await t.request({
      method: 'GET',
      url: '/api/personal/applications',
      as: await sessionFor(t, stranger),
    });
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items).toEqual([]);
  });

  it('an accepted, not yet issued application is listed with status accepted and its label', async () => {
    const { user, application } = await submitted();
    await recordUnderwriting(
      t.ctx,
      t.ctx.db,
      SYSTEM_ACTOR,
      { kind: 'insurer', insurerOrgId: cast.insurerA.id },
      application.applicationNo,
      { decision: 'accept' },
    );
    const consoleList = await t.request({
      method: 'GET',
      url: '/api/insurer/applications?status=accepted',
      as: cast.asA,
    });
    expect(consoleList.statusCode, consoleList.body).toBe(200);
    expect(
      consoleList
        .json()
        .items.find((a: { applicationNo: string }) => a.applicationNo === application.applicationNo),
    ).toMatchObject({ status: 'accepted', statusLabel: '核保通过，待出单' });
    const personal = await t.request({
      method: 'GET',
      url: '/api/personal/applications',
      as: await sessionFor(t, user),
    });
    expect(personal.statusCode, personal.body).toBe(200);
    expect(personal.json().items).toEqual([
      expect.objectContaining({
        applicationNo: application.applicationNo,
        status: 'accepted',
        statusLabel: '核保通过，待出单',
      }),
    ]);
  });

  it('response schemas take exactly the machine’s states: an unknown status is refused', () => {
    expect(ZApplicationStatus.options).toEqual([...applicationMachine.states]);
    const summary = {
      applicationNo: 'TA1',
      productId: crypto.randomUUID(),
      status: 'accepted',
      statusLabel: '核保通过，待出单',
      applicantName: '张三',
      idNumberMasked: '110***',
      answers: {},
      premiumFen: 1,
      declineReason: null,
      createdAt: new Date().toISOString(),
    };
    expect(ZApplicationSummary.safeParse(summary).success).toBe(true);
    expect(ZApplicationSummary.safeParse({ ...summary, status: 'approved' }).success).toBe(false);
    expect(ZApplicationSummary.safeParse({ ...summary, status: 'legacy' }).success).toBe(false);
  });
});

/** An empty database of the kind the suite runs on (PGlite, or PostgreSQL when DATABASE_URL is set). */
async function emptyDatabase() {
  const adminUrl = inject('pgAdminUrl');
  if (!adminUrl) {
    const database = await openDatabase({ pgliteDir: 'memory://' });
    return {
      database,
      migrate: (folder: string) => migratePglite(database.db as any, { migrationsFolder: folder }),
    };
  }
  const name = `policyhub_t_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: u.toString(), poolSize: 2 });
  return {
    database,
    migrate: (folder: string) => migratePg(database.db as any, { migrationsFolder: folder }),
  };
}

describe('migration 0008: exchange_applications rows move to applications, nothing lost', () => {
  it('keeps every row and field, reads back through the module', async () => {
    // A copy of the migrations folder that stops at 0007, then the full one: the rows written in
    // between are what a database from before the module holds.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policyhub-mig-'));
    const before = path.join(dir, 'before');
    fs.cpSync(MIGRATIONS_DIR, before, { recursive: true });
    const journalFile = path.join(before, 'meta/_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
    const upTo = journal.entries.findIndex((e) => e.tag.startsWith('0008_'));
    expect(upTo).toBeGreaterThan(0);
    journal.entries = journal.entries.slice(0, upTo);
    fs.writeFileSync(journalFile, JSON.stringify(journal));
    const { database, migrate } = await emptyDatabase();
    const fieldCrypto = createFieldCrypto(
      `t1:${Buffer.alloc(32, 7).toString('base64')}`,
      Buffer.alloc(32, 9).toString('base64'),
    );
    try {
      await migrate(before);
      const idNumber = randomResidentId(1990, true);
      const enc = fieldCrypto.encrypt(idNumber);
      const userId = crypto.randomUUID();
      const policyId = crypto.randomUUID();
      const ids = {
        issued: crypto.randomUUID(),
        declined: crypto.randomUUID(),
        waiting: crypto.randomUUID(),
      };
      const product = crypto.randomUUID();
      const version = crypto.randomUUID();
      const insurer = crypto.randomUUID();
      const enterprise = crypto.randomUUID();
      const invitation = crypto.randomUUID();
      const card = crypto.randomUUID();
      const birthDate = `1990-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
      const applicant = JSON.stringify({
        name: '王五',
        idType: 'resident_id',
        idNumberEnc: enc,
        idNumberMasked: '110***1234',
        gender: 'M',
        birthDate,
        mobile: '13900000001',
      });
      await database.db.execute(sql`
        insert into users (id, username, display_name, role, password_hash, id_number_enc, id_number_idx)
        values (${userId}, 'mig_user', '王五', 'individual', 'x', ${enc}, ${fieldCrypto.blindIndex(idNumber)})`);
      await database.db.execute(sql`
        insert into policies (id, policy_no, line, product_code, product_name, insurer_org_id, holder_name,
          holder_id_type, holder_id_number_enc, holder_id_number_idx, holder_id_number_masked, starts_at, ends_at,
          issued_at)
        values (${policyId}, 'PHTH20260301000001', 'TAX_HEALTH', 'TX', '税优', ${insurer}, '王五', 'resident_id',
          ${enc}, 'idx', '110***1234', '2026-03-02T16:00:00Z', '2027-03-02T15:59:59Z', '2026-03-01T02:00:00Z')`);
      await database.db.execute(sql`
        insert into exchange_applications (id, application_no, invitation_id, user_id, product_id,
          product_version_id, insurer_org_id, enterprise_org_id, year, status, answers, applicant, bank_card_id,
          consent_at, premium_fen, insurer_ref, policy_id, tax_code, decline_reason, decided_at, created_at)
        values
          (${ids.issued}, 'TA20260301000001', ${invitation}, ${userId}, ${product}, ${version}, ${insurer},
            ${enterprise}, 2026, 'issued', '{"q1":false,"q2":false}', ${applicant}::jsonb, ${card},
            '2026-03-01T01:00:00Z', 120000, 'INS-9', ${policyId}, 'TY123456789012345678', null,
            '2026-03-01T01:30:00Z', '2026-03-01T01:00:00Z'),
          (${ids.declined}, 'TA20250301000002', null, ${userId}, ${product}, ${version}, ${insurer}, null, 2025,
            'declined', '{"q1":false,"q2":true}', ${applicant}::jsonb, null, null, 130000, null, null, null,
            '既往症不符合条件', '2025-03-01T03:00:00Z', '2025-03-01T02:00:00Z'),
          (${ids.waiting}, 'TA20240301000003', null, ${userId}, ${crypto.randomUUID()}, ${version}, ${insurer},
            null, 2024, 'underwriting', '{}', ${applicant}::jsonb, null, null, 110000, null, null, null, null, null,
            '2024-03-01T15:30:00Z')`);

      await migrate(MIGRATIONS_DIR);
      const gone = (await database.db.execute(
        sql`select to_regclass('exchange_applications') as t`,
      )) as unknown as { rows: { t: string | null }[] };
      expect(gone.rows[0]!.t).toBeNull();
      const all = await findApplications(database.db, { kind: 'all' });
      expect(all.map((a) => a.id).sort()).toEqual(Object.values(ids).sort());

      const issued = await getApplication(database.db, { kind: 'all' }, 'TA20260301000001');
      expect(issued).toMatchObject({
        id: ids.issued,
        line: 'TAX_HEALTH',
        userId,
        orgId: enterprise,
        productId: product,
        productVersionId: version,
        insurerOrgId: insurer,
        productYear: 2026,
        status: 'issued',
        answers: { q1: false, q2: false },
        premiumFen: 120_000,
        details: {
          invitationId: invitation,
          bankCardId: card,
          consentAt: '2026-03-01T01:00:00.000Z',
          taxCode: 'TY123456789012345678',
        },
        decision: 'accept',
        decisionReason: null,
        insurerRef: 'INS-9',
        policyId,
        applicant: {
          name: '王五',
          idType: 'resident_id',
          idNumberEnc: enc,
          idNumberIdx: fieldCrypto.blindIndex(idNumber),
          idNumberMasked: '110***1234',
          gender: 'M',
          birthDate,
          mobile: '13900000001',
        },
      });
      expect(issued.decidedAt!.toISOString()).toBe('2026-03-01T01:30:00.000Z');
      expect(issued.issuedAt!.toISOString()).toBe('2026-03-01T02:00:00.000Z');
      expect(issued.createdAt.toISOString()).toBe('2026-03-01T01:00:00.000Z');
      expect(issued.insured).toEqual([
        {
          name: '王五',
          idType: 'resident_id',
          idNumberEnc: enc,
          idNumberIdx: fieldCrypto.blindIndex(idNumber),
          idNumberMasked: '110***1234',
          gender: 'M',
          birthDate,
          relation: 'self',
        },
      ]);
      const ageAt = (day: string) =>
        Number(day.slice(0, 4)) - 1990 - (day.slice(5) < birthDate.slice(5) ? 1 : 0);
      expect(issued.quote).toEqual({
        input: { kind: 'age-gender-annual', age: ageAt('2026-03-01'), gender: 'M' },
        premiumFen: 120_000,
        unitFen: 120_000,
        units: 1,
        basis: '迁移前的投保申请（未留存费率行）',
        bandIndex: null,
        migrated: true,
      });

      const declined = await getApplication(database.db, { kind: 'all' }, 'TA20250301000002');
      expect(declined).toMatchObject({
        status: 'declined',
        decision: 'decline',
        decisionReason: '既往症不符合条件',
        orgId: null,
        details: {},
        issuedAt: null,
      });
      // 15:30 UTC is the next day in Beijing: the age is taken on the Beijing day of submission.
      const waiting = await getApplication(database.db, { kind: 'all' }, 'TA20240301000003');
      expect(waiting).toMatchObject({ status: 'underwriting', decision: null, decidedAt: null });
      expect(waiting.quote.input).toEqual({
        kind: 'age-gender-annual',
        age: ageAt('2024-03-01'),
        gender: 'M',
      });
      // The one-per-product-year index holds for the moved rows too.
      await expect(
        database.db.execute(sql`
          insert into applications (application_no, line, user_id, product_id, product_version_id,
            insurer_org_id, product_year, status, applicant_name, applicant_id_type, applicant_id_number_enc,
            applicant_id_number_masked, quote, premium_fen)
          values ('TA-DUP', 'TAX_HEALTH', ${userId}, ${product}, ${version}, ${insurer}, 2026, 'underwriting',
            'x', 'resident_id', 'x', 'x', '{}', 1)`),
      ).rejects.toThrow();
    } finally {
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
