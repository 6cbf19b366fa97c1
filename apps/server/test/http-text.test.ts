import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { ROLES, type Role } from '@policyhub/domain';
import { users } from '../src/tables.js';
import { createOrg, createTestApp, createUser, sessionFor, type Headers, type TestApp } from './helpers.js';
import { getCaptcha } from './accounts-support.js';
import { COMPANY, PDF, creditCode, seedExchange } from './exchange-support.js';
import { createCast, makePolicy } from './documents-support.js';

/**
 * Text no column can store (U+0000 anywhere; a lone UTF-16 surrogate, which jsonb refuses and
 * text silently turns into U+FFFD) and a multipart body without a boundary: each is a 400 with a
 * Chinese reason naming the field, on every route, and nothing is stored.
 */

const UUID0 = '00000000-0000-4000-8000-000000000000';
const NUL_MESSAGE = /^「.+」含有不允许的控制字符（NUL），请删除后重试$/;
const SURROGATE_MESSAGE = /^「.+」含有无效的字符编码（不成对的 UTF-16 代理项），请删除后重试$/;
const CHINESE = /[\u4e00-\u9fff]/;

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};
type Operation = {
  parameters?: { in: 'query' | 'path'; name: string; schema?: JsonSchema }[];
  requestBody?: { content: Record<string, { schema?: JsonSchema }> };
};

/** Every table of the application schema, fingerprinted (every column of every row). */
async function databaseFingerprint(t: TestApp): Promise<Record<string, string>> {
  const tables = await t.ctx.db.execute(
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const out: Record<string, string> = {};
  for (const { name } of (tables as unknown as { rows: { name: string }[] }).rows) {
    const r = await t.ctx.db.execute(
      sql.raw(`select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from "${name}" x`),
    );
    out[name] = String((r as unknown as { rows: { h: string }[] }).rows[0]!.h);
  }
  return out;
}

/** Paths (a.b, a.0.b) of the string-typed fields of a JSON schema, with a value builder each. */
function stringFields(schema: JsonSchema | undefined, path: string[] = []): string[][] {
  if (!schema) return [];
  const out: string[][] = [];
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes('string') && path.length > 0) out.push(path);
  for (const [k, v] of Object.entries(schema.properties ?? {})) out.push(...stringFields(v, [...path, k]));
  if (schema.items) out.push(...stringFields(schema.items, [...path, '0']));
  for (const alt of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])])
    out.push(...stringFields(alt, path));
  return out;
}

/** `{ a: [ { b: value } ] }` for the path a.0.b. */
function bodyWith(path: string[], value: string): unknown {
  let v: unknown = value;
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i]!;
    v = /^\d+$/.test(key) ? [v] : { [key]: v };
  }
  return v;
}

/** An app with a signed-in user of every role, and the routes of its OpenAPI document. */
function routeWalker() {
  const w = {
    t: undefined as unknown as TestApp,
    routes: [] as { method: string; path: string; op: Operation }[],
    asRole: new Map<Role, Headers>(),
    callers: new Map<string, Headers | null>(),
  };
  beforeAll(async () => {
    // The walk calls each rate-limited public route dozens of times, and its probing for a role
    // that gets through is itself a sweep of refused calls (audited unless the alert is raised).
    const many = '100000';
    w.t = await createTestApp({
      env: {
        LOGIN_RATE_LIMIT: many,
        QUERY_RATE_LIMIT: many,
        VERIFY_RATE_LIMIT: many,
        SMS_RATE_LIMIT: many,
        ACCESS_DENIED_ALERT: many,
      },
    });
    const platform = await createOrg(w.t, { type: 'platform' });
    for (const role of ROLES)
      w.asRole.set(role, await sessionFor(w.t, await createUser(w.t, { role, orgId: platform.id })));
    const doc = w.t.app.swagger() as unknown as { paths: Record<string, Record<string, Operation>> };
    w.routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ method: method.toUpperCase(), path, op })),
    );
  });
  afterAll(async () => w.t?.close());
  return w;
}

const concrete = (path: string, override?: { name: string; value: string }) =>
  path.replace(/\{([A-Za-z]+)\}/g, (_, name: string) =>
    override?.name === name ? override.value : name === 'name' ? 'users' : UUID0,
  );

