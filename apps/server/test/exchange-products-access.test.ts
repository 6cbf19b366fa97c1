import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '@policyhub/domain';
import { snapshot } from './accounts-support.js';
import { createOrg, createTestApp, createUser, sessionFor, type Headers, type TestApp } from './helpers.js';
import {
  createExchangeCast,
  EXCHANGE_TABLES,
  listedProduct,
  type ExchangeCast,
} from './exchange-products-support.js';

/**
 * Access matrix (PL-2) of every route of modules/exchange-products: anonymous → 401, every role
 * outside the allowed ones → 403, the insurer system API → 401 without a valid signature, and
 * for every refusal the database is unchanged.
 */
type Route = { method: 'GET' | 'POST' | 'DELETE'; url: string; roles: readonly Role[] | 'signed' | 'public' };
const U = '00000000-0000-4000-8000-000000000000';

const ROUTES: Route[] = [
  { method: 'GET', url: '/api/public/products', roles: 'public' },
  { method: 'GET', url: `/api/public/products/${U}`, roles: 'public' },
  { method: 'GET', url: `/api/public/products/${U}/clauses`, roles: 'public' },
  { method: 'GET', url: `/api/public/disclosures/${U}`, roles: 'public' },
  { method: 'GET', url: '/api/insurer/products', roles: ['insurer_staff'] },
  { method: 'POST', url: '/api/insurer/products', roles: ['insurer_staff'] },
  { method: 'POST', url: `/api/insurer/products/${U}/versions`, roles: ['insurer_staff'] },
  { method: 'GET', url: '/api/insurer/api-keys', roles: ['insurer_staff'] },
  { method: 'POST', url: '/api/insurer/api-keys', roles: ['insurer_staff'] },
  { method: 'POST', url: `/api/insurer/api-keys/${U}/revoke`, roles: ['insurer_staff'] },
  { method: 'GET', url: '/api/insurer/applications', roles: ['insurer_staff'] },
  { method: 'POST', url: '/api/insurer/applications/TA1/decision', roles: ['insurer_staff'] },
  { method: 'POST', url: '/api/insurer/applications/TA1/policy', roles: ['insurer_staff'] },
  { method: 'GET', url: '/api/admin/product-listings', roles: ['exchange_admin'] },
  { method: 'GET', url: `/api/admin/product-listings/${U}/clauses`, roles: ['exchange_admin'] },
  { method: 'POST', url: `/api/admin/product-listings/${U}/approve`, roles: ['exchange_admin'] },
  { method: 'POST', url: `/api/admin/product-listings/${U}/reject`, roles: ['exchange_admin'] },
  { method: 'GET', url: '/api/admin/products', roles: ['exchange_admin'] },
  { method: 'POST', url: `/api/admin/products/${U}/publish`, roles: ['exchange_admin'] },
  { method: 'POST', url: `/api/admin/products/${U}/unpublish`, roles: ['exchange_admin'] },
  { method: 'GET', url: '/api/admin/disclosures', roles: ['exchange_admin'] },
  { method: 'POST', url: '/api/admin/disclosures', roles: ['exchange_admin'] },
  { method: 'DELETE', url: `/api/admin/disclosures/${U}`, roles: ['exchange_admin'] },
  { method: 'GET', url: '/api/admin/stats', roles: ['exchange_admin'] },
  { method: 'GET', url: '/api/admin/stats/export', roles: ['exchange_admin'] },
  { method: 'GET', url: '/api/admin/pending-work', roles: ['exchange_admin'] },
  { method: 'GET', url: '/api/personal/invitations', roles: ['individual'] },
  { method: 'POST', url: '/api/personal/applications/quote', roles: ['individual'] },
  { method: 'GET', url: '/api/personal/applications', roles: ['individual'] },
  { method: 'POST', url: '/api/personal/applications', roles: ['individual'] },
  { method: 'GET', url: '/api/me/policies', roles: ROLES },
  { method: 'GET', url: '/api/insurer-api/v1/orders/EX1', roles: 'signed' },
  { method: 'POST', url: '/api/insurer-api/v1/orders/EX1/pre-underwriting', roles: 'signed' },
  { method: 'POST', url: '/api/insurer-api/v1/quotes', roles: 'signed' },
  { method: 'GET', url: '/api/insurer-api/v1/applications', roles: 'signed' },
  { method: 'GET', url: '/api/insurer-api/v1/applications/TA1', roles: 'signed' },
  { method: 'POST', url: '/api/insurer-api/v1/applications/TA1/decision', roles: 'signed' },
  { method: 'POST', url: '/api/insurer-api/v1/applications/TA1/policy', roles: 'signed' },
  { method: 'POST', url: '/api/insurer-api/v1/policies/PH1/changes', roles: 'signed' },
  { method: 'POST', url: '/api/insurer-simulator/webhooks', roles: 'signed' },
];

