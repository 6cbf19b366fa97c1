import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyInstance,
  type RawServerDefault,
} from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { z } from 'zod';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './platform/config.js';
import type { Database } from './platform/db/index.js';
import type { AppContext } from './platform/context.js';
import { createFieldCrypto } from './platform/crypto/field-crypto.js';
import { resolveFieldKeys } from './platform/crypto/dev-keys.js';
import { installErrorHandler } from './platform/http/errors.js';
import {
  installOperationIds,
  openApiTransform,
  openApiTransformObject,
  SECURITY_SCHEMES,
} from './platform/http/openapi.js';
import { guardPlugin } from './platform/http/guard.js';
import { installTextGuard } from './platform/http/text.js';
import { installDenialAudit } from './platform/http/denials.js';
import { installMultipartCheck } from './platform/files/upload.js';
import { createNotifier } from './platform/notify/index.js';
import { createFileService } from './platform/files/index.js';
import { createJobs } from './platform/jobs/index.js';
import { MODULES } from './modules/index.js';
import { LINE_MODULES } from './lines/registry.js';
import { lineRegistry } from './platform/lines.js';

z.config(z.locales.zhCN());

export type App = FastifyInstance;
export type ZApp = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export type BuildOptions = {
  config: Config;
  database: Database;
  now?: () => Date;
  logger?: boolean;
  /** Where the structured log goes instead of stdout (the start phases' console, server.ts). */
  logStream?: { write(record: string): void };
};

/** Builds the shared services (crypto, files, outbox, jobs) for a server process or the CLI. */
export function createContext(options: BuildOptions & { log: FastifyBaseLogger }): AppContext {
  const { config, database, log } = options;
  const fieldKeys = resolveFieldKeys(config, (m) => log.warn(m));
  const partial = {
    config,
    database,
    db: database.db,
    crypto: createFieldCrypto(fieldKeys.keys, fieldKeys.blindIndexKey),
    log,
    now: options.now ?? (() => new Date()),
  };
  const files = createFileService(partial);
  const notify = createNotifier({ ...partial, files });
  const jobs = createJobs({ ...partial, files });
  return {
    ...partial,
    files,
    notify,
    jobs,
    lines: lineRegistry(LINE_MODULES.map((line) => line.definition)),
  };
}

/** Builds Fastify: external plugins → platform plugins → modules → lines (STYLE). Does not listen. */
export async function buildApp(options: BuildOptions): Promise<{ app: FastifyInstance; ctx: AppContext }> {
  const { config, database } = options;
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : { level: config.logLevel, ...(options.logStream ? { stream: options.logStream } : {}) },
    // X-Forwarded-For is believed only from the configured proxies (the socket address otherwise):
    // every per-IP limit and the audit log's addresses depend on it.
    trustProxy: config.trustedProxies.length > 0 ? config.trustedProxies : false,
    // Per-request access logs only at debug level: they cost throughput and fill logs with noise.
    logController: new LogController({ disableRequestLogging: config.logLevel !== 'debug' }),
    bodyLimit: 2 * 1024 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const ctx = createContext({ ...options, log: app.log });

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        frameSrc: ["'self'", 'blob:'],
        objectSrc: ["'self'", 'blob:'],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: config.uploadMaxBytes, files: 1, fields: 20 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'PolicyHub API', version: '0.1.0', description: 'PolicyHub 保单通平台接口' },
      servers: [{ url: config.publicUrl, description: '本服务（PUBLIC_URL）' }],
      components: { securitySchemes: SECURITY_SCHEMES },
    },
    transform: openApiTransform,
    transformObject: openApiTransformObject,
  });
  installOperationIds(app);
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  const spaIndexPath = path.join(WEB_DIST, 'index.html');
  const spaIndexHtml = fs.existsSync(spaIndexPath) ? fs.readFileSync(spaIndexPath) : undefined;
  installErrorHandler(app, { spaIndexHtml });
  await app.register(guardPlugin, { db: database.db });
  // After the guard, so that an anonymous or unauthorised call still answers 401/403 first.
  installTextGuard(app);
  installMultipartCheck(app);
  installDenialAudit(app, { db: database.db, threshold: config.accessDeniedAlert });

  for (const mod of MODULES) {
    await app.register(async (scope) => mod(scope.withTypeProvider<ZodTypeProvider>(), ctx));
  }
  // Lines after the modules: they build on them (lines → workflows → modules).
  for (const line of LINE_MODULES) {
    await app.register(async (scope) => line.register(scope.withTypeProvider<ZodTypeProvider>(), ctx));
  }

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  if (spaIndexHtml) await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false, index: false });

  return { app, ctx };
}
