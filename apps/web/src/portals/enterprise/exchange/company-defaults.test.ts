import { describe, expect, it } from 'vitest';
import type { CompanyInfo } from '../../../api/exchange';
import { startingCompany, untouchedDefaults } from './company-defaults';

const saved: CompanyInfo = {
  name: '北京星辰科技有限公司',
  licenceNo: '91110108MA01ABCD5T',
  taxNo: '91110108MA01ABCD5T',
  orgCode: '',
  size: '50-299人',
  industry: '信息技术',
  contactName: '张晓燕',
  contactPhone: '13800138003',
  address: '北京市海淀区中关村大街 27 号',
  email: 'hr@xingchen.example.com',
};

describe('the order form starts from the last order or the registration', () => {
  it('keeps what the order saved and ignores the defaults', () => {
    const start = startingCompany(
      { enterpriseName: '北京星辰科技有限公司', company: { ...saved, industry: '软件' } },
      { company: { industry: '信息技术' } },
    );
    expect(start.industry).toBe('软件');
  });

  it('takes the defaults for a new order, the order name when they have none', () => {
    expect(
      startingCompany({ enterpriseName: '星辰', company: null }, { company: { licenceNo: saved.licenceNo } }),
    ).toEqual({ name: '星辰', licenceNo: saved.licenceNo });
    expect(startingCompany({ enterpriseName: '星辰', company: null }, undefined)).toEqual({ name: '星辰' });
  });

  it('never overwrites a field the user typed in or that already has a value', () => {
    const touched = new Set(['contactName']);
    const fill = untouchedDefaults(
      saved,
      { name: '北京星辰科技有限公司', contactName: '', industry: '我填的' },
      (k) => touched.has(k),
    );
    // contactName was touched (then cleared): left alone; industry has a typed value: left alone.
    expect(fill).not.toHaveProperty('contactName');
    expect(fill).not.toHaveProperty('industry');
    expect(fill).not.toHaveProperty('name');
    expect(fill).toMatchObject({ licenceNo: saved.licenceNo, contactPhone: '13800138003', size: '50-299人' });
    // Empty defaults are not written over anything.
    expect(untouchedDefaults({ orgCode: '' }, {}, () => false)).toEqual({});
  });
});
