import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { ID_TYPES, idTypeCarriesBirthAndGender, isIdType, maskIdNumber, type Role } from '@policyhub/domain';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { rosterEntries } from '../tables.js';
import { defineTemplate, type RowIssue, type TemplateRow } from '../../../platform/excel/index.js';
import { loadTargetOrg, type TargetOrg } from './target-org.js';

/** Roles that keep insured-person rosters for their organization. */
export const ROSTER_ROLES: readonly Role[] = [
  'exchange_admin',
  'enterprise_operator',
  'union_base_operator',
  'union_agency_operator',
  'union_hq_operator',
  'travel_issuer',
  'travel_admin',
];

/**
 * Birth date and gender of an 18-character ID number the column rule has already validated
 * (GB 11643: YYYYMMDD at 7–14, the 17th digit odd for men). Read directly rather than parsed
 * again, because this runs for every row of 100,000-row rosters.
 */
function idFacts(number: string): { gender: 'M' | 'F'; birthDate: string } {
  return {
    gender: Number(number[16]) % 2 === 1 ? 'M' : 'F',
    birthDate: `${number.slice(6, 10)}-${number.slice(10, 12)}-${number.slice(12, 14)}`,
  };
}

/** Gender and birth date: from the ID number where it carries them, else as typed. */
function personFacts(values: Record<string, string>): { gender: string | null; birthDate: string | null } {
  if (isIdType(values.idType) && idTypeCarriesBirthAndGender(values.idType)) return idFacts(values.idNumber!);
  return { gender: values.gender || null, birthDate: values.birthDate || null };
}

/**
 * One statement per batch: the roster is what 100,000-row imports are made of. The rows travel
 * as one JSON parameter (json_to_recordset), which both PostgreSQL and PGlite take far faster
 * than thousands of bound parameters.
 */
async function insertEntries(
  ctx: AppContext,
  executor: Executor,
  importId: string,
  org: TargetOrg,
  rows: readonly TemplateRow[],
): Promise<{ rowNo: number; entityId: string }[]> {
  const records = rows.map((row) => {
    const v = row.values;
    const idNumber = v.idNumber!;
    const facts = personFacts(v);
    return {
      name: v.name,
      id_type: v.idType,
      id_number_enc: ctx.crypto.encrypt(idNumber),
      id_number_idx: ctx.crypto.blindIndex(idNumber),
      id_number_masked: maskIdNumber(idNumber),
      gender: facts.gender,
      birth_date: facts.birthDate,
      mobile: v.mobile || null,
      row_no: row.rowNo,
    };
  });
  const result = await executor.execute(sql`
    insert into ${rosterEntries}
      (import_id, org_id, name, id_type, id_number_enc, id_number_idx, id_number_masked, gender, birth_date, mobile, row_no)
    select ${importId}::uuid, ${org.orgId}::uuid, x.name, x.id_type, x.id_number_enc, x.id_number_idx, x.id_number_masked,
      x.gender, x.birth_date, x.mobile, x.row_no
    from json_to_recordset(${JSON.stringify(records)}::json) as x(
      name text, id_type text, id_number_enc text, id_number_idx text, id_number_masked text,
      gender text, birth_date text, mobile text, row_no integer)
    returning id, row_no`);
  const inserted = (result as unknown as { rows: { id: string; row_no: number }[] }).rows;
  return inserted.map((r) => ({ rowNo: r.row_no, entityId: r.id }));
}

/**
 * 人员名单: a generic insured-person roster (name, ID document, gender, birth date, mobile) that
 * exchange rosters, travel insured lists and union member lists build on. Gender and birth date
 * are read from 18-digit IDs and cross-checked when also typed.
 */
export const rosterTemplate = defineTemplate({
  name: 'roster',
  title: '人员名单导入',
  sheetName: '人员名单',
  columns: [
    {
      key: 'name',
      header: '姓名',
      required: true,
      example: '张三',
      rule: 'personName',
      text: false,
      width: 12,
    },
    {
      key: 'idType',
      header: '证件类型',
      required: true,
      example: '身份证',
      rule: 'idType',
      text: false,
      width: 16,
      choices: ID_TYPES.map((t) => t.label),
    },
    {
      key: 'idNumber',
      header: '证件号码',
      required: true,
      example: '11010519491231002X',
      rule: 'idDocument',
      text: true,
      width: 22,
    },
    {
      key: 'gender',
      header: '性别',
      required: false,
      example: '女',
      rule: 'gender',
      text: false,
      width: 8,
      choices: ['男', '女'],
      note: '身份证、居住证、永居证可不填，按证件号码推算',
    },
    {
      key: 'birthDate',
      header: '出生日期',
      required: false,
      example: '1949-12-31',
      rule: 'date',
      text: true,
      width: 14,
      note: '身份证、居住证、永居证可不填，按证件号码推算',
    },
    {
      key: 'mobile',
      header: '手机号',
      required: false,
      example: '13800138000',
      rule: 'mobile',
      text: true,
      width: 16,
    },
  ],
  access: ROSTER_ROLES,
  contextSchema: z.object({ orgId: z.uuid({ message: '机构编号格式不正确' }).optional() }),
  prepare: (ctx, user, context) => loadTargetOrg(ctx, user, context.orgId),
  rowKey: ['idType', 'idNumber'],
  batchSize: 2000,

  checkRow({ values, errorKeys }) {
    if (errorKeys.has('idType') || errorKeys.has('idNumber') || !isIdType(values.idType)) return [];
    const issues: RowIssue[] = [];
    if (idTypeCarriesBirthAndGender(values.idType)) {
      const facts = idFacts(values.idNumber!);
      const what = values.idType === 'resident_id' ? '身份证号' : '证件号码';
      if (values.gender && !errorKeys.has('gender') && values.gender !== facts.gender) {
        issues.push({ column: 'gender', message: `性别与${what}不符` });
      }
      if (values.birthDate && !errorKeys.has('birthDate') && values.birthDate !== facts.birthDate) {
        issues.push({ column: 'birthDate', message: `出生日期与${what}不符` });
      }
    } else {
      if (!values.gender && !errorKeys.has('gender')) {
        issues.push({ column: 'gender', message: '该证件类型无法推算性别，请填写性别' });
      }
      if (!values.birthDate && !errorKeys.has('birthDate')) {
        issues.push({ column: 'birthDate', message: '该证件类型无法推算出生日期，请填写出生日期' });
      }
    }
    return issues;
  },

  execute: async (ctx, executor, run, org, row) => {
    const [result] = await insertEntries(ctx, executor, run.importId, org, [row]);
    return { entityId: result!.entityId };
  },
  executeBatch: (ctx, executor, run, org, rows) => insertEntries(ctx, executor, run.importId, org, rows),
});
