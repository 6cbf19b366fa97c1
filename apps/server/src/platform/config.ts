import { z } from 'zod';
import net from 'node:net';
import path from 'node:path';

/**
 * Every environment variable PolicyHub reads, with its default. The README's configuration table
 * is generated from this list (`CONFIG_DOCS`), so keep descriptions here.
 */
export const CONFIG_DOCS = {
  PORT: ['3000', 'HTTP 端口 / HTTP port'],
  HOST: ['127.0.0.1', '监听地址 / listen address'],
  PUBLIC_URL: [
    'http://127.0.0.1:3000',
    '对外访问地址，用于短信链接、二维码 / public base URL for links and QR codes',
  ],
  DATA_DIR: ['./data', '嵌入式数据库、文件、密钥目录 / folder for the embedded database, files and keys'],
  DATABASE_URL: [
    '(空 empty)',
    '设置后使用 PostgreSQL，否则使用嵌入式 PGlite / PostgreSQL URL; empty = embedded PGlite',
  ],
  NODE_ENV: [
    'development',
    'production 时拒绝测试模式、要求显式密钥 / production refuses test mode and demands explicit keys',
  ],
  POLICYHUB_TEST_MODE: [
    '0',
    '1 = 测试模式：获取验证码时同时返回答案，供自动化测试使用（生产环境拒绝）/ test mode: the captcha endpoint also returns its answer for automated tests (refused in production)',
  ],
  DEMO_DATA: [
    '1（生产环境为 0）',
    '启动时写入（幂等的）演示数据 / seed idempotent demo data on start (off in production)',
  ],
  LOG_LEVEL: ['info', '日志级别 / log level'],
  POLICYHUB_STARTED_AT: [
    '(空 empty)',
    'npm start（scripts/start.mjs）设置的启动时刻（毫秒时间戳）；设置时（或在终端中运行时）服务逐阶段打印启动进度 / start time in epoch ms, set by npm start: the server then prints one line per start phase',
  ],
  SESSION_TTL_HOURS: ['12', '会话有效期（小时）/ session lifetime in hours'],
  FIELD_ENCRYPTION_KEYS: [
    '(开发环境自动生成 generated in development)',
    '字段加密密钥，格式 id:base64(32字节)，逗号分隔，第一个为当前密钥 / AES-256-GCM keys "id:base64", comma separated, first is active',
  ],
  BLIND_INDEX_KEY: [
    '(开发环境自动生成 generated in development)',
    '盲索引 HMAC 密钥 base64 / HMAC key for blind indexes',
  ],
  SMS_PROVIDER: [
    'dev',
    'dev = 消息中心+控制台；http = HTTP 短信网关 / dev (message center + console) or http',
  ],
  SMS_HTTP_URL: ['', 'HTTP 短信网关地址 / SMS gateway URL'],
  SMS_HTTP_METHOD: ['POST', 'HTTP 方法 / HTTP method'],
  SMS_HTTP_BODY_TEMPLATE: [
    '{"mobile":"{{mobile}}","content":"{{content}}"}',
    '请求体模板，可用 {{mobile}} {{content}} {{template}} / body template',
  ],
  SMS_HTTP_AUTH_HEADER: ['', '认证头，如 "Authorization: Bearer xxx" / auth header line'],
  SMS_HTTP_CONTENT_TYPE: ['application/json', '请求体类型 / request content type'],
  MAIL_PROVIDER: ['dev', 'dev 或 smtp / dev or smtp'],
  SMTP_URL: ['', 'SMTP 地址，如 smtp://user:pass@host:587 / SMTP URL'],
  MAIL_FROM: ['PolicyHub <noreply@policyhub.local>', '发件人 / sender'],
  FILE_STORE: ['local', 'local = DATA_DIR/files；s3 = S3 兼容对象存储 / local folder or S3-compatible store'],
  S3_ENDPOINT: ['', 'S3 端点 / S3 endpoint'],
  S3_REGION: ['us-east-1', 'S3 区域 / S3 region'],
  S3_BUCKET: ['', 'S3 桶 / S3 bucket'],
  S3_ACCESS_KEY_ID: ['', 'S3 访问密钥 / S3 access key'],
  S3_SECRET_ACCESS_KEY: ['', 'S3 密钥 / S3 secret key'],
  S3_FORCE_PATH_STYLE: ['1', '路径风格访问（MinIO 等）/ path-style addressing'],
  UPLOAD_MAX_BYTES: ['20971520', '上传文件大小上限（字节）/ upload size limit in bytes'],
  EXCEL_MAX_ROWS: ['200000', 'Excel 导入行数上限 / maximum rows per imported workbook'],
  EXCEL_MAX_UNCOMPRESSED_BYTES: [
    '536870912',
    "Excel 工作簿解压后总大小上限（字节；先按 zip 目录声明、再按实际解压字节检查）/ limit of a workbook's inflated size in bytes (declared, then actually inflated)",
  ],
  EXCEL_MAX_COMPRESSION_RATIO: [
    '100',
    'Excel 工作簿中大于 1 MB 的部件的压缩比上限 / maximum compression ratio of a workbook part larger than 1 MB',
  ],
  EXCEL_PARSE_WORKERS: ['2', '同时读取 Excel 的工作线程数 / worker threads parsing workbooks at once'],
  EXCEL_PARSE_HEAP_MB: [
    '256',
    '每个 Excel 读取线程的堆内存上限（MB），超出时拒绝该文件 / heap limit of each workbook parsing thread in MB',
  ],
  EXCEL_PARSE_QUEUE: [
    '8',
    '等待读取的 Excel 文件数上限，超出时答复“系统繁忙” / workbooks that may wait for a parsing thread; more are refused as busy',
  ],
  HEAP_GROWING_PERCENT: [
    '50',
    '服务进程 V8 堆增长比例（%），越小内存越省、GC 越频繁；0 = V8 默认（最多 4 倍）/ V8 heap growing percent of the server; 0 = V8 default',
  ],
  LOGIN_RATE_LIMIT: ['20', '每 IP 每分钟登录次数上限 / login attempts per IP per minute'],
  SMS_RATE_LIMIT: ['5', '每 IP 每分钟发送短信次数上限 / SMS sends per IP per minute'],
  JOB_POLL_SECONDS: ['1', '后台任务轮询间隔（秒）/ job polling interval'],
  JOB_LEASE_SECONDS: [
    '15',
    "后台任务租约（秒），每 1/3 租约续期；进程中断后约 4/3 租约内被接手 / job lease, renewed every third; a dead worker's job resumes within ~4/3 of it",
  ],
  AUDIT_ANCHOR_SECONDS: [
    '60',
    '审计链头签名锚点写入文件存储的间隔（秒）；锚点前被删的尾部记录可被发现 / interval of signed audit-chain anchors in the file store',
  ],
  OUTBOX_POLL_MS: ['1000', '消息发件箱轮询间隔（毫秒）/ outbox polling interval'],
  SIGNING_ALGORITHM: [
    'ECDSA-P256',
    '新建签章密钥的算法：ECDSA-P256、RSA-2048 或 SM2（国密，pdfsig/Adobe 无法校验）/ algorithm of new signing keys',
  ],
  TSA_URL: [
    '(空 empty)',
    'RFC 3161 时间戳服务地址；空 = 内置时间戳服务 / RFC 3161 TSA URL; empty = built-in TSA',
  ],
  VERIFY_RATE_LIMIT: ['120', '每 IP 每分钟电子保单验真次数上限 / verifications per IP per minute'],
  VERIFY_WORKERS: ['2', '验真工作线程数（上传文件的签名校验不占用服务主线程）/ verification worker threads'],
  VERIFY_TIMEOUT_MS: [
    '5000',
    '单个文件验真的时间上限（毫秒），超时即终止并答复“验证超时” / time budget per verified file',
  ],
  VERIFY_QUEUE: ['64', '排队等待验真的文件数上限，满则答复“系统繁忙” / verifications allowed to wait'],
  QUERY_RATE_LIMIT: ['10', '每 IP 每分钟保单查询次数上限 / public policy queries per IP per minute'],
  ACCESS_DENIED_ALERT: [
    '20',
    '同一用户每分钟访问对象被拒（403/404）达到此次数时写入安全审计事件（每分钟至多一条）/ refused object calls per user per minute that write a security audit event (at most one a minute)',
  ],
  TRUSTED_PROXIES: [
    '(空 empty)',
    '可信反向代理地址或网段（逗号分隔，如 10.0.0.1,10.1.0.0/16）；只有来自这些地址的 X-Forwarded-For 才被采信，空 = 一律不采信 / reverse proxies (addresses or CIDRs, comma separated) whose X-Forwarded-For is believed; empty = never',
  ],
  INSURER_SIMULATOR: [
    '1（生产环境 0）',
    '内置保险公司模拟器（经保险公司接口核保、出单）；1 开启 / built-in insurer simulator (default on except in production)',
  ],
  INSURER_SIMULATOR_LATENCY_MS: ['200', '模拟器处理每个回调前的延迟（毫秒）/ simulator latency per webhook'],
  INSURER_SIMULATOR_FAILURE_RATE: [
    '0',
    '模拟器回调接收失败的概率 0–1（触发重试）/ share of webhooks the simulator refuses',
  ],
  WEBHOOK_RETRY_SECONDS: [
    '5',
    'Webhook 投递失败后首次重试的延迟（秒），之后每次翻倍，共 8 次仍失败即停止（dead）/ first webhook retry delay, doubling; given up after 8 attempts',
  ],
  WEBHOOK_ALLOWED_HOSTS: [
    '(空 empty)',
    '允许指向本机/内网地址的 Webhook 主机名，逗号分隔（其余主机只能解析到公网地址；内置模拟器无需列出）/ webhook hosts allowed to resolve to loopback or private addresses, comma separated',
  ],
} as const;