describe('access matrix: exchange products, insurer API, personal applications, statistics', () => {
  let t: TestApp;
  let cast: ExchangeCast;
  const as = new Map<Role, Headers>();

  beforeAll(async () => {
    t = await createTestApp({ env: { INSURER_SIMULATOR: '1' } });
    cast = await createExchangeCast(t);
    await listedProduct(t, cast);
    const enterprise = await createOrg(t, { type: 'enterprise', parentId: cast.platform.id });
    const orgOf: Partial<Record<Role, string | null>> = {
      exchange_admin: cast.platform.id,
      security_admin: cast.platform.id,
      insurer_staff: cast.insurerA.id,
      enterprise_operator: enterprise.id,
      individual: null,
    };
    for (const role of ROLES) {
      const orgId =
        role in orgOf
          ? orgOf[role]!
          : (await createOrg(t, { type: orgTypeOf(role), parentId: cast.platform.id })).id;
      as.set(role, await sessionFor(t, await createUser(t, { role, orgId })));
    }
  });
  afterAll(async () => t.close());

  const state = () => snapshot(t, [...EXCHANGE_TABLES, 'audit_log']);

  it('every route in the table is registered', () => {
    for (const r of ROUTES) {
      const url = r.url
        .replaceAll(U, ':id')
        .replace(
          /\/(EX1|TA1|PH1)(?=\/|$)/,
          (_m, v: string) => `/:${{ EX1: 'orderNo', TA1: 'applicationNo', PH1: 'policyNo' }[v]}`,
        );
      const pattern = url.includes('product-listings/:id') ? url.replace(':id', ':versionId') : url;
      expect(t.app.hasRoute({ method: r.method, url: pattern }), `${r.method} ${pattern}`).toBe(true);
    }
  });

  for (const r of ROUTES.filter((x) => x.roles !== 'public')) {
    it(`${r.method} ${r.url}: anonymous → 401, nothing changed`, async () => {
      const before = await state();
      const res = await t.request({
        method: r.method,
        url: r.url,
        ...(r.method === 'POST' ? { payload: {} } : {}),
      });
      expect(res.statusCode, res.body).toBe(401);
      expect(res.json().code).toBe(r.roles === 'signed' ? 'INSURER_SIGNATURE_INVALID' : 'UNAUTHENTICATED');
      expect(await state()).toEqual(before);
    });
  }

  for (const r of ROUTES.filter((x) => Array.isArray(x.roles))) {
    const allowed = r.roles as readonly Role[];
    if (allowed.length === ROLES.length) continue;
    it(`${r.method} ${r.url}: every role outside ${allowed.join('/')} → 403, nothing changed`, async () => {
      for (const role of ROLES.filter((x) => !allowed.includes(x))) {
        const before = await state();
        const res = await t.request({
          method: r.method,
          url: r.url,
          ...(r.method === 'POST' ? { payload: {} } : {}),
          as: as.get(role),
        });
        expect(res.statusCode, `${role}: ${res.body}`).toBe(403);
        expect(await state()).toEqual(before);
      }
    });
  }

  it('a signed-in session does not open the insurer API (cookies are not accepted there)', async () => {
    for (const role of ['insurer_staff', 'exchange_admin'] as const) {
      const res = await t.request({
        method: 'GET',
        url: '/api/insurer-api/v1/applications',
        as: as.get(role),
      });
      expect(res.statusCode).toBe(401);
    }
  });

  it('public routes answer without a session; unknown ids → 404', async () => {
    expect((await t.request({ method: 'GET', url: '/api/public/products' })).statusCode).toBe(200);
    for (const r of ROUTES.filter((x) => x.roles === 'public' && x.url.includes(U)))
      expect((await t.request({ method: r.method, url: r.url })).statusCode).toBe(404);
  });
});

function orgTypeOf(role: Role) {
  const map: Partial<Record<Role, 'union_hq' | 'union_agency' | 'union_base' | 'travel_agency'>> = {
    union_hq_operator: 'union_hq',
    union_agency_operator: 'union_agency',
    union_base_operator: 'union_base',
    travel_issuer: 'travel_agency',
    travel_admin: 'travel_agency',
  };
  return map[role] ?? 'union_base';
}
