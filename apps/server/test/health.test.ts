import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers.js';

describe('health and OpenAPI', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('answers ok with the database reachable', async () => {
    const res = await t.request({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: process.env.DATABASE_URL ? 'postgres' : 'pglite' });
  });

  it('serves an OpenAPI 3.1 description that lists the health route', async () => {
    const res = await t.request({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/health']).toBeDefined();
  });

  it('answers unknown API routes with the one Chinese error body', async () => {
    const res = await t.request({ method: 'GET', url: '/api/nope' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'ROUTE_NOT_FOUND' });
    expect(res.json().message).toMatch(/接口不存在/);
  });

  it('sends security headers', async () => {
    const res = await t.request({ method: 'GET', url: '/api/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });
});

describe('single-page app fallback', () => {
  it('answers unknown non-API GETs with index.html and keeps JSON 404s for the API', async () => {
    const Fastify = (await import('fastify')).default;
    const { installErrorHandler } = await import('../src/platform/http/errors.js');
    const app = Fastify();
    installErrorHandler(app, { spaIndexHtml: Buffer.from('<!doctype html><title>PolicyHub</title>') });
    await app.ready();
    const page = await app.inject({ method: 'GET', url: '/admin/users' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<title>PolicyHub</title>');
    const api = await app.inject({ method: 'GET', url: '/api/none' });
    expect(api.statusCode).toBe(404);
    expect(api.json().code).toBe('ROUTE_NOT_FOUND');
    const post = await app.inject({ method: 'POST', url: '/admin/users' });
    expect(post.statusCode).toBe(404);
    await app.close();
  });
});