const bool = z
  .string()
  .optional()
  .transform((v) => v === '1' || v === 'true');

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  PUBLIC_URL: z.string().optional(),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  NODE_ENV: z.string().default('development'),
  POLICYHUB_TEST_MODE: bool,
  DEMO_DATA: z.string().optional(),
  LOG_LEVEL: z.string().default('info'),
  POLICYHUB_STARTED_AT: z.coerce.number().int().positive().optional(),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  FIELD_ENCRYPTION_KEYS: z.string().optional(),
  BLIND_INDEX_KEY: z.string().optional(),
  SMS_PROVIDER: z.enum(['dev', 'http']).default('dev'),
  SMS_HTTP_URL: z.string().default(''),
  SMS_HTTP_METHOD: z.string().default('POST'),
  SMS_HTTP_BODY_TEMPLATE: z.string().default('{"mobile":"{{mobile}}","content":"{{content}}"}'),
  SMS_HTTP_AUTH_HEADER: z.string().default(''),
  SMS_HTTP_CONTENT_TYPE: z.string().default('application/json'),
  MAIL_PROVIDER: z.enum(['dev', 'smtp']).default('dev'),
  SMTP_URL: z.string().default(''),
  MAIL_FROM: z.string().default('PolicyHub <noreply@policyhub.local>'),
  FILE_STORE: z.enum(['local', 's3']).default('local'),
  S3_ENDPOINT: z.string().default(''),
  S3_REGION: z.string().default('us-east-1'),
  S3_BUCKET: z.string().default(''),
  S3_ACCESS_KEY_ID: z.string().default(''),
  S3_SECRET_ACCESS_KEY: z.string().default(''),
  S3_FORCE_PATH_STYLE: z.string().default('1'),
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(20 * 1024 * 1024),
  EXCEL_MAX_ROWS: z.coerce.number().int().positive().default(200_000),
  EXCEL_MAX_UNCOMPRESSED_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(512 * 1024 * 1024),
  EXCEL_MAX_COMPRESSION_RATIO: z.coerce.number().positive().default(100),
  EXCEL_PARSE_WORKERS: z.coerce.number().int().positive().default(2),
  EXCEL_PARSE_HEAP_MB: z.coerce.number().int().min(32).default(256),
  EXCEL_PARSE_QUEUE: z.coerce.number().int().min(0).default(8),
  HEAP_GROWING_PERCENT: z.coerce.number().int().min(0).max(300).default(50),
  LOGIN_RATE_LIMIT: z.coerce.number().int().positive().default(20),
  SMS_RATE_LIMIT: z.coerce.number().int().positive().default(5),
  JOB_POLL_SECONDS: z.coerce.number().positive().default(1),
  JOB_LEASE_SECONDS: z.coerce.number().int().min(3).max(600).default(15),
  OUTBOX_POLL_MS: z.coerce.number().int().positive().default(1000),
  AUDIT_ANCHOR_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  SIGNING_ALGORITHM: z.enum(['ECDSA-P256', 'RSA-2048', 'SM2']).default('ECDSA-P256'),
  TSA_URL: z.string().default(''),
  VERIFY_RATE_LIMIT: z.coerce.number().int().positive().default(120),
  VERIFY_WORKERS: z.coerce.number().int().min(1).max(64).default(2),
  VERIFY_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
  VERIFY_QUEUE: z.coerce.number().int().min(0).default(64),
  QUERY_RATE_LIMIT: z.coerce.number().int().positive().default(10),
  TRUSTED_PROXIES: z.string().default(''),
  ACCESS_DENIED_ALERT: z.coerce.number().int().positive().default(20),
  INSURER_SIMULATOR: z.string().optional(),
  INSURER_SIMULATOR_LATENCY_MS: z.coerce.number().int().min(0).max(60_000).default(200),
  INSURER_SIMULATOR_FAILURE_RATE: z.coerce.number().min(0).max(1).default(0),
  WEBHOOK_RETRY_SECONDS: z.coerce.number().positive().max(3600).default(5),
  WEBHOOK_ALLOWED_HOSTS: z.string().default(''),
});

