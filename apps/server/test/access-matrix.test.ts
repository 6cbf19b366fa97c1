import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FULL_VIEW_ROLES, ROLES, USER_ADMIN_ROLES, type Role } from '@policyhub/domain';
import { bankCards } from '../src/tables.js';
import {
  createSession,
  CSRF_COOKIE,
  SESSION_COOKIE,
  type SessionStage,
} from '../src/platform/http/session.js';
import {
  createOrg,
  createTestApp,
  createUser,
  sessionFor,
  type Headers,
  type TestApp,
  type TestUser,
} from './helpers.js';
import { snapshot, STATE_TABLES } from './accounts-support.js';

/**
 * The access matrix (PL-2) of the accounts and organizations routes: anonymous → 401, a role that
 * must not call a route → 403, another organization's record → 404, and for every refusal the
 * database is unchanged. A final check walks every registered /api route, so routes added by later
 * modules are covered too.
 */

type Access = 'public' | 'session' | 'user' | readonly Role[];
type Ids = { userId: string; cardId: string; orgId: string; parentId: string };
type RouteSpec = {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  access: Access;
  payload?: (ids: Ids) => unknown;
  path: (ids: Ids) => string;
};

const UUID0 = '00000000-0000-4000-8000-000000000000';

/** Every route of the accounts and organizations modules, with a valid request for each. */
const ROUTES: RouteSpec[] = [
  { method: 'GET', url: '/api/auth/captcha', access: 'public', path: () => '/api/auth/captcha' },
  { method: 'POST', url: '/api/auth/login', access: 'public', path: () => '/api/auth/login' },
  { method: 'POST', url: '/api/auth/sms/send', access: 'session', path: () => '/api/auth/sms/send' },
  {
    method: 'POST',
    url: '/api/auth/sms/verify',
    access: 'session',
    path: () => '/api/auth/sms/verify',
    payload: () => ({ code: '123456' }),
  },
  {
    method: 'POST',
    url: '/api/auth/password',
    access: 'session',
    path: () => '/api/auth/password',
    payload: () => ({ oldPassword: 'Old#Passw0rd', newPassword: 'New#Passw0rd' }),
  },
  { method: 'POST', url: '/api/auth/logout', access: 'session', path: () => '/api/auth/logout' },
  { method: 'GET', url: '/api/me', access: 'session', path: () => '/api/me' },
  {
    method: 'PUT',
    url: '/api/me/profile',
    access: 'user',
    path: () => '/api/me/profile',
    payload: () => ({ address: '北京市' }),
  },
  { method: 'GET', url: '/api/me/bank-cards', access: 'user', path: () => '/api/me/bank-cards' },
  {
    method: 'POST',
    url: '/api/me/bank-cards',
    access: 'user',
    path: () => '/api/me/bank-cards',
    payload: () => ({ holderName: '张三', cardNumber: '6222021234567890128' }),
  },
  {
    method: 'DELETE',
    url: '/api/me/bank-cards/:id',
    access: 'user',
    path: (ids) => `/api/me/bank-cards/${ids.cardId}`,
  },
  { method: 'GET', url: '/api/admin/orgs', access: USER_ADMIN_ROLES, path: () => '/api/admin/orgs' },
  {
    method: 'POST',
    url: '/api/admin/orgs',
    access: USER_ADMIN_ROLES,
    path: () => '/api/admin/orgs',
    payload: (ids) => ({ parentId: ids.parentId, type: 'union_base', name: '矩阵测试基层工会' }),
  },
  { method: 'GET', url: '/api/admin/users', access: USER_ADMIN_ROLES, path: () => '/api/admin/users' },
  {
    method: 'POST',
    url: '/api/admin/users',
    access: USER_ADMIN_ROLES,
    path: () => '/api/admin/users',
    payload: (ids) => ({
      orgId: ids.orgId,
      role: 'union_base_operator',
      username: 'matrix_new',
      displayName: '矩阵',
      mobile: '13700000001',
    }),
  },
  {
    method: 'POST',
    url: '/api/admin/users/:id/disable',
    access: USER_ADMIN_ROLES,
    path: (ids) => `/api/admin/users/${ids.userId}/disable`,
  },
  {
    method: 'POST',
    url: '/api/admin/users/:id/enable',
    access: USER_ADMIN_ROLES,
    path: (ids) => `/api/admin/users/${ids.userId}/enable`,
  },
  {
    method: 'POST',
    url: '/api/admin/users/:id/unlock',
    access: USER_ADMIN_ROLES,
    path: (ids) => `/api/admin/users/${ids.userId}/unlock`,
  },
  {
    method: 'POST',
    url: '/api/admin/users/:id/reset-password',
    access: USER_ADMIN_ROLES,
    path: (ids) => `/api/admin/users/${ids.userId}/reset-password`,
  },
  {
    method: 'POST',
    url: '/api/admin/users/:id/reveal',
    access: FULL_VIEW_ROLES,
    path: (ids) => `/api/admin/users/${ids.userId}/reveal`,
  },
];

