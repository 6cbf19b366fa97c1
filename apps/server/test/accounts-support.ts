import { and, desc, eq, sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { outbox } from '../src/tables.js';
import type { Headers, TestApp } from './helpers.js';

/** Test-only helpers shared by the accounts, organizations and access-matrix suites. */

type Requester = Pick<TestApp, 'request'>;

export async function getCaptcha(t: Requester): Promise<{ captchaId: string; answer: string }> {
  const res = await t.request({ method: 'GET', url: '/api/auth/captcha' });
  expect(res.statusCode).toBe(200);
  const body = res.json();
  return { captchaId: body.captchaId, answer: body.answer };
}

export async function postLogin(
  t: Requester,
  input: {
    username: string;
    password: string;
    captcha?: { captchaId: string; answer: string };
    headers?: Headers;
  },
): Promise<LightMyRequestResponse> {
  const captcha = input.captcha ?? (await getCaptcha(t));
  return t.request({
    method: 'POST',
    url: '/api/auth/login',
    payload: {
      username: input.username,
      password: input.password,
      captchaId: captcha.captchaId,
      captchaAnswer: captcha.answer,
    },
    headers: input.headers,
  });
}

/** Cookie + CSRF headers from a response that set the session cookies. */
export function sessionHeaders(res: LightMyRequestResponse): Headers {
  const cookies = res.cookies as { name: string; value: string }[];
  const session = cookies.find((c) => c.name === 'ph_session');
  const csrf = cookies.find((c) => c.name === 'ph_csrf');
  if (!session || !csrf) throw new Error(`no session cookies in response ${res.statusCode} ${res.body}`);
  return { cookie: `ph_session=${session.value}; ph_csrf=${csrf.value}`, 'x-csrf-token': csrf.value };
}

/** The parameters of the newest outbox message of a template to a recipient. */
export async function latestMessage(
  t: Pick<TestApp, 'ctx'>,
  recipient: string,
  template: string,
): Promise<Record<string, unknown> | null> {
  const [row] = await t.ctx.db
    .select({ params: outbox.params })
    .from(outbox)
    .where(and(eq(outbox.recipient, recipient), eq(outbox.template, template)))
    .orderBy(desc(outbox.createdAt))
    .limit(1);
  return row?.params ?? null;
}

export async function latestCode(t: Pick<TestApp, 'ctx'>, mobile: string): Promise<string> {
  const params = await latestMessage(t, mobile, 'login_code');
  if (!params) throw new Error(`no login code sent to ${mobile}`);
  return String(params.code);
}

/** Signs in through the real API: captcha, password, then the SMS code from the outbox when asked. */
export async function signIn(
  t: TestApp,
  user: { username: string; password: string; mobile: string },
): Promise<{ headers: Headers; stage: string }> {
  const res = await postLogin(t, user);
  expect(res.statusCode, res.body).toBe(200);
  let headers = sessionHeaders(res);
  let stage: string = res.json().stage;
  if (stage === 'sms') {
    const verify = await t.request({
      method: 'POST',
      url: '/api/auth/sms/verify',
      payload: { code: await latestCode(t, user.mobile) },
      as: headers,
    });
    expect(verify.statusCode, verify.body).toBe(200);
    stage = verify.json().stage;
    headers = sessionHeaders(verify); // the session moves on under a new token
  }
  return { headers, stage };
}

/** Row counts of the given tables, to show that a refused call changed nothing. */
export async function countRows(t: Pick<TestApp, 'ctx'>, tables: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const result = await t.ctx.db.execute(sql.raw(`select count(*)::int as n from ${table}`));
    const rows = (result as unknown as { rows: { n: number }[] }).rows;
    counts[table] = Number(rows[0]!.n);
  }
  return counts;
}

/** A fingerprint of whole tables (every column), for before/after comparisons. */
export async function snapshot(t: Pick<TestApp, 'ctx'>, tables: string[]): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of tables) {
    const r = await t.ctx.db.execute(
      sql.raw(`select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from ${table} x`),
    );
    result[table] = String((r as unknown as { rows: { h: string }[] }).rows[0]!.h);
  }
  return result;
}

export const STATE_TABLES = [
  'users',
  'organizations',
  'sessions',
  'bank_cards',
  'outbox',
  'audit_log',
  'sms_codes',
];