export type Config = {
  port: number;
  host: string;
  publicUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
  isProduction: boolean;
  testMode: boolean;
  demoData: boolean;
  logLevel: string;
  /** When the start began (epoch ms; scripts/start.mjs passes it): the server then prints its start phases. */
  startedAt?: number;
  sessionTtlMs: number;
  fieldEncryptionKeys: string | undefined;
  blindIndexKey: string | undefined;
  sms: {
    provider: 'dev' | 'http';
    url: string;
    method: string;
    bodyTemplate: string;
    authHeader: string;
    contentType: string;
  };
  mail: { provider: 'dev' | 'smtp'; smtpUrl: string; from: string };
  files: {
    store: 'local' | 's3';
    s3: {
      endpoint: string;
      region: string;
      bucket: string;
      accessKeyId: string;
      secretAccessKey: string;
      forcePathStyle: boolean;
    };
  };
  uploadMaxBytes: number;
  excelMaxRows: number;
  /** Workbook reading limits (platform/excel/zip-limits.ts, parse-pool.ts). */
  excel: {
    maxUncompressedBytes: number;
    maxRatio: number;
    parseWorkers: number;
    parseHeapMb: number;
    parseQueue: number;
  };
  /** V8's heap growing factor of the serving process, as (1 + n/100); 0 keeps V8's own. */
  heapGrowingPercent: number;
  loginRateLimit: number;
  smsRateLimit: number;
  jobPollSeconds: number;
  /** Lease of a running job (renewed by its worker's heartbeat); see platform/jobs. */
  jobLeaseSeconds: number;
  outboxPollMs: number;
  /** How often each serving process anchors the audit chain's head outside the database. */
  auditAnchorSeconds: number;
  signingAlgorithm: 'ECDSA-P256' | 'RSA-2048' | 'SM2';
  tsaUrl: string;
  verifyRateLimit: number;
  /** Verification of uploaded files on worker threads: pool size, time budget per file, queue bound. */
  verify: { workers: number; timeoutMs: number; queue: number };
  queryRateLimit: number;
  /**
   * Addresses or CIDRs of the reverse proxies whose X-Forwarded-For is believed. Empty: the
   * socket address is the client — otherwise anyone could pick their own address and escape
   * every per-IP limit and falsify the audit log.
   */
  trustedProxies: string[];
  /** Refused object calls (403/404) of one user in a minute that make a security audit event. */
  accessDeniedAlert: number;
  /** The built-in insurer simulator (modules/insurer-gateway/simulator; the lines' answers in lines/<line>). */
  insurerSimulator: { enabled: boolean; latencyMs: number; failureRate: number };
  /** Webhook hosts an administrator allows to be loopback or private (lower case, no brackets). */
  webhookAllowedHosts: string[];
  /** First delay before a failed webhook is sent again (doubling each attempt). */
  webhookRetrySeconds: number;
};

