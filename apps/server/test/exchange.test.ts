import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { ROLES, type Role } from '@policyhub/domain';
import {
  auditLog,
  exchangeInvitations,
  exchangeOrders,
  rosterPeople,
  organizations,
  outbox,
  users,
} from '../src/tables.js';
import { runInviteJob } from '../src/lines/exchange/operations/run-invite-job.js';
import { findInvitationsForUser, getOrderForInsurer, markInvitation } from '../src/lines/exchange/index.js';
import { createOrg, createTestApp, createUser, sessionFor, type Headers, type TestApp } from './helpers.js';
import { getCaptcha, postLogin, snapshot } from './accounts-support.js';
import { residentId, workbook } from './imports-support.js';
import {
  COMPANY,
  creditCode,
  EXCHANGE_STATE,
  ofOrder,
  PDF,
  PNG,
  postFile,
  readyOrder,
  rosterWorkbook,
  ROSTER_HEADER,
  seedExchange,
  tableCounts,
  uploadRoster,
  type ExchangeSeed,
} from './exchange-support.js';

let t: TestApp;
let s: ExchangeSeed;

beforeAll(async () => {
  t = await createTestApp();
  await t.ctx.jobs.start();
  s = await seedExchange(t);
});
afterAll(async () => {
  await t?.close();
});

const REG = {
  username: 'acme_hr',
  password: 'Reg#Passw0rd2026',
  passwordConfirm: 'Reg#Passw0rd2026',
  companyName: '上海阿克米贸易有限公司',
  creditCode: creditCode('91310000MA1FL4CT3'),
  email: 'hr@acme.example.com',
  contactName: '李四',
  contactMobile: '13912345678',
};

/** The approval timeline of a registration as the admin reads it (GET /api/approvals by subject). */
async function registrationTimeline(id: string) {
  const res = await t.request({
    method: 'GET',
    url: `/api/approvals?subjectType=exchange.registration&subjectId=${id}`,
    as: s.asAdmin,
  });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.json().items).toHaveLength(1);
  return res.json().items[0];
}

async function register(body: Record<string, unknown>) {
  const captcha = await getCaptcha(t);
  return t.request({
    method: 'POST',
    url: '/api/public/enterprise-registrations',
    payload: { ...body, captchaId: captcha.captchaId, captchaAnswer: captcha.answer },
  });
}

