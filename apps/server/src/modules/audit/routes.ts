import { AUDIT_ROLES } from '@policyhub/domain';
import type { ZApp } from '../../app.js';
import type { AppContext } from '../../platform/context.js';
import { requireUser } from '../../platform/http/guard.js';
import { pageResult } from '../../platform/http/schemas.js';
import { ZAuditEntry, ZAuditQuery, ZAuditVerifyResult } from './schemas.js';
import { findAuditLog } from './operations/find-audit-entries.js';
import { verifyAuditLog } from './operations/verify-audit-log.js';

export async function registerAuditRoutes(app: ZApp, ctx: AppContext): Promise<void> {
  const tags = ['audit'];
  const config = { access: AUDIT_ROLES };

  app.get(
    '/api/admin/audit',
    {
      config,
      schema: {
        tags,
        summary: '审计日志查询（操作前缀、操作人、对象、时间范围；最新在前）',
        querystring: ZAuditQuery,
        response: { 200: pageResult(ZAuditEntry) },
      },
    },
    async (request) => findAuditLog(ctx, requireUser(request), request.query),
  );

  app.post(
    '/api/admin/audit/verify',
    {
      config,
      schema: {
        tags,
        summary: '校验审计日志哈希链（报告第一处被篡改或删除的记录）',
        response: { 200: ZAuditVerifyResult },
      },
    },
    async (request) => verifyAuditLog(ctx, requireUser(request), request.ip),
  );
}