/** The headers of a caller the route lets through its access check (anonymous first). */
async function callerFor(
  w: ReturnType<typeof routeWalker>,
  method: string,
  path: string,
): Promise<Headers | null> {
  const key = `${method} ${path}`;
  if (w.callers.has(key)) return w.callers.get(key)!;
  let found: Headers | null = null;
  for (const as of [{}, ...w.asRole.values()]) {
    const res = await w.t.request({ method: method as 'GET', url: `${concrete(path)}?probe=%00`, as });
    if (res.statusCode === 400 && NUL_MESSAGE.test(res.json().message)) {
      found = as;
      break;
    }
    expect(res.statusCode, `${method} ${path}: ${res.body}`).toBeOneOf([401, 403]);
  }
  w.callers.set(key, found);
  return found;
}

describe('text no column can store, on every route', () => {
  const w = routeWalker();

  it('every route answers a NUL in each query parameter, path parameter and JSON body field with 400 naming the field; nothing stored', async () => {
    expect(w.routes.length).toBeGreaterThan(90);
    const before = await databaseFingerprint(w.t);
    const failures: string[] = [];
    let checked = 0;
    const expectRefused = (
      label: string,
      res: { statusCode: number; body: string; json(): any },
      field: string,
      message: RegExp,
    ) => {
      checked++;
      const body = res.statusCode === 400 ? res.json() : null;
      if (!body || !message.test(body.message) || body.details?.[0]?.field !== field)
        failures.push(`${label} → ${res.statusCode} ${res.body.slice(0, 160)}`);
    };
    for (const { method, path, op } of w.routes) {
      const as = await callerFor(w, method, path);
      if (!as) {
        failures.push(`${method} ${path}: no caller gets past the access check`);
        continue;
      }
      for (const p of op.parameters ?? []) {
        if (p.in === 'query') {
          const res = await w.t.request({
            method: method as 'GET',
            url: `${concrete(path)}?${p.name}=a%00b`,
            as,
          });
          expectRefused(`${method} ${path} ?${p.name}`, res, p.name, NUL_MESSAGE);
        } else {
          const res = await w.t.request({
            method: method as 'GET',
            url: concrete(path, { name: p.name, value: 'a%00b' }),
            as,
          });
          expectRefused(`${method} ${path} :${p.name}`, res, p.name, NUL_MESSAGE);
        }
      }
      const schema = op.requestBody?.content['application/json']?.schema;
      for (const field of stringFields(schema)) {
        for (const [bad, message] of [
          ['张\u0000三', NUL_MESSAGE],
          ['张\uD800三', SURROGATE_MESSAGE],
          ['张三\uDC00', SURROGATE_MESSAGE],
        ] as const) {
          const res = await w.t.request({
            method: method as 'POST',
            url: concrete(path),
            payload: bodyWith(field, bad) as object,
            as,
          });
          expectRefused(`${method} ${path} body.${field.join('.')}`, res, field.join('.'), message);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(300);
    expect(await databaseFingerprint(w.t)).toEqual(before);
  });

  it('well-formed text passes the check: a surrogate pair (emoji), tabs and new lines are kept', async () => {
    const individual = w.asRole.get('individual')!;
    const res = await w.t.request({
      method: 'PUT',
      url: '/api/me/profile',
      payload: { address: '北京市\t海淀区\n😀 一号' },
      as: individual,
    });
    expect(res.statusCode, res.body).toBe(200);
    const me = await w.t.request({ method: 'GET', url: '/api/me', as: individual });
    expect(me.json().profile.address).toBe('北京市\t海淀区\n😀 一号');
  });
});

describe('multipart without a boundary, on every route', () => {
  const w = routeWalker();

  it('every route that takes a body answers multipart without a boundary with 400 and a Chinese reason, never 500', async () => {
    const failures: string[] = [];
    let uploads = 0;
    for (const { method, path } of w.routes) {
      if (method !== 'POST' && method !== 'PUT') continue;
      const as = await callerFor(w, method, path);
      if (!as) continue;
      for (const contentType of [
        'multipart/form-data',
        'multipart/form-data; boundary=',
        'multipart/form-data; charset=utf-8',
      ]) {
        const res = await w.t.request({
          method: method as 'POST',
          url: concrete(path),
          payload: Buffer.from(
            '--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF\r\n--x--\r\n',
          ),
          headers: { 'content-type': contentType },
          as,
        });
        if (res.statusCode !== 400 || !CHINESE.test(res.json().message))
          failures.push(`${method} ${path} [${contentType}] → ${res.statusCode} ${res.body.slice(0, 160)}`);
        else if (/边界/.test(res.json().message)) uploads++;
      }
    }
    expect(failures).toEqual([]);
    expect(uploads).toBeGreaterThan(0);
  });

  it('a NUL in a multipart text field or file name is a 400 on every upload route, never 500', async () => {
    const failures: string[] = [];
    const refusedRoutes = new Set<string>();
    for (const { method, path } of w.routes) {
      // Logging out would end the session the remaining calls use.
      if ((method !== 'POST' && method !== 'PUT') || path === '/api/auth/logout') continue;
      const as = await callerFor(w, method, path);
      if (!as) continue;
      for (const [fieldName, fileName, label] of [
        ['data', 'clauses.pdf', '数据'],
        ['title', 'clauses.pdf', '标题'],
        ['data', 'claus\u0000es.pdf', '文件名'],
      ] as const) {
        const value = label === '文件名' ? '{}' : '条款\u0000';
        const boundary = '----phwalk';
        const res = await w.t.request({
          method: method as 'POST',
          url: concrete(path),
          payload: Buffer.concat([
            Buffer.from(
              `--${boundary}\r\nContent-Disposition: form-data; name="${fieldName}"\r\n\r\n${value}\r\n`,
            ),
            Buffer.from(
              `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n`,
            ),
            PDF,
            Buffer.from(`\r\n--${boundary}--\r\n`),
          ]),
          headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
          as,
        });
        // Routes that take no body ignore it (2xx); every refusal is a Chinese 4xx.
        if (res.statusCode >= 500 || (res.statusCode >= 400 && !CHINESE.test(res.json().message)))
          failures.push(`${method} ${path} [${label}] → ${res.statusCode} ${res.body.slice(0, 160)}`);
        else if (res.statusCode === 400 && res.json().message.includes(`「${label}」含有`))
          refusedRoutes.add(`${method} ${path}`);
      }
    }
    expect(failures).toEqual([]);
    // The upload routes that read the body before looking anything up (the order scans route
    // answers 404 for the unknown order first, the import route 400 for its missing template).
    expect([...refusedRoutes].sort()).toEqual(
      [
        'POST /api/admin/disclosures',
        'POST /api/insurer/products',
        'POST /api/insurer/products/{id}/versions',
        'POST /api/public/verify',
      ].sort(),
    );
  });
});

describe('the fields named in issue 8: 400 with a Chinese reason, nothing stored', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  const refused = async (
    request: Parameters<TestApp['request']>[0],
    label: string,
    message: RegExp = NUL_MESSAGE,
  ) => {
    const before = await databaseFingerprint(t);
    const res = await t.request(request);
    expect(res.statusCode, `${request.method} ${request.url}: ${res.body}`).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
    expect(res.json().message).toMatch(message);
    expect(res.json().message).toContain(`「${label}」`);
    expect(await databaseFingerprint(t)).toEqual(before);
  };

  it('profile, bank-card holder, create user, login user name, public query, admin searches', async () => {
    const platform = await createOrg(t, { type: 'platform' });
    const enterprise = await createOrg(t, { type: 'enterprise', parentId: platform.id });
    const individual = await createUser(t, { role: 'individual' });
    const asIndividual = await sessionFor(t, individual);
    const asAdmin = await sessionFor(t, await createUser(t, { role: 'exchange_admin', orgId: platform.id }));
    const asSecurity = await sessionFor(
      t,
      await createUser(t, { role: 'security_admin', orgId: platform.id }),
    );

    await refused(
      { method: 'PUT', url: '/api/me/profile', payload: { displayName: '张\u0000三' }, as: asIndividual },
      '姓名',
    );
    await refused(
      { method: 'PUT', url: '/api/me/profile', payload: { address: '北京\uD800' }, as: asIndividual },
      '地址',
      SURROGATE_MESSAGE,
    );
    const [row] = await t.ctx.db.select().from(users).where(eq(users.id, individual.id));
    expect(row!.displayName).not.toContain('\u0000');
    await refused(
      {
        method: 'POST',
        url: '/api/me/bank-cards',
        payload: { holderName: '张\u0000三', cardNumber: '6222021234567890128' },
        as: asIndividual,
      },
      '持卡人姓名',
    );
    await refused(
      {
        method: 'POST',
        url: '/api/admin/users',
        payload: {
          orgId: enterprise.id,
          role: 'enterprise_operator',
          username: 'nul_user',
          displayName: '王\u0000五',
          mobile: '13700000009',
        },
        as: asAdmin,
      },
      '姓名',
    );
    const captcha = await getCaptcha(t);
    await refused(
      {
        method: 'POST',
        url: '/api/auth/login',
        payload: {
          username: 'admin\u0000',
          password: 'x',
          captchaId: captcha.captchaId,
          captchaAnswer: captcha.answer,
        },
      },
      '用户名',
    );
    const queryCaptcha = (await t.request({ method: 'GET', url: '/api/public/query/captcha' })).json();
    await refused(
      {
        method: 'POST',
        url: '/api/public/query',
        payload: {
          policyNo: 'P\u00001',
          idType: 'resident_id',
          idNumber: '110101199001011237',
          captchaId: queryCaptcha.captchaId,
          captchaAnswer: queryCaptcha.answer,
        },
      },
      '保单号',
    );
    await refused({ method: 'GET', url: '/api/admin/users?keyword=%E5%BC%A0%00', as: asAdmin }, '搜索关键词');
    await refused({ method: 'GET', url: '/api/admin/audit?actor=a%00', as: asSecurity }, '操作人');
    await refused({ method: 'GET', url: '/api/admin/orders?company=a%00', as: asAdmin }, '企业名称');
  });

  it('company info of an order, a registration’s reject reason, a legal-hold reason', async () => {
    const s = await seedExchange(t);
    const created = await t.request({
      method: 'POST',
      url: '/api/enterprise/orders',
      payload: { productId: s.product.productId },
      as: s.asOperator,
    });
    expect(created.statusCode, created.body).toBe(200);
    const orderId = created.json().id as string;
    await refused(
      {
        method: 'PUT',
        url: `/api/enterprise/orders/${orderId}`,
        payload: { ...COMPANY, name: '某\u0000公司' },
        as: s.asOperator,
      },
      '名称',
    );
    await refused(
      {
        method: 'PUT',
        url: `/api/enterprise/orders/${orderId}`,
        payload: { ...COMPANY, address: '上海\uDC00' },
        as: s.asOperator,
      },
      '地址',
      SURROGATE_MESSAGE,
    );

    const captcha = await getCaptcha(t);
    const reg = await t.request({
      method: 'POST',
      url: '/api/public/enterprise-registrations',
      payload: {
        username: 'nul_reg',
        password: 'Reg#Passw0rd2026',
        passwordConfirm: 'Reg#Passw0rd2026',
        companyName: '上海空字符测试有限公司',
        creditCode: creditCode('91310000MA1FL4CT3'),
        email: 'hr@nul.example.com',
        contactName: '李四',
        contactMobile: '13912345670',
        captchaId: captcha.captchaId,
        captchaAnswer: captcha.answer,
      },
    });
    expect(reg.statusCode, reg.body).toBe(200);
    await refused(
      {
        method: 'POST',
        url: `/api/admin/registrations/${reg.json().registrationId}/reject`,
        payload: { reason: '资料\u0000不全' },
        as: s.asAdmin,
      },
      '原因',
    );

    const cast = await createCast(t);
    const issued = await makePolicy(t, { insurerOrgId: cast.insurer.id, orgId: cast.enterprise.id });
    await refused(
      {
        method: 'POST',
        url: `/api/admin/archive/${issued.document.id}/legal-hold`,
        payload: { hold: true, reason: '诉讼\u0000保全' },
        as: cast.as.security,
      },
      '原因',
    );
  });

  it('an upload whose text field or file name holds a NUL is refused before anything is stored', async () => {
    const s = await seedExchange(t);
    const created = await t.request({
      method: 'POST',
      url: '/api/enterprise/orders',
      payload: { productId: s.product.productId },
      as: s.asOperator,
    });
    const orderId = created.json().id as string;
    const boundary = '----phnul';
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="lic\u0000ence.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      PDF,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    await refused(
      {
        method: 'POST',
        url: `/api/enterprise/orders/${orderId}/scans/licence`,
        payload,
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        as: s.asOperator,
      },
      '文件名',
    );
  });
});
