import {
  validateCreditCode,
  validateEmail,
  validateMobile,
  validateOrgCode,
  validatePersonName,
} from '@policyhub/domain';
import { AppError } from '../../platform/errors.js';
import { COMPANY_SIZES } from './statuses.js';

/** 企业基本信息 of an order, as saved. */
export type CompanyInfo = {
  name: string;
  licenceNo: string;
  taxNo: string;
  orgCode: string;
  size: string;
  industry: string;
  contactName: string;
  contactPhone: string;
  address: string;
  email: string;
};

export const COMPANY_KEYS = [
  'name',
  'licenceNo',
  'taxNo',
  'orgCode',
  'size',
  'industry',
  'contactName',
  'contactPhone',
  'address',
  'email',
] as const satisfies readonly (keyof CompanyInfo)[];

const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;
const LICENCE_NO = /^[0-9A-Z]{13,18}$/;
const TAX_NO = /^[0-9A-Z]{15,20}$/;

function invalid(field: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', { message, details: [{ field, message }] });
}

function text(value: string, field: string, label: string, max: number): string {
  const v = value.trim();
  if (v === '' || Array.from(v).length > max) throw invalid(field, `${label}不能为空，且不超过 ${max} 个字`);
  return v;
}

/**
 * Checks and normalises company information with the domain rules. The licence number is the
 * unified social credit code (check character verified) or an old 营业执照注册号; the organization
 * code, when given, is verified too.
 */
export function checkCompany(input: CompanyInfo): CompanyInfo {
  const name = text(input.name, 'name', '企业名称', 100);
  let licenceNo = input.licenceNo.trim().toUpperCase();
  if (licenceNo.length === 18) {
    const result = validateCreditCode(licenceNo);
    if (!result.ok) throw invalid('licenceNo', result.reason);
    licenceNo = result.value;
  } else if (!LICENCE_NO.test(licenceNo)) {
    throw invalid('licenceNo', '营业执照号应为 18 位统一社会信用代码或 13–15 位注册号');
  }
  let taxNo = input.taxNo.trim().toUpperCase();
  if (taxNo.length === 18 && taxNo === licenceNo) {
    // 三证合一: the credit code is also the tax number.
  } else if (taxNo.length === 18) {
    const result = validateCreditCode(taxNo);
    if (!result.ok) throw invalid('taxNo', result.reason);
    taxNo = result.value;
  } else if (!TAX_NO.test(taxNo)) {
    throw invalid('taxNo', '税务登记号应为 15–20 位数字或大写字母');
  }
  let orgCode = input.orgCode.trim().toUpperCase();
  if (orgCode !== '') {
    const result = validateOrgCode(orgCode);
    if (!result.ok) throw invalid('orgCode', result.reason);
    orgCode = result.value;
  }
  if (!(COMPANY_SIZES as readonly string[]).includes(input.size))
    throw invalid('size', `企业规模应为：${COMPANY_SIZES.join('、')}`);
  const industry = text(input.industry, 'industry', '所属行业', 50);
  const contact = validatePersonName(input.contactName);
  if (!contact.ok) throw invalid('contactName', contact.reason);
  const phone = input.contactPhone.trim();
  if (!LANDLINE.test(phone)) {
    const mobile = validateMobile(phone);
    if (!mobile.ok) throw invalid('contactPhone', '联系电话应为 11 位手机号或带区号的固定电话');
  }
  const address = text(input.address, 'address', '企业地址', 200);
  const email = validateEmail(input.email);
  if (!email.ok) throw invalid('email', email.reason);
  return {
    name,
    licenceNo,
    taxNo,
    orgCode,
    size: input.size,
    industry,
    contactName: contact.value,
    contactPhone: phone.replace(/\s/g, ''),
    address,
    email: email.value,
  };
}

/** Whether saved company information is complete (submit requires it). */
export function isCompanyComplete(company: Record<string, string> | null): boolean {
  if (!company) return false;
  return COMPANY_KEYS.every((k) => k === 'orgCode' || (company[k] ?? '').trim() !== '');
}
