import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { auditLog, bankCards, users } from '../src/tables.js';
import { createOrg, createTestApp, createUser, seedBasics, sessionFor, type TestApp } from './helpers.js';
import { countRows, snapshot } from './accounts-support.js';

// 19 digits, passes Luhn.
const CARD = '6222021234567890128';
const CARD_NO_LUHN = '6222021234567890123';

describe('personal data (PL-7): bank cards encrypted at rest, masking, profile', () => {
  let t: TestApp;
  let individual: Awaited<ReturnType<typeof createUser>>;
  let as: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    individual = await createUser(t, { role: 'individual' });
    as = await sessionFor(t, individual);
  });
  afterAll(async () => t.close());

  it('stores a bank card encrypted with its key id, a blind index and a masked copy', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/me/bank-cards',
      payload: { holderName: '张三', bankName: '中国工商银行', cardNumber: '6222 0212 3456 7890 128' },
      as,
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      holderName: '张三',
      bankName: '中国工商银行',
      cardMasked: '6222 **** **** *** 0128',
      warnings: [],
    });
    expect(res.body).not.toContain(CARD);

    // The raw column does not contain the number, in any form.
    const raw = await t.ctx.db.execute(
      sql`select card_enc, card_idx, card_masked, key_id from bank_cards where id = ${body.id}`,
    );
    const row = (raw as unknown as { rows: Record<string, string>[] }).rows[0]!;
    expect(row.card_enc).not.toContain(CARD);
    expect(row.card_enc).not.toContain(CARD.slice(4, 12));
    expect(row.card_idx).not.toContain(CARD);
    expect(row.card_masked).not.toContain(CARD.slice(4, 12));
    expect(row.key_id).toBe('t1');
    expect(t.ctx.crypto.keyIdOf(row.card_enc!)).toBe('t1');
    expect(t.ctx.crypto.decrypt(row.card_enc!)).toBe(CARD);

    // Exact lookup through the blind index, without decrypting anything.
    const found = await t.ctx.db
      .select({ id: bankCards.id, userId: bankCards.userId })
      .from(bankCards)
      .where(eq(bankCards.cardIdx, t.ctx.crypto.blindIndex(CARD)));
    expect(found).toEqual([{ id: body.id, userId: individual.id }]);
  });

  it('lists the cards masked only', async () => {
    const res = await t.request({ method: 'GET', url: '/api/me/bank-cards', as });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toHaveLength(1);
    expect(res.json().items[0]).toEqual({
      id: expect.any(String),
      holderName: '张三',
      bankName: '中国工商银行',
      cardMasked: '6222 **** **** *** 0128',
      createdAt: expect.any(String),
    });
    expect(res.body).not.toContain(CARD);
  });

  it('refuses the same card twice (found through the blind index) and changes nothing', async () => {
    const before = await snapshot(t, ['bank_cards', 'audit_log']);
    const res = await t.request({
      method: 'POST',
      url: '/api/me/bank-cards',
      payload: { holderName: '张三', cardNumber: CARD },
      as,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toMatch(/已添加/);
    expect(await snapshot(t, ['bank_cards', 'audit_log'])).toEqual(before);
  });

  it('accepts a card failing Luhn with a warning only', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/me/bank-cards',
      payload: { holderName: '张三', cardNumber: CARD_NO_LUHN },
      as,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().warnings).toEqual([expect.stringMatching(/Luhn/)]);
  });

  it('refuses a malformed card number with a Chinese reason and changes nothing', async () => {
    const before = await countRows(t, ['bank_cards', 'audit_log']);
    const res = await t.request({
      method: 'POST',
      url: '/api/me/bank-cards',
      payload: { holderName: '张三', cardNumber: '6222-abc' },
      as,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/银行卡号/);
    expect(await countRows(t, ['bank_cards', 'audit_log'])).toEqual(before);
  });

  it('refuses a card number that is not 16–19 digits with a Chinese reason and changes nothing', async () => {
    const before = await countRows(t, ['bank_cards', 'audit_log']);
    for (const cardNumber of ['622202123456789', '62220212345678901234']) {
      const res = await t.request({
        method: 'POST',
        url: '/api/me/bank-cards',
        payload: { holderName: '张三', bankName: '中国工商银行', cardNumber },
        as,
      });
      expect(res.statusCode, cardNumber).toBe(400);
      expect(res.json().message).toBe(`银行卡号应为 16–19 位数字，当前为 ${cardNumber.length} 位`);
    }
    expect(await countRows(t, ['bank_cards', 'audit_log'])).toEqual(before);
  });

  it('stores exactly the digits typed and the chosen bank, warning when the BIN names another bank', async () => {
    const typed = '6228 4801 2345 6789 015';
    const someone = await sessionFor(t, await createUser(t, { role: 'individual' }));
    const res = await t.request({
      method: 'POST',
      url: '/api/me/bank-cards',
      payload: { holderName: '张三', bankName: '招商银行', cardNumber: typed },
      as: someone,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().bankName).toBe('招商银行');
    expect(res.json().warnings).toEqual([expect.stringMatching(/622848.*中国农业银行.*招商银行/)]);
    const [row] = await t.ctx.db
      .select({ cardEnc: bankCards.cardEnc })
      .from(bankCards)
      .where(eq(bankCards.id, res.json().id));
    expect(t.ctx.crypto.decrypt(row!.cardEnc)).toBe(typed.replace(/ /g, ''));
  });

  it('removes only the user’s own cards', async () => {
    const other = await createUser(t, { role: 'individual' });
    const otherAs = await sessionFor(t, other);
    const added = await t.request({
      method: 'POST',
      url: '/api/me/bank-cards',
      payload: { holderName: '李四', cardNumber: '6217000010001234566' },
      as: otherAs,
    });
    const id = added.json().id;
    const before = await countRows(t, ['bank_cards']);
    const foreign = await t.request({ method: 'DELETE', url: `/api/me/bank-cards/${id}`, as });
    expect(foreign.statusCode).toBe(404);
    expect(await countRows(t, ['bank_cards'])).toEqual(before);
    const own = await t.request({ method: 'DELETE', url: `/api/me/bank-cards/${id}`, as: otherAs });
    expect(own.statusCode).toBe(200);
    expect(await countRows(t, ['bank_cards'])).toEqual({ bank_cards: before.bank_cards! - 1 });
  });

  it('updates the profile, validating the mobile and e-mail with the domain rules', async () => {
    const bad = await t.request({ method: 'PUT', url: '/api/me/profile', payload: { mobile: '12345' }, as });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/手机号/);
    const badMail = await t.request({
      method: 'PUT',
      url: '/api/me/profile',
      payload: { email: 'a＠b。com' },
      as,
    });
    expect(badMail.statusCode).toBe(400);
    expect(badMail.json().message).toMatch(/全角/);
    // Formula text is no name: it would run in the rosters the admin and the insurer open.
    for (const displayName of ['=HYPERLINK("http://x","点我")', '+1+1', '@SUM(1+1)', '-2+3']) {
      const formula = await t.request({
        method: 'PUT',
        url: '/api/me/profile',
        payload: { displayName },
        as,
      });
      expect(formula.statusCode, displayName).toBe(400);
      expect(formula.json().message).toContain('姓名不能以 = + - @ 开头');
    }
    const [row] = await t.ctx.db
      .select({ mobile: users.mobile, displayName: users.displayName })
      .from(users)
      .where(eq(users.id, individual.id));
    expect(row!.mobile).toBe(individual.mobile);
    expect(row!.displayName).toMatch(/^测试用户/);

    const res = await t.request({
      method: 'PUT',
      url: '/api/me/profile',
      payload: {
        displayName: '张三',
        gender: 'M',
        age: 35,
        jobCategory: '办公室职员',
        address: '北京市海淀区中关村大街1号',
        mobile: '+86 138-0013-8000',
        email: 'Zhang@Example.com',
      },
      as,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      displayName: '张三',
      mobileMasked: '138****8000',
      email: 'Zhang@example.com',
      profile: { gender: 'M', age: 35, jobCategory: '办公室职员', address: '北京市海淀区中关村大街1号' },
    });
    expect(res.body).not.toContain('13800138000');
    const [after] = await t.ctx.db
      .select({ mobile: users.mobile })
      .from(users)
      .where(eq(users.id, individual.id));
    expect(after!.mobile).toBe('13800138000');
    const audit = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'user.profile_update'));
    expect(audit.at(-1)!.detail.fields).toEqual(expect.arrayContaining(['mobile', 'email']));
    expect(JSON.stringify(audit.at(-1)!.detail)).not.toContain('13800138000');
  });

  it('GET /api/me never carries the full mobile', async () => {
    const res = await t.request({ method: 'GET', url: '/api/me', as });
    expect(res.json().mobileMasked).toBe('138****8000');
    expect(res.body).not.toContain('13800138000');
  });

  it('the admin reveal shows the full card number and is audited', async () => {
    const { admin } = await seedBasics(t);
    const res = await t.request({
      method: 'POST',
      url: `/api/admin/users/${individual.id}/reveal`,
      as: await sessionFor(t, admin),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().bankCards.map((c: { cardNumber: string }) => c.cardNumber)).toEqual([
      CARD,
      CARD_NO_LUHN,
    ]);
    const [audit] = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'pii.view'));
    expect(audit).toMatchObject({ actorUserId: admin.id, entityId: individual.id });
    expect(audit!.detail.fields).toEqual(['mobile', 'bankCards']);
  });

  it('an insurer cannot see the bank-card routes of another user (own data only)', async () => {
    const org = await createOrg(t, { type: 'insurer' });
    const staff = await createUser(t, { role: 'insurer_staff', orgId: org.id });
    const res = await t.request({ method: 'GET', url: '/api/me/bank-cards', as: await sessionFor(t, staff) });
    expect(res.json().items).toEqual([]);
  });
});