describe('enterprise registration and approval (EX-3)', () => {
  let registrationId: string;

  it('registers a pending enterprise whose operator cannot sign in yet', async () => {
    const res = await register(REG);
    expect(res.statusCode, res.body).toBe(200);
    registrationId = res.json().registrationId;
    const [user] = await t.ctx.db.select().from(users).where(eq(users.username, 'acme_hr'));
    expect(user).toMatchObject({
      status: 'pending',
      role: 'enterprise_operator',
      displayName: REG.contactName,
      mobile: REG.contactMobile,
      email: REG.email,
      mustChangePassword: false, // the operator chose the password
    });
    const [org] = await t.ctx.db.select().from(organizations).where(eq(organizations.id, user!.orgId!));
    expect(org).toMatchObject({
      status: 'pending',
      type: 'enterprise',
      name: REG.companyName,
      code: REG.creditCode,
      parentId: s.platform.id,
      path: `${s.platform.path}${org!.id}/`,
      contactName: REG.contactName,
      contactMobile: REG.contactMobile,
      contactEmail: REG.email,
    });
    const login = await postLogin(t, { username: 'acme_hr', password: REG.password });
    expect(login.statusCode).toBe(403);
    expect(login.json().code).toBe('ACCOUNT_PENDING');
    // The registration waits at the exchange's level; the contact's submission is its first step.
    const timeline = await registrationTimeline(registrationId);
    expect(timeline).toMatchObject({
      status: 'submitted',
      currentLevel: 0,
      ownerOrgId: org!.id,
      line: 'TAX_HEALTH',
    });
    expect(timeline.levels).toEqual([
      expect.objectContaining({ orgId: s.platform.id, orgName: s.platform.name, roles: ['exchange_admin'] }),
    ]);
    expect(timeline.steps).toEqual([
      expect.objectContaining({
        seq: 1,
        action: 'submit',
        level: null,
        actor: {
          userId: user!.id,
          name: REG.contactName,
          role: 'enterprise_operator',
          orgId: org!.id,
          orgName: REG.companyName,
        },
        reason: null,
      }),
    ]);
  });

  it('refuses a duplicate username or credit code, bad check characters and a wrong captcha, changing nothing', async () => {
    const before = await snapshot(t, [
      'exchange_registrations',
      'organizations',
      'users',
      'approval_requests',
      'approval_steps',
    ]);
    const dupUser = await register({
      ...REG,
      creditCode: creditCode('91110000MA01K0Y87'),
      companyName: '另一家公司',
    });
    expect(dupUser.statusCode).toBe(409);
    expect(dupUser.json().message).toContain('用户名');
    const dupCode = await register({ ...REG, username: 'acme_hr2', companyName: '另一家公司' });
    expect(dupCode.statusCode).toBe(409);
    expect(dupCode.json().message).toContain('统一社会信用代码');
    const badCode = await register({
      ...REG,
      username: 'acme_hr3',
      creditCode: REG.creditCode.slice(0, 17) + (REG.creditCode.endsWith('0') ? '1' : '0'),
    });
    expect(badCode.statusCode).toBe(400);
    const mismatch = await register({ ...REG, username: 'acme_hr4', passwordConfirm: 'Other#Passw0rd' });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().message).toBe('两次输入的密码不一致');
    const weak = await register({
      ...REG,
      username: 'acme_hr5',
      password: 'short',
      passwordConfirm: 'short',
    });
    expect(weak.statusCode).toBe(400);
    const noNumbers = await register({ ...REG, username: 'acme_hr6', creditCode: null });
    expect(noNumbers.statusCode).toBe(400);
    const wrongCaptcha = await t.request({
      method: 'POST',
      url: '/api/public/enterprise-registrations',
      payload: {
        ...REG,
        username: 'acme_hr7',
        creditCode: creditCode('91110000MA01K0Y87'),
        companyName: '验证码公司',
        captchaId: (await getCaptcha(t)).captchaId,
        captchaAnswer: 'zzzz',
      },
    });
    expect(wrongCaptcha.statusCode).toBe(400);
    expect(wrongCaptcha.json().code).toBe('CAPTCHA_INVALID');
    expect(
      await snapshot(t, [
        'exchange_registrations',
        'organizations',
        'users',
        'approval_requests',
        'approval_steps',
      ]),
    ).toEqual(before);
  });

  it('accepts the three old numbers with a valid organization code', async () => {
    const bad = await register({
      ...REG,
      username: 'oldco',
      creditCode: null,
      companyName: '老证企业有限公司',
      orgCode: '12345678-0',
      licenceNo: '110000000000001',
      taxNo: '110108123456780',
    });
    expect(bad.statusCode).toBe(400);
    const ok = await register({
      ...REG,
      username: 'oldco',
      creditCode: null,
      companyName: '老证企业有限公司',
      orgCode: 'D2143569-X',
      licenceNo: '110000000000001',
      taxNo: '110108D2143569X',
    });
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it('lists registrations for the admin only; approval activates the account and e-mails the applicant', async () => {
    expect((await t.request({ method: 'GET', url: '/api/admin/registrations' })).statusCode).toBe(401);
    expect(
      (await t.request({ method: 'GET', url: '/api/admin/registrations', as: s.asOperator })).statusCode,
    ).toBe(403);
    const list = await t.request({
      method: 'GET',
      url: '/api/admin/registrations?status=pending',
      as: s.asAdmin,
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().total).toBe(2);
    expect(list.json().items[0].contactMobile).toBe('139****5678');

    const approved = await t.request({
      method: 'POST',
      url: `/api/admin/registrations/${registrationId}/approve`,
      as: s.asAdmin,
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().status).toBe('approved');
    const [mail] = await t.ctx.db
      .select()
      .from(outbox)
      .where(eq(outbox.template, 'enterprise_registration_approved'));
    expect(mail!.recipient).toBe(REG.email);
    const login = await postLogin(t, { username: 'acme_hr', password: REG.password });
    expect(login.statusCode, login.body).toBe(200);

    const again = await t.request({
      method: 'POST',
      url: `/api/admin/registrations/${registrationId}/reject`,
      payload: { reason: 'x' },
      as: s.asAdmin,
    });
    expect(again.statusCode).toBe(409);
    // The approval is a step of the timeline: who (the admin), when, at the exchange's level.
    const timeline = await registrationTimeline(registrationId);
    expect(timeline.status).toBe('approved');
    expect(timeline.decidedAt).not.toBeNull();
    expect(timeline.steps.map((x: { action: string }) => x.action)).toEqual(['submit', 'approve']);
    expect(timeline.steps[1]).toMatchObject({
      level: 0,
      fromStatus: 'submitted',
      toStatus: 'approved',
      actor: { userId: s.admin.id, role: 'exchange_admin', orgId: s.platform.id, orgName: s.platform.name },
      reason: null,
    });
    expect(Date.parse(timeline.steps[1].at)).toBeGreaterThanOrEqual(Date.parse(timeline.steps[0].at));
  });

  it('rejects with a reason sent by e-mail; the account stays unable to sign in', async () => {
    const list = await t.request({
      method: 'GET',
      url: '/api/admin/registrations?status=pending',
      as: s.asAdmin,
    });
    const id = list.json().items[0].id;
    const noReason = await t.request({
      method: 'POST',
      url: `/api/admin/registrations/${id}/reject`,
      payload: { reason: '' },
      as: s.asAdmin,
    });
    expect(noReason.statusCode).toBe(400);
    const res = await t.request({
      method: 'POST',
      url: `/api/admin/registrations/${id}/reject`,
      payload: { reason: '营业执照信息无法核实' },
      as: s.asAdmin,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'rejected', rejectReason: '营业执照信息无法核实' });
    const timeline = await registrationTimeline(id);
    expect(timeline.status).toBe('rejected');
    // The refused call without a reason left no step.
    expect(timeline.steps.map((x: { action: string }) => x.action)).toEqual(['submit', 'reject']);
    expect(timeline.steps[1]).toMatchObject({
      toStatus: 'rejected',
      reason: '营业执照信息无法核实',
      actor: { userId: s.admin.id, role: 'exchange_admin' },
    });
    const [mail] = await t.ctx.db
      .select()
      .from(outbox)
      .where(eq(outbox.template, 'enterprise_registration_rejected'));
    expect(mail!.body).toContain('营业执照信息无法核实');
    const login = await postLogin(t, { username: 'oldco', password: REG.password });
    expect(login.statusCode).toBe(403);
    const [user] = await t.ctx.db.select().from(users).where(eq(users.username, 'oldco'));
    expect(user!.status).toBe('disabled');
    const [org] = await t.ctx.db.select().from(organizations).where(eq(organizations.id, user!.orgId!));
    expect(org!.status).toBe('rejected');
  });
});

describe('orders: draft, company, scans, roster, submit (EX-4)', () => {
  let orderId: string;

  it('creates a draft for a listed product only', async () => {
    const missing = await t.request({
      method: 'POST',
      url: '/api/enterprise/orders',
      payload: { productId: '00000000-0000-4000-8000-000000000000' },
      as: s.asOperator,
    });
    expect(missing.statusCode).toBe(404);
    const res = await t.request({
      method: 'POST',
      url: '/api/enterprise/orders',
      payload: { productId: s.product.productId },
      as: s.asOperator,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'draft',
      productVersionId: s.product.versionId,
      insurerOrgId: s.insurer.id,
    });
    expect(res.json().orderNo).toMatch(/^EXO\d{14}$/);
    orderId = res.json().id;
  });

  it('validates company information; bad input changes nothing', async () => {
    const before = await snapshot(t, ['exchange_orders']);
    const bad = await t.request({
      method: 'PUT',
      url: `/api/enterprise/orders/${orderId}`,
      payload: {
        ...COMPANY,
        licenceNo: COMPANY.licenceNo.slice(0, 17) + (COMPANY.licenceNo.endsWith('0') ? '1' : '0'),
      },
      as: s.asOperator,
    });
    expect(bad.statusCode).toBe(400);
    const badOrg = await t.request({
      method: 'PUT',
      url: `/api/enterprise/orders/${orderId}`,
      payload: { ...COMPANY, orgCode: '12345678-0' },
      as: s.asOperator,
    });
    expect(badOrg.statusCode).toBe(400);
    expect(await snapshot(t, ['exchange_orders'])).toEqual(before);
    const ok = await t.request({
      method: 'PUT',
      url: `/api/enterprise/orders/${orderId}`,
      payload: COMPANY,
      as: s.asOperator,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().company.name).toBe(COMPANY.name);
  });

  it('hides the order from another enterprise (404) and refuses other roles (403)', async () => {
    const before = await snapshot(t, EXCHANGE_STATE);
    for (const req of [
      { method: 'GET' as const, url: `/api/enterprise/orders/${orderId}` },
      { method: 'PUT' as const, url: `/api/enterprise/orders/${orderId}`, payload: COMPANY },
      { method: 'POST' as const, url: `/api/enterprise/orders/${orderId}/submit` },
      { method: 'GET' as const, url: `/api/enterprise/orders/${orderId}/employees` },
      { method: 'POST' as const, url: `/api/enterprise/orders/${orderId}/remind` },
    ]) {
      const res = await t.request({ ...req, as: s.asOther });
      expect(res.statusCode, `${req.method} ${req.url}`).toBe(404);
      expect((await t.request({ ...req, as: s.asIndividual })).statusCode).toBe(403);
    }
    const scan = await postFile(
      t,
      s.asOther,
      `/api/enterprise/orders/${orderId}/scans/licence`,
      'a.pdf',
      PDF,
    );
    expect(scan.statusCode).toBe(404);
    const roster = await postFile(
      t,
      s.asOther,
      `/api/imports?template=exchange_roster&orderId=${orderId}`,
      'r.xlsx',
      await rosterWorkbook(1),
    );
    expect(roster.statusCode).toBe(404);
    const list = await t.request({ method: 'GET', url: '/api/enterprise/orders', as: s.asOther });
    expect(list.json().total).toBe(0);
    expect(await snapshot(t, EXCHANGE_STATE)).toEqual(before);
  });

  it('refuses to submit without scans and roster, naming what is missing', async () => {
    const before = await snapshot(t, ['exchange_orders']);
    const res = await t.request({
      method: 'POST',
      url: `/api/enterprise/orders/${orderId}/submit`,
      as: s.asOperator,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('营业执照扫描件');
    expect(res.json().message).toContain('员工名单');
    expect(await snapshot(t, ['exchange_orders'])).toEqual(before);
  });

  it('stores the three scans (PDF/PNG/JPEG only)', async () => {
    const bad = await postFile(
      t,
      s.asOperator,
      `/api/enterprise/orders/${orderId}/scans/licence`,
      'a.txt',
      Buffer.from('hello'),
    );
    expect(bad.statusCode).toBe(415);
    const badKind = await postFile(
      t,
      s.asOperator,
      `/api/enterprise/orders/${orderId}/scans/passport`,
      'a.pdf',
      PDF,
    );
    expect(badKind.statusCode).toBe(400);
    await postFile(t, s.asOperator, `/api/enterprise/orders/${orderId}/scans/licence`, '营业执照.pdf', PDF);
    await postFile(t, s.asOperator, `/api/enterprise/orders/${orderId}/scans/orgCode`, 'org.png', PNG);
    const last = await postFile(
      t,
      s.asOperator,
      `/api/enterprise/orders/${orderId}/scans/taxCert`,
      'tax.pdf',
      PDF,
    );
    expect(last.statusCode, last.body).toBe(200);
    expect(Object.values(last.json().scans).every(Boolean)).toBe(true);
  });

  it('validates the roster on upload and saves nothing until it is clean', async () => {
    const tpl = await t.request({
      method: 'GET',
      url: '/api/imports/templates/exchange_roster/download',
      as: s.asOperator,
    });
    expect(tpl.statusCode).toBe(200);
    const bad = await workbook(
      [
        ROSTER_HEADER,
        ['张三', '身份证', '11010519491231002Y', '', '', '13800138000', '', '', '', '', '', ''],
        ['李四', '身份证', residentId('19800101', 11), '', '', '', '火星医保', '', '', '', '', ''],
      ],
      { textColumns: [3, 6] },
    );
    const imp = await uploadRoster(t, s, orderId, bad);
    expect(imp.status).toBe('invalid');
    expect(imp.errorRows).toBe(2);
    expect((await tableCounts(t, ['roster_people'])).roster_people).toBe(0);

    await uploadRoster(t, s, orderId, await rosterWorkbook(4));
    const [o1] = await t.ctx.db.select().from(exchangeOrders).where(eq(exchangeOrders.id, orderId));
    expect(o1!.rosterCount).toBe(4);
    // A second roster replaces the first while the order is a draft.
    await uploadRoster(t, s, orderId, await rosterWorkbook(3, { start: 100 }));
    const rows = await t.ctx.db.select().from(rosterPeople).where(ofOrder(orderId));
    expect(rows.map((r) => r.name).sort()).toEqual(['员工100', '员工101', '员工102']);
    const [o2] = await t.ctx.db.select().from(exchangeOrders).where(eq(exchangeOrders.id, orderId));
    expect(o2!.rosterCount).toBe(3);
    expect(rows[0]!.idNumberEnc).not.toContain('1101');
    expect(rows[0]!.extra).toMatchObject({ medicalType: '城镇职工医保', frequency: '年缴' });
  });

  it('submits → 待预核保, after which the draft cannot change', async () => {
    const res = await t.request({
      method: 'POST',
      url: `/api/enterprise/orders/${orderId}/submit`,
      as: s.asOperator,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('submitted');
    const before = await snapshot(t, EXCHANGE_STATE);
    expect(
      (
        await t.request({
          method: 'PUT',
          url: `/api/enterprise/orders/${orderId}`,
          payload: COMPANY,
          as: s.asOperator,
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (await t.request({ method: 'POST', url: `/api/enterprise/orders/${orderId}/submit`, as: s.asOperator }))
        .statusCode,
    ).toBe(409);
    expect(
      (await postFile(t, s.asOperator, `/api/enterprise/orders/${orderId}/scans/licence`, 'a.pdf', PDF))
        .statusCode,
    ).toBe(409);
    expect(
      (
        await postFile(
          t,
          s.asOperator,
          `/api/imports?template=exchange_roster&orderId=${orderId}`,
          'r.xlsx',
          await rosterWorkbook(1),
        )
      ).statusCode,
    ).toBe(409);
    expect(await snapshot(t, EXCHANGE_STATE)).toEqual(before);
  });

  it('shows the order in the admin list with filters, and the detail with a masked roster and history', async () => {
    const list = await t.request({
      method: 'GET',
      url: `/api/admin/orders?status=submitted&company=${encodeURIComponent(s.enterprise.name.slice(0, 6))}`,
      as: s.asAdmin,
    });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items.map((o: { id: string }) => o.id)).toContain(orderId);
    expect(list.json().items[0]).toMatchObject({
      insurerName: '测试人寿',
      productName: '税优健康险测试产品',
    });
    const none = await t.request({
      method: 'GET',
      url: '/api/admin/orders?from=2000-01-01&to=2000-01-31',
      as: s.asAdmin,
    });
    expect(none.json().total).toBe(0);
    const drafts = await t.request({ method: 'GET', url: '/api/admin/orders?status=draft', as: s.asAdmin });
    expect(drafts.json().items.map((o: { id: string }) => o.id)).not.toContain(orderId);
    const detail = await t.request({ method: 'GET', url: `/api/admin/orders/${orderId}`, as: s.asAdmin });
    expect(detail.statusCode).toBe(200);
    const body = detail.json();
    expect(body.roster).toHaveLength(3);
    expect(body.roster[0].idNumberMasked).toMatch(/\*/);
    expect(body.roster[0].mobileMasked).toMatch(/\*\*\*\*/);
    expect(body.history.map((h: { action: string }) => h.action)).toEqual(['create', 'submit']);
    const file = await t.request({ method: 'GET', url: `/api/files/${body.scans.licence}`, as: s.asAdmin });
    expect(file.statusCode).toBe(200);
    const foreign = await t.request({
      method: 'GET',
      url: `/api/files/${body.scans.licence}`,
      as: s.asOther,
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('refuses a result before the order is sent, then sends by e-mail with attachments', async () => {
    const early = await t.request({
      method: 'POST',
      url: `/api/admin/orders/${orderId}/result`,
      payload: { passed: false, reason: '不符合' },
      as: s.asAdmin,
    });
    expect(early.statusCode).toBe(409);
    const api = await t.request({
      method: 'POST',
      url: `/api/admin/orders/${orderId}/send`,
      payload: { via: 'api' },
      as: s.asAdmin,
    });
    expect(api.statusCode).toBe(409);
    const res = await t.request({
      method: 'POST',
      url: `/api/admin/orders/${orderId}/send`,
      payload: { via: 'email' },
      as: s.asAdmin,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'sent', sentVia: 'email' });
    const [mail] = await t.ctx.db
      .select()
      .from(outbox)
      .where(eq(outbox.template, 'exchange_order_to_insurer'));
    expect(mail!.recipient).toBe('cases@insurer.example.com');
    expect(mail!.attachments).toHaveLength(4);
    const insurerView = await getOrderForInsurer(t.ctx, s.insurer.id, res.json().orderNo);
    expect(insurerView!.roster).toHaveLength(3);
    expect(insurerView!.roster[0]!.idNumber).toMatch(/^\d{17}[\dX]$/);
    expect(await getOrderForInsurer(t.ctx, s.other.id, res.json().orderNo)).toBeNull();
  });

  it('lets the admin download the full roster, audited as a full view of personal data', async () => {
    const res = await t.request({ method: 'GET', url: `/api/admin/orders/${orderId}/roster`, as: s.asAdmin });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ids = wb.worksheets[0]!.getColumn(4).values.slice(2) as string[];
    expect(ids).toHaveLength(3);
    expect(ids.every((id) => /^\d{17}[\dX]$/.test(String(id)))).toBe(true);
    const audits = await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, orderId));
    expect(audits.some((a) => a.action === 'pii.view' && a.detail.what === 'roster_download')).toBe(true);
    const operator = await t.request({
      method: 'GET',
      url: `/api/admin/orders/${orderId}/roster`,
      as: s.asOperator,
    });
    expect(operator.statusCode).toBe(403);
  });

  it('lists the sent case in the insurer console (投保案件), only to that insurer', async () => {
    const mine = await t.request({ method: 'GET', url: '/api/insurer/orders', as: s.asInsurer });
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json().items.map((o: { id: string }) => o.id)).toContain(orderId);
    expect(
      mine.json().items.every((o: { status: string }) => ['sent', 'passed', 'failed'].includes(o.status)),
    ).toBe(true);
    const otherInsurer = await createOrg(t, { type: 'insurer', parentId: s.platform.id });
    const otherStaff = await createUser(t, { role: 'insurer_staff', orgId: otherInsurer.id });
    const theirs = await t.request({
      method: 'GET',
      url: '/api/insurer/orders',
      as: await sessionFor(t, otherStaff),
    });
    expect(theirs.statusCode).toBe(200);
    expect(theirs.json().items).toEqual([]);
    const operator = await t.request({ method: 'GET', url: '/api/insurer/orders', as: s.asOperator });
    expect(operator.statusCode).toBe(403);
  });

  it('records a failed pre-underwriting: reason, e-mail, visible to the enterprise; no second result', async () => {
    const bad = await t.request({
      method: 'POST',
      url: `/api/admin/orders/${orderId}/result`,
      payload: { passed: false, reason: '' },
      as: s.asAdmin,
    });
    expect(bad.statusCode).toBe(400);
    const res = await t.request({
      method: 'POST',
      url: `/api/admin/orders/${orderId}/result`,
      payload: { passed: false, reason: '参保员工年龄结构不符合要求' },
      as: s.asAdmin,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'failed', taskId: null });
    const [mail] = await t.ctx.db
      .select()
      .from(outbox)
      .where(eq(outbox.template, 'exchange_pre_underwriting_failed'));
    expect(mail!.recipient).toBe('operator@enterprise.example.com');
    expect(mail!.body).toContain('参保员工年龄结构不符合要求');
    const mine = await t.request({ method: 'GET', url: '/api/enterprise/orders', as: s.asOperator });
    const row = mine.json().items.find((o: { id: string }) => o.id === orderId);
    expect(row).toMatchObject({ status: 'failed', failReason: '参保员工年龄结构不符合要求' });
    const again = await t.request({
      method: 'POST',
      url: `/api/admin/orders/${orderId}/result`,
      payload: { passed: true, windowStart: '2026-01-01', windowEnd: '2026-12-31', invitationCode: 'X' },
      as: s.asAdmin,
    });
    expect(again.statusCode).toBe(409);
  });
});

describe('pass: employee accounts, invitations and SMS (EX-5)', () => {
  let orderId: string;
  let taskId: string;
  const existingId = residentId('19850505', 31);

  it('reuses an existing account with the same ID number and creates the others, SMS once each', async () => {
    // An individual who already has an account (same ID number) must not get a second one.
    const existing = await createUser(t, { role: 'individual', username: 'existing_person' });
    await t.ctx.db
      .update(users)
      .set({
        idNumberIdx: t.ctx.crypto.blindIndex(existingId),
        idNumberEnc: t.ctx.crypto.encrypt(existingId),
      })
      .where(eq(users.id, existing.id));
    const roster = await rosterWorkbook(3, { start: 500, ids: [existingId] });
    orderId = await readyOrder(t, s, 3, roster);
    expect(
      (await t.request({ method: 'POST', url: `/api/enterprise/orders/${orderId}/submit`, as: s.asOperator }))
        .statusCode,
    ).toBe(200);
    expect(
      (
        await t.request({
          method: 'POST',
          url: `/api/admin/orders/${orderId}/send`,
          payload: { via: 'email' },
          as: s.asAdmin,
        })
      ).statusCode,
    ).toBe(200);
    const badWindow = await t.request({
      method: 'POST',
      url: `/api/admin/orders/${orderId}/result`,
      payload: { passed: true, windowStart: '2026-12-31', windowEnd: '2026-01-01', invitationCode: 'G1' },
      as: s.asAdmin,
    });
    expect(badWindow.statusCode).toBe(400);
    const usersBefore = (await tableCounts(t, ['users'])).users;
    const res = await t.request({
      method: 'POST',
      url: `/api/admin/orders/${orderId}/result`,
      payload: {
        passed: true,
        windowStart: '2026-01-01',
        windowEnd: '2099-12-31',
        invitationCode: 'GRP-2026-01',
        remarks: '首批',
      },
      as: s.asAdmin,
    });
    expect(res.statusCode, res.body).toBe(200);
    taskId = res.json().taskId;
    const done = await t.ctx.jobs.waitFor(taskId, 60_000);
    expect(done).toMatchObject({ status: 'succeeded' });
    expect((await tableCounts(t, ['users'])).users).toBe(usersBefore! + 2);
    const roster2 = await t.ctx.db.select().from(rosterPeople).where(ofOrder(orderId));
    expect(roster2.every((r) => r.userId)).toBe(true);
    expect(roster2.find((r) => r.idNumberIdx === t.ctx.crypto.blindIndex(existingId))!.userId).toBe(
      existing.id,
    );
    const invitations = await t.ctx.db
      .select()
      .from(exchangeInvitations)
      .where(eq(exchangeInvitations.orderId, orderId));
    expect(invitations).toHaveLength(3);
    const sms = await t.ctx.db
      .select()
      .from(outbox)
      .where(sql`${outbox.dedupeKey} like ${`exchange-invite:${orderId}:%`}`);
    expect(sms).toHaveLength(3);
    expect(sms.filter((m) => m.template === 'exchange_invitation')).toHaveLength(2);
    const reusedSms = sms.find((m) => m.template === 'exchange_invitation_existing')!;
    expect(reusedSms.body).toContain('existing_person');
    expect(reusedSms.body).not.toContain('初始密码');
    // The new account signs in with the SMS credentials and must change its password.
    const fresh = sms.find((m) => m.template === 'exchange_invitation')!;
    const login = await postLogin(t, {
      username: String(fresh.params.username),
      password: String(fresh.params.password),
    });
    expect(login.statusCode, login.body).toBe(200);
    expect(login.json().stage).toBe('password');

    // Usernames are not the mobile number, and no full mobile is in any invitation's text.
    const rosterMobiles = roster2.map((r) => r.mobile);
    for (const m of sms) {
      expect(String(m.params.username)).not.toMatch(/1[3-9]\d{9}/);
      for (const mobile of rosterMobiles) expect(m.body).not.toContain(mobile);
      expect(m.body).toContain('本手机号登录');
    }
    expect(String(fresh.params.username)).toMatch(/^u[a-z2-9]{9}$/);
    expect(fresh.body).toContain('或用本手机号登录');
    // …and the mobile number signs in as well.
    const freshMobile = fresh.recipient;
    const byMobile = await postLogin(t, { username: freshMobile, password: String(fresh.params.password) });
    expect(byMobile.statusCode, byMobile.body).toBe(200);
    expect(byMobile.json().user.username).toBe(fresh.params.username);
    // The administrators' user list shows none of the employees' mobile numbers in full.
    const list = await t.request({ method: 'GET', url: '/api/admin/users?pageSize=200', as: s.asAdmin });
    expect(list.statusCode, list.body).toBe(200);
    const listed = list.json().items.map((u: { username: string }) => u.username);
    expect(listed).toContain(fresh.params.username);
    for (const mobile of rosterMobiles) expect(list.body).not.toContain(mobile);
    const [task] = (
      (await t.ctx.db.execute(
        sql`select progress_done, progress_total from tasks where id = ${taskId}`,
      )) as unknown as { rows: { progress_done: number; progress_total: number }[] }
    ).rows;
    expect(task).toMatchObject({ progress_done: 3, progress_total: 3 });
  });

  it('rerunning the job creates nothing twice', async () => {
    const before = await tableCounts(t, ['users', 'exchange_invitations', 'outbox']);
    const result = await runInviteJob(t.ctx, {
      taskId,
      payload: { orderId },
      ownerUserId: null,
      orgId: null,
      attempt: 2,
      progress: async () => undefined,
    });
    // Totals over every run of the job: the first run created the two accounts, this one none.
    expect(result.result).toMatchObject({ total: 3, created: 2, reused: 1 });
    // Even with the roster links undone (a crash between chunks would leave rows unlinked), no duplicates.
    await t.ctx.db.update(rosterPeople).set({ userId: null }).where(ofOrder(orderId));
    await runInviteJob(t.ctx, {
      taskId,
      payload: { orderId },
      ownerUserId: null,
      orgId: null,
      attempt: 3,
      progress: async () => undefined,
    });
    expect(await tableCounts(t, ['users', 'exchange_invitations', 'outbox'])).toEqual(before);
  });

  it('reports totals over all runs when a run dies between chunks and the job is resumed', async () => {
    const crashedOrder = await readyOrder(t, s, 5, await rosterWorkbook(5, { start: 700 }));
    // Passed without the result route (which would start the job on the running workers).
    await t.ctx.db
      .update(exchangeOrders)
      .set({ status: 'passed' })
      .where(eq(exchangeOrders.id, crashedOrder));
    const usersBefore = (await tableCounts(t, ['users'])).users!;
    const job = (attempt: number, progress: (done: number) => Promise<void>) => ({
      taskId: crypto.randomUUID(),
      payload: { orderId: crashedOrder },
      ownerUserId: null,
      orgId: null,
      attempt,
      progress,
    });
    // First run: the process dies right after its first chunk (2 rows) committed.
    await expect(
      runInviteJob(
        t.ctx,
        job(1, async (done) => {
          if (done > 0) throw new Error('进程被终止');
        }),
        { chunkRows: 2 },
      ),
    ).rejects.toThrow('进程被终止');
    expect((await tableCounts(t, ['users'])).users).toBe(usersBefore + 2);
    const seen: number[] = [];
    const resumed = await runInviteJob(
      t.ctx,
      job(2, async (done) => void seen.push(done)),
      { chunkRows: 2 },
    );
    expect(seen[0]).toBe(2); // resumed where the first run stopped
    expect((await tableCounts(t, ['users'])).users).toBe(usersBefore + 5);
    expect(resumed.result).toEqual({ orderId: crashedOrder, total: 5, created: 5, reused: 0 });
  });

  it('gives the employee an invitation the personal side can read and mark', async () => {
    const [inv] = await t.ctx.db
      .select()
      .from(exchangeInvitations)
      .where(eq(exchangeInvitations.orderId, orderId))
      .limit(1);
    const mine = await findInvitationsForUser(t.ctx, inv!.userId);
    expect(mine.find((i) => i.orderId === orderId)).toMatchObject({
      productId: s.product.productId,
      productVersionId: s.product.versionId,
      insurerOrgId: s.insurer.id,
      windowStart: '2026-01-01',
      windowEnd: '2099-12-31',
      status: 'invited',
    });
    await markInvitation(t.ctx, t.ctx.db, inv!.id, 'applied');
    const [after] = await t.ctx.db
      .select()
      .from(exchangeInvitations)
      .where(eq(exchangeInvitations.id, inv!.id));
    expect(after!.status).toBe('applied');
    await expect(
      markInvitation(t.ctx, t.ctx.db, '00000000-0000-4000-8000-000000000000', 'applied'),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('shows the enterprise who applied and who has not, and reminds the others once an hour', async () => {
    const res = await t.request({
      method: 'GET',
      url: `/api/enterprise/orders/${orderId}/employees`,
      as: s.asOperator,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().summary).toMatchObject({ total: 3, invited: 2, applied: 1 });
    expect(res.json().items[0].mobileMasked).toMatch(/\*\*\*\*/);
    const invitedOnly = await t.request({
      method: 'GET',
      url: `/api/enterprise/orders/${orderId}/employees?status=invited`,
      as: s.asOperator,
    });
    expect(invitedOnly.json().total).toBe(2);
    const remind = await t.request({
      method: 'POST',
      url: `/api/enterprise/orders/${orderId}/remind`,
      as: s.asOperator,
    });
    expect(remind.statusCode, remind.body).toBe(200);
    expect(remind.json().reminded).toBe(2);
    const sms = await t.ctx.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.template, 'exchange_reminder')));
    expect(sms).toHaveLength(2);
    const before = await snapshot(t, EXCHANGE_STATE);
    const again = await t.request({
      method: 'POST',
      url: `/api/enterprise/orders/${orderId}/remind`,
      as: s.asOperator,
    });
    expect(again.statusCode).toBe(429);
    expect(await snapshot(t, EXCHANGE_STATE)).toEqual(before);
  });

  it('refuses a reminder for an order that has not passed', async () => {
    const [failed] = await t.ctx.db.select().from(exchangeOrders).where(eq(exchangeOrders.status, 'failed'));
    const res = await t.request({
      method: 'POST',
      url: `/api/enterprise/orders/${failed!.id}/remind`,
      as: s.asOperator,
    });
    expect(res.statusCode).toBe(409);
  });
});

describe('sending through the insurer API', () => {
  it('queues the order.submitted webhook for an integrated insurer and marks the order sent via api', async () => {
    const orderId = await readyOrder(t, s, 2, await rosterWorkbook(2, { start: 900 }));
    await t.request({ method: 'POST', url: `/api/enterprise/orders/${orderId}/submit`, as: s.asOperator });
    await t.ctx.db.execute(sql`insert into insurer_api_keys (insurer_org_id, key_id, secret_enc, webhook_url)
      values (${s.insurer.id}, ${'k_' + orderId.slice(0, 8)}, ${t.ctx.crypto.encrypt('secret')}, ${'https://insurer.example.com/hook'})`);
    const res = await t.request({
      method: 'POST',
      url: `/api/admin/orders/${orderId}/send`,
      payload: { via: 'api' },
      as: s.asAdmin,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'sent', sentVia: 'api' });
    const hooks = (await t.ctx.db.execute(sql`select event, payload from webhook_deliveries`)) as unknown as {
      rows: { event: string; payload: { data: { orderNo: string } } }[];
    };
    expect(hooks.rows.find((h) => h.payload.data.orderNo === res.json().orderNo)?.event).toBe(
      'order.submitted',
    );
    await t.ctx.db.execute(sql`delete from insurer_api_keys where insurer_org_id = ${s.insurer.id}`);
  });
});

describe('access matrix of the exchange routes', () => {
  const U = '00000000-0000-4000-8000-000000000000';
  const routes: { method: 'GET' | 'POST' | 'PUT'; url: string; roles: Role[]; payload?: unknown }[] = [
    { method: 'GET', url: '/api/admin/registrations', roles: ['exchange_admin'] },
    { method: 'POST', url: `/api/admin/registrations/${U}/approve`, roles: ['exchange_admin'] },
    {
      method: 'POST',
      url: `/api/admin/registrations/${U}/reject`,
      roles: ['exchange_admin'],
      payload: { reason: 'x' },
    },
    { method: 'GET', url: '/api/admin/orders', roles: ['exchange_admin'] },
    { method: 'GET', url: `/api/admin/orders/${U}`, roles: ['exchange_admin'] },
    { method: 'GET', url: `/api/admin/orders/${U}/employees`, roles: ['exchange_admin'] },
    {
      method: 'POST',
      url: `/api/admin/orders/${U}/send`,
      roles: ['exchange_admin'],
      payload: { via: 'email' },
    },
    {
      method: 'POST',
      url: `/api/admin/orders/${U}/result`,
      roles: ['exchange_admin'],
      payload: { passed: false, reason: 'x' },
    },
    { method: 'GET', url: '/api/enterprise/orders', roles: ['enterprise_operator'] },
    {
      method: 'POST',
      url: '/api/enterprise/orders',
      roles: ['enterprise_operator'],
      payload: { productId: U },
    },
    { method: 'GET', url: `/api/enterprise/orders/${U}`, roles: ['enterprise_operator'] },
    { method: 'PUT', url: `/api/enterprise/orders/${U}`, roles: ['enterprise_operator'], payload: COMPANY },
    { method: 'POST', url: `/api/enterprise/orders/${U}/scans/licence`, roles: ['enterprise_operator'] },
    { method: 'POST', url: `/api/enterprise/orders/${U}/submit`, roles: ['enterprise_operator'] },
    { method: 'GET', url: `/api/enterprise/orders/${U}/employees`, roles: ['enterprise_operator'] },
    { method: 'POST', url: `/api/enterprise/orders/${U}/remind`, roles: ['enterprise_operator'] },
  ];
  const sessions = new Map<Role, Headers>();

  beforeAll(async () => {
    const orgFor: Partial<Record<Role, string>> = {
      exchange_admin: s.platform.id,
      security_admin: s.platform.id,
      enterprise_operator: s.enterprise.id,
      insurer_staff: s.insurer.id,
    };
    for (const role of ROLES) {
      if (role.startsWith('union') || role.startsWith('travel')) continue;
      const u = await createUser(t, { role, orgId: orgFor[role] ?? null });
      sessions.set(role, await sessionFor(t, u));
    }
  });

  it('anonymous → 401, other roles → 403, allowed roles get past the guard; refusals change nothing', async () => {
    const before = await snapshot(t, EXCHANGE_STATE);
    for (const r of routes) {
      const anon = await t.request({ method: r.method, url: r.url, payload: r.payload as never });
      expect(anon.statusCode, `${r.method} ${r.url}`).toBe(401);
      for (const [role, as] of sessions) {
        const res = await t.request({ method: r.method, url: r.url, payload: r.payload as never, as });
        if (r.roles.includes(role))
          expect([200, 400, 404], `${role} ${r.method} ${r.url}`).toContain(res.statusCode);
        else expect(res.statusCode, `${role} ${r.method} ${r.url}`).toBe(403);
      }
    }
    expect(await snapshot(t, EXCHANGE_STATE)).toEqual(before);
  });
});
