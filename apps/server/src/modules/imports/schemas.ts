import { z } from 'zod';
import { ZPage } from '../../platform/http/schemas.js';

export const ZProblem = z.object({
  row: z.number().int().describe('Excel 行号（表头为第 1 行）'),
  column: z.string().optional().describe('列名'),
  message: z.string(),
  level: z.enum(['error', 'warning', 'note']).describe('error 错误 / warning 提醒 / note 已自动规范'),
});

export const ZImportStatus = z
  .enum(['validated', 'invalid', 'executing', 'done', 'failed'])
  .describe(
    'validated 校验通过 / invalid 有错误行 / executing 办理中 / done 已办理 / failed 办理中断（可重新办理，已办理的行不会重复）',
  );

const ZCounts = z.object({ error: z.number().int(), warning: z.number().int(), note: z.number().int() });

export const ZImportSummary = z.object({
  id: z.uuid(),
  template: z.string(),
  templateTitle: z.string(),
  status: ZImportStatus,
  orgId: z.uuid().nullable(),
  fileName: z.string().nullable(),
  totalRows: z.number().int(),
  errorRows: z.number().int(),
  problemCounts: ZCounts,
  taskId: z.uuid().nullable(),
  succeededRows: z.number().int(),
  failedRows: z.number().int(),
  resultFileId: z.uuid().nullable(),
  createdAt: z.string(),
});

export const ZImport = ZImportSummary.extend({
  problems: z.array(ZProblem).describe('前 1000 条问题（错误优先），完整数量见 problemCounts'),
  problemsTruncated: z.boolean(),
});

export type ImportView = z.infer<typeof ZImport>;
export type ImportSummaryView = z.infer<typeof ZImportSummary>;

export const ZTemplateInfo = z.object({
  name: z.string(),
  title: z.string(),
  columns: z.array(
    z.object({
      key: z.string(),
      header: z.string(),
      required: z.boolean(),
      example: z.string(),
      rule: z.string().nullable(),
      choices: z.array(z.string()).optional(),
    }),
  ),
});

export const ZTemplateName = z.object({ name: z.string().min(1).max(50) });

/** `template` names the template; the other parameters are its context (e.g. `orgId`). */
export const ZImportCreateQuery = z
  .object({
    template: z.string().min(1).max(50).describe('模板名，如 users、roster'),
    orgId: z.string().optional().describe('导入到的机构（users 模板必填）'),
  })
  .catchall(z.string());

export const ZImportListQuery = ZPage.extend({ template: z.string().max(50).optional() });
