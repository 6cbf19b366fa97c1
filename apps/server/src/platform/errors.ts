/**
 * One error type for the whole server. Operations throw `AppError(code)`; the HTTP error handler
 * maps the code to a status and answers `{ code, message }` with the Chinese message.
 * Codes are documented here, where they are defined.
 */
export const ERROR_CODES = {
  // generic
  VALIDATION_FAILED: { status: 400, message: '请求参数有误' },
  UNAUTHENTICATED: { status: 401, message: '请先登录' },
  SESSION_STAGE: { status: 403, message: '请先完成登录验证步骤' },
  PASSWORD_CHANGE_REQUIRED: { status: 403, message: '首次登录或密码已重置，请先修改密码' },
  FORBIDDEN: { status: 403, message: '没有权限执行此操作' },
  NOT_FOUND: { status: 404, message: '记录不存在' },
  ROUTE_NOT_FOUND: { status: 404, message: '接口不存在' },
  CONFLICT: { status: 409, message: '数据已存在或状态已变化，请刷新后重试' },
  INVALID_STATE: { status: 409, message: '当前状态不允许此操作' },
  CSRF_FAILED: { status: 403, message: '页面已过期或请求来源不可信，请刷新页面后重试' },
  RATE_LIMITED: { status: 429, message: '操作过于频繁，请稍后再试' },
  PAYLOAD_TOO_LARGE: { status: 413, message: '文件或请求体过大' },
  INTERNAL: { status: 500, message: '系统内部错误，请稍后再试或联系管理员' },
  DB_LOCKED: { status: 503, message: '嵌入式数据库正被另一个进程使用' },
  UNAVAILABLE: { status: 503, message: '服务暂不可用' },
  // infrastructure outages, mapped once by the HTTP error handler (platform/http/errors.ts outageOf)
  SERVICE_UNAVAILABLE: { status: 503, message: '服务暂时不可用，请稍后重试' },
  STORAGE_FULL: { status: 507, message: '存储空间已满，请联系管理员' },
  // accounts
  CAPTCHA_INVALID: { status: 400, message: '图形验证码错误或已过期，请重新输入' },
  LOGIN_FAILED: { status: 401, message: '用户名或密码错误' },
  ACCOUNT_LOCKED: { status: 423, message: '连续登录失败次数过多，账号已锁定 15 分钟' },
  ACCOUNT_DISABLED: { status: 403, message: '账号已停用，请联系管理员' },
  ACCOUNT_PENDING: { status: 403, message: '账号尚未审核通过' },
  SMS_CODE_INVALID: { status: 400, message: '短信验证码错误或已过期' },
  PASSWORD_WEAK: { status: 400, message: '密码不符合规则' },
  PASSWORD_WRONG: { status: 400, message: '原密码错误' },
  PASSWORD_REUSED: { status: 400, message: '新密码不能与原密码相同' },
  ORG_INACTIVE: { status: 403, message: '所属机构未启用或已停用，请联系管理员' },
  MOBILE_MISSING: { status: 409, message: '账号未绑定手机号，无法发送短信，请联系管理员' },
  // files and excel
  FILE_TYPE_NOT_ALLOWED: { status: 415, message: '文件类型不符合要求' },
  FILE_EMPTY: { status: 400, message: '文件为空' },
  EXCEL_CORRUPT: { status: 400, message: '文件无法读取：不是有效的 Excel（.xlsx）文件或已损坏' },
  EXCEL_EMPTY: { status: 400, message: '工作簿中没有数据行' },
  EXCEL_HEADER_MISMATCH: { status: 400, message: '表头与模板不一致，请下载最新模板' },
  EXCEL_TOO_MANY_ROWS: { status: 400, message: '数据行数超过上限' },
  EXCEL_TOO_LARGE: { status: 400, message: '文件解压后内容过大，已拒绝读取' },
  EXCEL_BUSY: { status: 503, message: '系统繁忙，请稍后重试' },
  IMPORT_NOT_VALIDATED: { status: 409, message: '请先完成业务校验，且校验无错误行后再办理' },
  // electronic documents (issue 3)
  QUERY_NO_MATCH: { status: 404, message: '未找到匹配的保单，请核对保单号与证件信息' },
  QUERY_TOO_MANY_ATTEMPTS: { status: 429, message: '查询失败次数过多，请 15 分钟后再试' },
  QUERY_TOKEN_INVALID: { status: 403, message: '查询凭证无效或已过期，请重新查询' },
  ARCHIVE_RETENTION: { status: 409, message: '未到保存期限，不得删除' },
  ARCHIVE_LEGAL_HOLD: { status: 409, message: '该单证处于诉讼保全（法律保留）状态，不得删除' },
  SIGNING_KEY_UNAVAILABLE: {
    status: 409,
    message: '保险公司的签章密钥不可用（已吊销或未配置），请联系安全管理员',
  },
  KEY_IMPORT_INVALID: { status: 400, message: '证书文件无法导入：格式不受支持、密码错误或私钥与证书不匹配' },
  DOCUMENT_DELETED: { status: 410, message: '该单证已超过保存期限并已删除' },
  VERIFY_TIMEOUT: { status: 422, message: '验证超时：文件结构异常，未能在限定时间内完成校验' },
  VERIFY_BUSY: { status: 503, message: '验真请求过多，系统繁忙，请稍后再试' },
  // insurance exchange: insurer interface and personal applications (issue 4, lines/exchange, modules/insurer-gateway)
  INSURER_SIGNATURE_INVALID: { status: 401, message: '接口签名无效：请检查 API 密钥、时间戳与签名' },
  IDEMPOTENCY_KEY_REQUIRED: { status: 400, message: '写操作须携带 Idempotency-Key 请求头' },
  IDEMPOTENCY_CONFLICT: { status: 409, message: '相同的 Idempotency-Key 已用于内容不同的请求' },
  // a webhook event no line declares (lines/<line>/line.ts webhookEvents): a programming error
  WEBHOOK_EVENT_UNDECLARED: { status: 500, message: 'Webhook 事件未由任何业务线声明，已拒绝发送' },
  APPLICATION_REFUSED: { status: 409, message: '当前不能投保' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: unknown;

  /** `message` overrides the catalogue's Chinese message when the caller knows more. */
  constructor(code: ErrorCode, options: { message?: string; details?: unknown; cause?: unknown } = {}) {
    const entry = ERROR_CODES[code];
    super(options.message ?? entry.message, { cause: options.cause });
    this.code = code;
    this.status = entry.status;
    this.details = options.details;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Not-found for one entity; also what another organization's data answers (SPEC PL-2). */
export function notFound(what = '记录'): AppError {
  return new AppError('NOT_FOUND', { message: `${what}不存在` });
}
