import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveOperationId, installOperationIds } from '../src/platform/http/openapi.js';
import { INSURER_API_PREFIX } from '../src/modules/insurer-gateway/index.js';
import { createTestApp, type TestApp } from './helpers.js';

type Operation = {
  operationId?: string;
  security?: Record<string, string[]>[];
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
};
type Doc = {
  servers?: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, unknown>;
    securitySchemes: Record<string, { type: string; in: string; name: string }>;
  };
};

const HMAC = ['insurerKey', 'insurerTimestamp', 'insurerNonce', 'insurerSignature'];

describe('OpenAPI for integrators and generated clients', () => {
  let t: TestApp;
  let doc: Doc;
  let ops: { method: string; path: string; op: Operation }[];
  beforeAll(async () => {
    t = await createTestApp({ env: { PUBLIC_URL: 'https://policyhub.example.cn/' } });
    doc = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json();
    ops = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({ method: method.toUpperCase(), path, op })),
    );
  });
  afterAll(async () => t.close());

  it('gives every operation a unique operationId', () => {
    expect(ops.length).toBeGreaterThan(100);
    const ids = ops.map((o) => o.op.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z0-9]*$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.paths['/api/admin/users/{id}/disable']!.post!.operationId).toBe('postAdminUsersByIdDisable');
  });

  it('declares security on every operation: [] when public, the session cookie otherwise', () => {
    for (const { op } of ops) expect(Array.isArray(op.security)).toBe(true);
    expect(doc.paths['/api/health']!.get!.security).toEqual([]);
    expect(doc.paths['/api/auth/login']!.post!.security).toEqual([]);
    expect(doc.paths['/api/me']!.get!.security).toEqual([{ session: [] }]);
    expect(doc.components.securitySchemes.session).toMatchObject({ in: 'cookie', name: 'ph_session' });
  });

  it('requires the CSRF header on state-changing session routes only', () => {
    expect(doc.components.securitySchemes.csrf).toMatchObject({ in: 'header', name: 'x-csrf-token' });
    const session = ops.filter((o) => o.op.security!.some((s) => 'session' in s));
    const writes = session.filter((o) => o.method !== 'GET');
    expect(writes.length).toBeGreaterThan(30);
    for (const { op } of writes) expect(op.security).toEqual([{ session: [], csrf: [] }]);
    for (const { op } of session.filter((o) => o.method === 'GET'))
      expect(op.security).toEqual([{ session: [] }]);
  });

  it('declares the insurer HMAC signature headers on the insurer system API', () => {
    const insurer = ops.filter((o) => o.path.startsWith(INSURER_API_PREFIX));
    expect(insurer.length).toBeGreaterThanOrEqual(8);
    for (const { op } of insurer) expect(op.security).toEqual([Object.fromEntries(HMAC.map((k) => [k, []]))]);
    const headers = HMAC.map((k) => doc.components.securitySchemes[k]!);
    expect(headers.map((h) => `${h.in}:${h.name.toLowerCase()}`)).toEqual([
      'header:x-ph-key',
      'header:x-ph-timestamp',
      'header:x-ph-nonce',
      'header:x-ph-signature',
    ]);
    for (const { op } of ops.filter((o) => !o.path.startsWith(INSURER_API_PREFIX)))
      expect(JSON.stringify(op.security)).not.toContain('insurer');
  });

  it('documents the { code, message } error answers the guard and handlers give', () => {
    for (const { path, op } of ops) {
      const statuses = Object.keys(op.responses);
      expect(statuses.some((s) => /^4\d\d$/.test(s))).toBe(true);
      expect(statuses.some((s) => /^2\d\d$/.test(s))).toBe(true);
      expect(op.responses['400']!.content!['application/json']!.schema).toEqual({
        $ref: '#/components/schemas/ErrorBody',
      });
      if (op.security!.length > 0) expect(op.responses['401']).toBeDefined();
      if (op.security!.some((s) => 'session' in s)) expect(op.responses['403']).toBeDefined();
      if (path.includes('{')) expect(op.responses['404']).toBeDefined();
    }
    expect(doc.components.schemas.ErrorBody).toMatchObject({ required: ['code', 'message'] });
    expect(doc.paths['/api/auth/login']!.post!.responses['429']).toBeDefined();
    expect(doc.paths['/api/health']!.get!.responses['401']).toBeUndefined();
  });

  it('answers every status, line, kind and role as an enum, so generated clients can switch on it', () => {
    const CLOSED = ['status', 'line', 'kind', 'role', 'type', 'source', 'algorithm'];
    // Open on purpose: job types are whatever modules register; a verified PDF's signature
    // algorithm is read from the file, which may use any.
    const OPEN = [
      'GET /api/tasks .items.type',
      'GET /api/tasks/{id} .type',
      'POST /api/public/verify .technical.signatures.algorithm',
    ];
    const loose: string[] = [];
    const walk = (schema: unknown, where: string): void => {
      if (!schema || typeof schema !== 'object') return;
      const s = schema as Record<string, unknown>;
      for (const [name, prop] of Object.entries(
        (s.properties ?? {}) as Record<string, Record<string, unknown>>,
      )) {
        if (CLOSED.includes(name) && prop.type === 'string' && !prop.enum && prop.const === undefined)
          loose.push(`${where}.${name}`);
        walk(prop, `${where}.${name}`);
      }
      for (const key of ['items', 'additionalProperties', 'anyOf', 'oneOf', 'allOf']) {
        const inner = s[key];
        if (Array.isArray(inner)) inner.forEach((x) => walk(x, where));
        else walk(inner, where);
      }
    };
    for (const { method, path, op } of ops)
      for (const [code, response] of Object.entries(op.responses))
        if (code.startsWith('2'))
          for (const content of Object.values(response.content ?? {}))
            walk(content.schema, `${method} ${path} `);
    expect(loose.sort()).toEqual(OPEN.sort());
  });

  it('names the server from PUBLIC_URL', () => {
    expect(doc.servers).toEqual([expect.objectContaining({ url: 'https://policyhub.example.cn' })]);
  });
});

describe('operationId rule', () => {
  it('derives method + path in camelCase, parameters as By<Name>', () => {
    expect(deriveOperationId('GET', '/api/me')).toBe('getMe');
    expect(deriveOperationId('POST', '/api/insurer-api/v1/orders/:orderNo/pre-underwriting')).toBe(
      'postInsurerApiV1OrdersByOrderNoPreUnderwriting',
    );
  });

  it('refuses to register two routes with one operationId, and a route’s own id wins', async () => {
    const app = Fastify();
    installOperationIds(app);
    app.get('/api/a', { schema: { operationId: 'getThing' } }, async () => ({}));
    expect(() => app.get('/api/thing', async () => ({}))).toThrow(/operationId 重复：getThing/);
    app.get('/api/other', { schema: { operationId: 'getOtherThing' } }, async () => ({}));
    await app.close();
  });
});
