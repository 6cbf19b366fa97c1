import { describe, expect, it } from 'vitest';
import {
  fillPath,
  request,
  upload,
  type BodyOf,
  type ItemOf,
  type QueryOf,
  type ResponseOf,
} from './openapi';

describe('typed API paths', () => {
  it('fills path parameters, encoded, and refuses a missing one', () => {
    expect(fillPath('/api/admin/orders/{id}/send', { id: 'a/b c' })).toBe('/api/admin/orders/a%2Fb%20c/send');
    expect(fillPath('/api/me', undefined)).toBe('/api/me');
    expect(() => fillPath('/api/admin/orders/{id}', {})).toThrow(/id/);
  });

  it('reads shapes from the generated schema (checked by tsc -p apps/web)', () => {
    const via: BodyOf<'/api/admin/orders/{id}/send', 'post'>['via'] = 'api';
    const page: QueryOf<'/api/admin/orders', 'get'>['page'] = 1;
    const orderNo: ResponseOf<'/api/admin/orders/{id}', 'get'>['orderNo'] = 'EX1';
    const status: ItemOf<'/api/admin/orders', 'get'>['status'] = 'draft';
    // @ts-expect-error the server takes 'email' | 'api' only
    const fax: BodyOf<'/api/admin/orders/{id}/send', 'post'>['via'] = 'fax';
    expect([via, page, orderNo, status, fax]).toEqual(['api', 1, 'EX1', 'draft', 'fax']);
  });

  it('checks paths, parameters and bodies of calls at compile time (never run here)', () => {
    const calls = () => [
      request('/api/admin/orders/{id}/send', 'post', { params: { id: 'x' }, json: { via: 'api' } }),
      request('/api/me', 'get'),
      upload('/api/enterprise/orders/{id}/scans/{kind}', 'post', {
        params: { id: 'x', kind: 'licence' },
        file: null,
      }),
      // @ts-expect-error the path parameter is missing
      request('/api/admin/orders/{id}', 'get'),
      // @ts-expect-error no such route
      request('/api/admin/nowhere', 'get'),
      upload('/api/enterprise/orders/{id}/scans/{kind}', 'post', {
        // @ts-expect-error the server has no such scan kind
        params: { id: 'x', kind: 'photo' },
        file: null,
      }),
    ];
    expect(typeof calls).toBe('function');
  });
});
