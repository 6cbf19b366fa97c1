import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { birthAndGenderOf, maskIdNumber, residentIdCheckChar } from '@policyhub/domain';
import { users } from '../src/tables.js';
import { createTestApp, createUser, sessionFor, type TestApp } from './helpers.js';

// Born 4 December 1990, a woman (17th digit even): 35 on 3 December 2026, 36 the day after.
const FIRST17 = '11010519901204002';
const ID = FIRST17 + residentIdCheckChar(FIRST17);
// 3 December 2026, 23:30 in Beijing: still the 3rd there, whatever the server's time zone.
const NOW = new Date('2026-12-03T15:30:00Z');

describe('我的信息: birth date, gender and age come from the ID number', () => {
  let t: TestApp;
  let as: Record<string, string>;
  let userId: string;

  beforeAll(async () => {
    t = await createTestApp({ now: () => NOW });
    const user = await createUser(t, { role: 'individual' });
    userId = user.id;
    // As the account is made from a roster: the ID stored with what packages/domain reads from it.
    await t.ctx.db
      .update(users)
      .set({
        idNumberEnc: t.ctx.crypto.encrypt(ID),
        idNumberIdx: t.ctx.crypto.blindIndex(ID),
        idNumberMasked: maskIdNumber(ID),
        ...birthAndGenderOf(ID),
        profile: { age: 20 },
      })
      .where(eq(users.id, user.id));
    as = await sessionFor(t, user);
  });
  afterAll(async () => t.close());

  it('GET /api/me gives them read from the ID, the age on Beijing’s today (not the typed one)', async () => {
    const res = await t.request({ method: 'GET', url: '/api/me', as });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().profile).toMatchObject({
      fromId: true,
      birthDate: '1990-12-04',
      gender: 'F',
      age: 35,
      idNumberMasked: maskIdNumber(ID),
    });
    expect(res.body).not.toContain(ID);
  });

  it('refuses another gender or age with a Chinese reason and changes nothing', async () => {
    const before = await t.ctx.db.select().from(users).where(eq(users.id, userId));
    for (const [payload, reason] of [
      [{ gender: 'M' }, '性别已由证件号码确定，不能修改'],
      [{ age: 40, address: '北京市' }, '年龄按证件号码中的出生日期计算，不能修改'],
    ] as const) {
      const res = await t.request({ method: 'PUT', url: '/api/me/profile', payload, as });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().message).toBe(reason);
    }
    const after = await t.ctx.db.select().from(users).where(eq(users.id, userId));
    expect(after).toEqual(before);
  });

  it('accepts the same gender and age (a no-op) with the other fields', async () => {
    const res = await t.request({
      method: 'PUT',
      url: '/api/me/profile',
      payload: { gender: 'F', age: 35, jobCategory: '1', address: '北京市东城区' },
      as,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().profile).toMatchObject({ gender: 'F', age: 35, jobCategory: '1', fromId: true });
    const [row] = await t.ctx.db
      .select({ gender: users.gender, birthDate: users.birthDate, profile: users.profile })
      .from(users)
      .where(eq(users.id, userId));
    expect(row).toEqual({
      gender: 'F',
      birthDate: '1990-12-04',
      profile: { age: 20, jobCategory: '1', address: '北京市东城区' },
    });
  });

  it('leaves gender and age to the user when no ID gives them', async () => {
    const other = await createUser(t, { role: 'individual' });
    const otherAs = await sessionFor(t, other);
    const res = await t.request({
      method: 'PUT',
      url: '/api/me/profile',
      payload: { gender: 'M', age: 41 },
      as: otherAs,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().profile).toMatchObject({
      fromId: false,
      birthDate: null,
      idNumberMasked: null,
      gender: 'M',
      age: 41,
    });
  });
});
