import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import pg from 'pg';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { eq } from 'drizzle-orm';
import type { OrgStatus, OrgType, Role, UserStatus } from '@policyhub/domain';
import { buildApp } from '../src/app.js';
import { loadConfig, type Config } from '../src/platform/config.js';
import { openDatabase, type Database } from '../src/platform/db/index.js';
import { organizations, users } from '../src/tables.js';
import type { AppContext } from '../src/platform/context.js';
import { hashPassword } from '../src/platform/auth/password.js';
import { createSession, CSRF_COOKIE, SESSION_COOKIE } from '../src/platform/http/session.js';

export const DEFAULT_PASSWORD = 'Test@2026pass';
let defaultHash: Promise<string> | undefined;
const passwordHash = () => (defaultHash ??= hashPassword(DEFAULT_PASSWORD));

/** A fresh copy of the migrated template database for one test file. */
export async function openTestDatabase(): Promise<Database> {
  const adminUrl = inject('pgAdminUrl');
  if (adminUrl) {
    const name = `policyhub_t_${crypto.randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name} template ${inject('pgTemplateDb')}`);
    await admin.end();
    const u = new URL(adminUrl);
    u.pathname = `/${name}`;
    return openDatabase({ databaseUrl: u.toString(), poolSize: 5 });
  }
  const tpl = fs.readFileSync(inject('pgliteTemplate'));
  return openDatabase({ pgliteDir: 'memory://', loadDataDir: new Blob([tpl]) });
}

export type Headers = Record<string, string>;

export type TestApp = {
  app: FastifyInstance;
  ctx: AppContext;
  database: Database;
  dataDir: string;
  config: Config;
  close(): Promise<void>;
  /** Injects a request; `as` sends a signed-in user's cookie and CSRF header. */
  request(options: InjectOptions & { as?: Headers }): Promise<LightMyRequestResponse>;
};

/** Builds the real app on a fresh database (PGlite in process, or PostgreSQL when DATABASE_URL is set). */
export async function createTestApp(
  options: {
    env?: Record<string, string>;
    overrides?: Partial<Config>;
    now?: () => Date;
    database?: Database;
  } = {},
): Promise<TestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'policyhub-test-'));
  const database = options.database ?? (await openTestDatabase());
  const config = loadConfig(
    {
      DATA_DIR: dataDir,
      POLICYHUB_TEST_MODE: '1',
      LOG_LEVEL: 'silent',
      FIELD_ENCRYPTION_KEYS: `t1:${Buffer.alloc(32, 7).toString('base64')}`,
      BLIND_INDEX_KEY: Buffer.alloc(32, 9).toString('base64'),
      OUTBOX_POLL_MS: '50',
      JOB_POLL_SECONDS: '0.5',
      ...options.env,
    },
    options.overrides,
  );
  const { app, ctx } = await buildApp({ config, database, now: options.now, logger: false });
  await app.ready();
  return {
    app,
    ctx,
    database,
    dataDir,
    config,
    async close() {
      await app.close();
      await ctx.jobs.stop().catch(() => undefined);
      await ctx.notify.stop().catch(() => undefined);
      if (!options.database) await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
    request({ as, headers, ...rest }) {
      return app.inject({
        ...rest,
        headers: { ...(headers as Headers | undefined), ...as },
      } as InjectOptions);
    },
  };
}

const rand = () => crypto.randomBytes(4).toString('hex');

/** Inserts an organization (random name) under `parent`, computing its materialised path. */
export async function createOrg(
  t: Pick<TestApp, 'ctx'>,
  input: { type: OrgType; parentId?: string | null; name?: string; status?: OrgStatus },
): Promise<{ id: string; path: string; name: string; type: OrgType }> {
  const id = crypto.randomUUID();
  let parentPath = '/';
  if (input.parentId) {
    const [parent] = await t.ctx.db.select().from(organizations).where(eq(organizations.id, input.parentId));
    if (!parent) throw new Error('parent org missing');
    parentPath = parent.path;
  }
  const row = {
    id,
    parentId: input.parentId ?? null,
    type: input.type,
    name: input.name ?? `测试机构-${rand()}`,
    path: `${parentPath}${id}/`,
    status: input.status ?? 'active',
  };
  await t.ctx.db.insert(organizations).values(row);
  return { id, path: row.path, name: row.name, type: input.type };
}

export type TestUser = {
  id: string;
  username: string;
  password: string;
  role: Role;
  orgId: string | null;
  mobile: string;
};

/** Inserts a user with a known password (DEFAULT_PASSWORD unless given). */
export async function createUser(
  t: Pick<TestApp, 'ctx'>,
  input: {
    role: Role;
    orgId?: string | null;
    username?: string;
    password?: string;
    mustChangePassword?: boolean;
    mobile?: string;
    status?: UserStatus;
    smsTwoFactor?: boolean;
  },
): Promise<TestUser> {
  const username = input.username ?? `u_${rand()}`;
  const mobile = input.mobile ?? `139${String(crypto.randomInt(0, 1e8)).padStart(8, '0')}`;
  const password = input.password ?? DEFAULT_PASSWORD;
  const [row] = await t.ctx.db
    .insert(users)
    .values({
      username,
      displayName: `测试用户${rand().slice(0, 4)}`,
      role: input.role,
      orgId: input.orgId ?? null,
      passwordHash: input.password ? await hashPassword(password) : await passwordHash(),
      mustChangePassword: input.mustChangePassword ?? false,
      mobile,
      status: input.status ?? 'active',
      smsTwoFactor: input.smsTwoFactor ?? false,
    })
    .returning({ id: users.id });
  return { id: row!.id, username, password, role: input.role, orgId: input.orgId ?? null, mobile };
}

/** Headers of a fully signed-in session for a user, created directly in the database. */
export async function sessionFor(t: Pick<TestApp, 'ctx'>, user: { id: string }): Promise<Headers> {
  const s = await createSession(t.ctx.db, { userId: user.id, stage: 'active', ttlMs: 3600_000 });
  return {
    cookie: `${SESSION_COOKIE}=${s.token}; ${CSRF_COOKIE}=${s.csrfToken}`,
    'x-csrf-token': s.csrfToken,
  };
}

/** A platform org with an exchange admin, and another tree for cross-organization checks. */
export async function seedBasics(t: Pick<TestApp, 'ctx'>) {
  const platform = await createOrg(t, { type: 'platform', name: `平台-${rand()}` });
  const admin = await createUser(t, { role: 'exchange_admin', orgId: platform.id });
  const security = await createUser(t, { role: 'security_admin', orgId: platform.id });
  return { platform, admin, security };
}