/** `TRUSTED_PROXIES`: addresses or CIDRs, comma separated; a typo refuses to start. */
function parseTrustedProxies(value: string): string[] {
  const entries = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address = '', prefix, ...rest] = entry.split('/');
    const family = net.isIP(address);
    const bits = family === 4 ? 32 : 128;
    const prefixOk = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= bits);
    if (family === 0 || rest.length > 0 || !prefixOk) {
      throw new Error(
        `配置错误 TRUSTED_PROXIES: 「${entry}」不是 IP 地址或网段（如 10.0.0.1 或 10.0.0.0/8）`,
      );
    }
  }
  return entries;
}

/** Reads configuration from the environment (or an override map in tests). */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  overrides: Partial<Config> = {},
): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`配置错误 ${first?.path.join('.')}: ${first?.message}`);
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === 'production';
  if (isProduction && e.POLICYHUB_TEST_MODE) {
    throw new Error('生产环境（NODE_ENV=production）不允许开启测试模式 POLICYHUB_TEST_MODE');
  }
  const config: Config = {
    port: e.PORT,
    host: e.HOST,
    publicUrl: (e.PUBLIC_URL ?? `http://${e.HOST}:${e.PORT}`).replace(/\/$/, ''),
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL || undefined,
    isProduction,
    testMode: e.POLICYHUB_TEST_MODE,
    demoData: e.DEMO_DATA === undefined ? !isProduction : e.DEMO_DATA === '1' || e.DEMO_DATA === 'true',
    logLevel: e.LOG_LEVEL,
    startedAt: e.POLICYHUB_STARTED_AT,
    sessionTtlMs: e.SESSION_TTL_HOURS * 3600_000,
    fieldEncryptionKeys: e.FIELD_ENCRYPTION_KEYS,
    blindIndexKey: e.BLIND_INDEX_KEY,
    sms: {
      provider: e.SMS_PROVIDER,
      url: e.SMS_HTTP_URL,
      method: e.SMS_HTTP_METHOD,
      bodyTemplate: e.SMS_HTTP_BODY_TEMPLATE,
      authHeader: e.SMS_HTTP_AUTH_HEADER,
      contentType: e.SMS_HTTP_CONTENT_TYPE,
    },
    mail: { provider: e.MAIL_PROVIDER, smtpUrl: e.SMTP_URL, from: e.MAIL_FROM },
    files: {
      store: e.FILE_STORE,
      s3: {
        endpoint: e.S3_ENDPOINT,
        region: e.S3_REGION,
        bucket: e.S3_BUCKET,
        accessKeyId: e.S3_ACCESS_KEY_ID,
        secretAccessKey: e.S3_SECRET_ACCESS_KEY,
        forcePathStyle: e.S3_FORCE_PATH_STYLE === '1' || e.S3_FORCE_PATH_STYLE === 'true',
      },
    },
    uploadMaxBytes: e.UPLOAD_MAX_BYTES,
    excelMaxRows: e.EXCEL_MAX_ROWS,
    excel: {
      maxUncompressedBytes: e.EXCEL_MAX_UNCOMPRESSED_BYTES,
      maxRatio: e.EXCEL_MAX_COMPRESSION_RATIO,
      parseWorkers: e.EXCEL_PARSE_WORKERS,
      parseHeapMb: e.EXCEL_PARSE_HEAP_MB,
      parseQueue: e.EXCEL_PARSE_QUEUE,
    },
    heapGrowingPercent: e.HEAP_GROWING_PERCENT,
    loginRateLimit: e.LOGIN_RATE_LIMIT,
    smsRateLimit: e.SMS_RATE_LIMIT,
    jobPollSeconds: e.JOB_POLL_SECONDS,
    jobLeaseSeconds: e.JOB_LEASE_SECONDS,
    outboxPollMs: e.OUTBOX_POLL_MS,
    auditAnchorSeconds: e.AUDIT_ANCHOR_SECONDS,
    signingAlgorithm: e.SIGNING_ALGORITHM,
    tsaUrl: e.TSA_URL,
    verifyRateLimit: e.VERIFY_RATE_LIMIT,
    verify: { workers: e.VERIFY_WORKERS, timeoutMs: e.VERIFY_TIMEOUT_MS, queue: e.VERIFY_QUEUE },
    queryRateLimit: e.QUERY_RATE_LIMIT,
    trustedProxies: parseTrustedProxies(e.TRUSTED_PROXIES),
    accessDeniedAlert: e.ACCESS_DENIED_ALERT,
    insurerSimulator: {
      enabled:
        e.INSURER_SIMULATOR === undefined
          ? !isProduction
          : e.INSURER_SIMULATOR === '1' || e.INSURER_SIMULATOR === 'true',
      latencyMs: e.INSURER_SIMULATOR_LATENCY_MS,
      failureRate: e.INSURER_SIMULATOR_FAILURE_RATE,
    },
    webhookRetrySeconds: e.WEBHOOK_RETRY_SECONDS,
    webhookAllowedHosts: e.WEBHOOK_ALLOWED_HOSTS.split(',')
      .map((h) =>
        h
          .trim()
          .replace(/^\[|\]$/g, '')
          .replace(/\.$/, '')
          .toLowerCase(),
      )
      .filter(Boolean),
    ...overrides,
  };
  if (isProduction && (!config.fieldEncryptionKeys || !config.blindIndexKey)) {
    throw new Error('生产环境必须配置 FIELD_ENCRYPTION_KEYS 与 BLIND_INDEX_KEY');
  }
  return config;
}