/** Routes anyone may call (the generic check below refuses any other route answering an anonymous call). */
const PUBLIC_ROUTES = new Set([
  'GET /api/health',
  'GET /api/openapi.json',
  'GET /api/auth/captcha',
  'POST /api/auth/login',
  // electronic documents (issue 3): verification, QR landing page, public query and its download
  'POST /api/public/verify',
  'GET /api/public/documents/:id/status',
  'GET /api/public/query/captcha',
  'POST /api/public/query',
  'GET /api/public/query/documents/:id',
  // insurance exchange showcase (issue 4, modules/exchange-products)
  'GET /api/public/products',
  'GET /api/public/products/:id',
  'GET /api/public/products/:id/clauses',
  'GET /api/public/disclosures/:id',
  // insurance exchange (issue 4): enterprise self-registration (captcha + rate limit)
  'POST /api/public/enterprise-registrations',
]);

const label = (r: RouteSpec) => `${r.method} ${r.url}`;

describe('access matrix: accounts and organizations', () => {
  let t: TestApp;
  const users = new Map<Role, TestUser>();
  const headers = new Map<Role, Headers>();
  let ownIds: Ids;
  let otherIds: Ids;

  beforeAll(async () => {
    t = await createTestApp();
    const platform = await createOrg(t, { type: 'platform' });
    const enterprise = await createOrg(t, { type: 'enterprise', parentId: platform.id });
    const insurer = await createOrg(t, { type: 'insurer', parentId: platform.id });
    const hq = await createOrg(t, { type: 'union_hq', parentId: platform.id });
    const agency = await createOrg(t, { type: 'union_agency', parentId: hq.id });
    const base = await createOrg(t, { type: 'union_base', parentId: agency.id });
    const travel = await createOrg(t, { type: 'travel_agency', parentId: platform.id });
    const orgOf: Record<Role, string | null> = {
      exchange_admin: platform.id,
      security_admin: platform.id,
      enterprise_operator: enterprise.id,
      individual: null,
      insurer_staff: insurer.id,
      union_hq_operator: hq.id,
      union_agency_operator: agency.id,
      union_base_operator: base.id,
      travel_issuer: travel.id,
      travel_admin: travel.id,
    };
    for (const role of ROLES) {
      const user = await createUser(t, { role, orgId: orgOf[role] });
      users.set(role, user);
      headers.set(role, await sessionFor(t, user));
    }
    // A record inside every scoped admin's own tree, and one in another tree.
    const own = await createUser(t, { role: 'union_base_operator', orgId: base.id });
    const [ownCard] = await t.ctx.db
      .insert(bankCards)
      .values({
        userId: own.id,
        holderName: '张三',
        cardEnc: t.ctx.crypto.encrypt('6222021234567890128'),
        cardIdx: 'x',
        cardMasked: '6222 ****',
        keyId: 't1',
      })
      .returning({ id: bankCards.id });
    ownIds = { userId: own.id, cardId: ownCard!.id, orgId: base.id, parentId: agency.id };

    const otherHq = await createOrg(t, { type: 'union_hq', parentId: platform.id });
    const otherAgency = await createOrg(t, { type: 'union_agency', parentId: otherHq.id });
    const otherBase = await createOrg(t, { type: 'union_base', parentId: otherAgency.id });
    const otherTravel = await createOrg(t, { type: 'travel_agency', parentId: platform.id });
    const other = await createUser(t, { role: 'union_base_operator', orgId: otherBase.id });
    const otherTraveller = await createUser(t, { role: 'travel_issuer', orgId: otherTravel.id });
    const [otherCard] = await t.ctx.db
      .insert(bankCards)
      .values({
        userId: other.id,
        holderName: '李四',
        cardEnc: t.ctx.crypto.encrypt('6217000010001234566'),
        cardIdx: 'y',
        cardMasked: '6217 ****',
        keyId: 't1',
      })
      .returning({ id: bankCards.id });
    otherIds = { userId: other.id, cardId: otherCard!.id, orgId: otherBase.id, parentId: otherAgency.id };
    // travel_admin's "other organization" is another travel agency.
    otherTravelIds = {
      userId: otherTraveller.id,
      cardId: otherCard!.id,
      orgId: otherTravel.id,
      parentId: otherTravel.id,
    };
  });
  let otherTravelIds: Ids;
  afterAll(async () => t.close());

  const call = (route: RouteSpec, ids: Ids, as?: Headers) =>
    t.request({
      method: route.method,
      url: route.path(ids),
      ...(route.payload ? { payload: route.payload(ids) as object } : {}),
      as,
    });

  const expectUnchanged = async <T>(fn: () => Promise<T>): Promise<T> => {
    const before = await snapshot(t, STATE_TABLES);
    const result = await fn();
    expect(await snapshot(t, STATE_TABLES)).toEqual(before);
    return result;
  };

  it('every route in the table is registered', () => {
    const routes = t.app.printRoutes({ commonPrefix: false });
    for (const r of ROUTES)
      expect(t.app.hasRoute({ method: r.method, url: r.url }), `${label(r)}\n${routes}`).toBe(true);
  });

  for (const route of ROUTES.filter((r) => r.access !== 'public')) {
    it(`${label(route)}: anonymous → 401, nothing changed`, async () => {
      await expectUnchanged(async () => {
        const res = await call(route, ownIds);
        expect(res.statusCode, res.body).toBe(401);
        expect(res.json().code).toBe('UNAUTHENTICATED');
      });
    });
  }

  for (const route of ROUTES.filter((r) => Array.isArray(r.access))) {
    const allowed = route.access as readonly Role[];
    it(`${label(route)}: each role outside ${allowed.join('/')} → 403, nothing changed`, async () => {
      for (const role of ROLES.filter((r) => !allowed.includes(r))) {
        await expectUnchanged(async () => {
          const res = await call(route, ownIds, headers.get(role));
          expect(res.statusCode, `${role}: ${res.body}`).toBe(403);
          expect(res.json().code).toBe('FORBIDDEN');
        });
      }
    });
  }

  for (const route of ROUTES.filter((r) => r.access === 'user' || r.access === 'session')) {
    if (route.url.startsWith('/api/auth/')) continue; // these act on the caller's own session only
    it(`${label(route)}: a session still owing the SMS code or a password change is held back`, async () => {
      if (route.access === 'session') return;
      for (const [stage, code] of [
        ['sms', 'SESSION_STAGE'],
        ['password', 'PASSWORD_CHANGE_REQUIRED'],
      ] as const) {
        const as = await stageSession(users.get('individual')!.id, stage);
        await expectUnchanged(async () => {
          const res = await call(route, ownIds, as);
          expect(res.statusCode, res.body).toBe(403);
          expect(res.json().code).toBe(code);
        });
      }
    });
  }

  const stageSession = async (userId: string, stage: SessionStage): Promise<Headers> => {
    const s = await createSession(t.ctx.db, { userId, stage, ttlMs: 3600_000 });
    return {
      cookie: `${SESSION_COOKIE}=${s.token}; ${CSRF_COOKIE}=${s.csrfToken}`,
      'x-csrf-token': s.csrfToken,
    };
  };

  const scopedAdmins: Role[] = ['union_hq_operator', 'union_agency_operator', 'travel_admin'];
  const foreignIds = (role: Role) => (role === 'travel_admin' ? otherTravelIds : otherIds);

  for (const route of ROUTES.filter((r) => r.url.includes(':id') && r.url.startsWith('/api/admin/users'))) {
    it(`${label(route)}: another organization's user → 404 for every scoped role allowed to call it, nothing changed`, async () => {
      const allowed = route.access as readonly Role[];
      for (const role of allowed) {
        // Platform roles see every organization: for them only an unknown id is "not theirs".
        const ids = scopedAdmins.includes(role) ? foreignIds(role) : { ...otherIds, userId: UUID0 };
        await expectUnchanged(async () => {
          const res = await call(route, ids, headers.get(role));
          expect(res.statusCode, `${role}: ${res.body}`).toBe(404);
          expect(res.json().code).toBe('NOT_FOUND');
        });
      }
    });
  }

  it('POST /api/admin/orgs and POST /api/admin/users: a parent or organization in another tree → 404, nothing changed', async () => {
    for (const role of scopedAdmins) {
      for (const url of ['/api/admin/orgs', '/api/admin/users']) {
        const route = ROUTES.find((r) => r.method === 'POST' && r.url === url)!;
        await expectUnchanged(async () => {
          const res = await call(route, foreignIds(role), headers.get(role));
          expect(res.statusCode, `${role} ${url}: ${res.body}`).toBe(404);
        });
      }
    }
  });

  it('DELETE /api/me/bank-cards/:id: another user’s card → 404 for every role, nothing changed', async () => {
    const route = ROUTES.find((r) => r.method === 'DELETE')!;
    for (const role of ROLES) {
      await expectUnchanged(async () => {
        const res = await call(route, otherIds, headers.get(role));
        expect(res.statusCode, `${role}: ${res.body}`).toBe(404);
      });
    }
  });

  it('lists show no other organization’s records', async () => {
    for (const role of scopedAdmins) {
      const orgs = await t.request({ method: 'GET', url: '/api/admin/orgs', as: headers.get(role) });
      expect(orgs.statusCode).toBe(200);
      const orgIds = orgs.json().items.map((o: { id: string }) => o.id);
      expect(orgIds).not.toContain(foreignIds(role).orgId);
      const list = await t.request({
        method: 'GET',
        url: '/api/admin/users?pageSize=200',
        as: headers.get(role),
      });
      expect(list.statusCode).toBe(200);
      const userIds = list.json().items.map((u: { id: string }) => u.id);
      expect(userIds).not.toContain(foreignIds(role).userId);
      expect(userIds).toContain(users.get(role)!.id);
      for (const u of list.json().items) expect(orgIds).toContain(u.orgId);
    }
  });

  it('the allowed roles do get through (so the refusals above are not an accident)', async () => {
    for (const role of USER_ADMIN_ROLES) {
      expect(
        (await t.request({ method: 'GET', url: '/api/admin/users', as: headers.get(role) })).statusCode,
      ).toBe(200);
      expect(
        (await t.request({ method: 'GET', url: '/api/admin/orgs', as: headers.get(role) })).statusCode,
      ).toBe(200);
    }
    for (const role of ['union_hq_operator', 'union_agency_operator', 'exchange_admin'] as const) {
      const res = await t.request({
        method: 'POST',
        url: `/api/admin/users/${ownIds.userId}/unlock`,
        as: headers.get(role),
      });
      expect(res.statusCode, `${role}: ${res.body}`).toBe(200);
    }
    for (const role of FULL_VIEW_ROLES) {
      const res = await t.request({
        method: 'POST',
        url: `/api/admin/users/${ownIds.userId}/reveal`,
        as: headers.get(role),
      });
      expect(res.statusCode).toBe(200);
    }
    for (const role of ROLES) {
      expect(
        (await t.request({ method: 'GET', url: '/api/me/bank-cards', as: headers.get(role) })).statusCode,
      ).toBe(200);
      expect((await t.request({ method: 'GET', url: '/api/me', as: headers.get(role) })).json().role).toBe(
        role,
      );
    }
  });

  it('every registered /api route except the public ones answers an anonymous call with 401', async () => {
    const routes = listRoutes(t.app.printRoutes({ commonPrefix: false }));
    expect(routes.length).toBeGreaterThan(ROUTES.length);
    for (const r of ROUTES) expect(routes).toContainEqual({ method: r.method, url: r.url });
    const refused: string[] = [];
    for (const { method, url } of routes) {
      if (
        !url.startsWith('/api/') ||
        url.startsWith('/api/docs') ||
        method === 'HEAD' ||
        method === 'OPTIONS'
      )
        continue;
      if (PUBLIC_ROUTES.has(`${method} ${url}`)) continue;
      const concrete = url
        .replace(/:[A-Za-z]+/g, (p) => (p === ':name' ? 'users' : UUID0))
        .replace(/\*$/, 'x');
      const before = await snapshot(t, STATE_TABLES);
      const res = await t.request({ method: method as 'GET', url: concrete });
      expect(await snapshot(t, STATE_TABLES)).toEqual(before);
      if (res.statusCode !== 401)
        refused.push(`${method} ${url} → ${res.statusCode} ${res.body.slice(0, 120)}`);
    }
    expect(refused).toEqual([]);
  });
});

/** Parses Fastify's `printRoutes({ commonPrefix: false })` tree into method + full URL pairs. */
function listRoutes(tree: string): { method: string; url: string }[] {
  const result: { method: string; url: string }[] = [];
  const stack: string[] = [];
  for (const line of tree.split('\n')) {
    const m = /^((?:│ {3}| {4})*)(?:├── |└── )(.+?)(?: \(([^)]*)\))?$/u.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    stack.length = depth;
    const url = (stack[depth - 1] ?? '') + m[2]!;
    stack[depth] = url;
    for (const method of (m[3] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean))
      result.push({ method, url });
  }
  return result;
}
