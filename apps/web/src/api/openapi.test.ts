import { describe, expect, it } from 'vitest';
import { fillPath, type BodyOf, type ItemOf, type QueryOf, type ResponseOf } from './openapi';

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
});
