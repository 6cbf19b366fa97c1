import crypto from 'node:crypto';
import { and, desc, eq, isNotNull, lt, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/index.js';
import { actorOf, type AuthUser } from '../../platform/access.js';
import { recordAudit } from '../../platform/audit/index.js';
import { insurerApiKeys, insurerApiNonces } from './tables.js';
import { AppError, notFound } from '../../platform/errors.js';
import { checkWebhookTarget, isSimulatorTarget } from './webhook-target.js';

export type ApiKeyView = {
  id: string;
  keyId: string;
  webhookUrl: string | null;
  status: 'active' | 'revoked';
  lastUsedAt: string | null;
  createdAt: string;
};

function insurerOf(user: AuthUser): string {
  if (!user.orgId) throw new AppError('FORBIDDEN');
  return user.orgId;
}

/**
 * Creates an API key for the caller's insurer. The secret is returned once and stored only
 * encrypted (field encryption), because the platform needs it again to check signatures and to
 * sign webhooks (a hash would not do).
 */
export async function createApiKey(
  ctx: AppContext,
  user: AuthUser,
  input: { webhookUrl: string | null },
  ip: string | null,
): Promise<ApiKeyView & { secret: string }> {
  const insurerOrgId = insurerOf(user);
  const created = await createApiKeyFor(ctx, ctx.db, insurerOrgId, input.webhookUrl, user.id);
  await recordAudit(ctx.db, actorOf(user, ip), {
    action: 'insurer_api_key.create',
    entityType: 'insurer_api_key',
    entityId: created.id,
    detail: { keyId: created.keyId, webhookUrl: input.webhookUrl },
  });
  return created;
}

/**
 * The key row itself (also used by the demo seed and the simulator set-up). A webhook address
 * must pass the target check (https in production, no loopback/private/link-local targets)
 * unless it is the running simulator's own endpoint.
 */
export async function createApiKeyFor(
  ctx: AppContext,
  executor: Executor,
  insurerOrgId: string,
  webhookUrl: string | null,
  createdBy: string | null,
): Promise<ApiKeyView & { secret: string }> {
  if (webhookUrl !== null && !isSimulatorTarget(ctx, webhookUrl)) await checkWebhookTarget(ctx, webhookUrl);
  const keyId = `phk_${crypto.randomBytes(9).toString('hex')}`;
  const secret = crypto.randomBytes(32).toString('base64url');
  const [row] = await executor
    .insert(insurerApiKeys)
    .values({ insurerOrgId, keyId, secretEnc: ctx.crypto.encrypt(secret), webhookUrl, createdBy })
    .returning();
  return { ...toView(row!), secret };
}

function toView(row: typeof insurerApiKeys.$inferSelect): ApiKeyView {
  return {
    id: row.id,
    keyId: row.keyId,
    webhookUrl: row.webhookUrl,
    status: row.status as ApiKeyView['status'],
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The caller's insurer's keys (never the secrets). */
export async function listApiKeys(ctx: AppContext, user: AuthUser): Promise<ApiKeyView[]> {
  const rows = await ctx.db
    .select()
    .from(insurerApiKeys)
    .where(eq(insurerApiKeys.insurerOrgId, insurerOf(user)))
    .orderBy(desc(insurerApiKeys.createdAt));
  return rows.map(toView);
}

/** Revokes one of the caller's insurer's keys; another insurer's key answers 404. */
export async function revokeApiKey(
  ctx: AppContext,
  user: AuthUser,
  id: string,
  ip: string | null,
): Promise<ApiKeyView> {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(insurerApiKeys)
      .set({ status: 'revoked' })
      .where(and(eq(insurerApiKeys.id, id), eq(insurerApiKeys.insurerOrgId, insurerOf(user))))
      .returning();
    if (!row) throw notFound('API 密钥');
    secretCache.delete(row.keyId);
    await recordAudit(tx, actorOf(user, ip), {
      action: 'insurer_api_key.revoke',
      entityType: 'insurer_api_key',
      entityId: row.id,
      detail: { keyId: row.keyId },
    });
    return toView(row);
  });
}

type CachedKey = {
  insurerOrgId: string;
  secret: string;
  status: string;
  webhookUrl: string | null;
  at: number;
};
// Decrypting on every call would cost more than the rest of the check. The cached status is only
// a first filter: claimNonce re-checks it in the database on every call.
const secretCache = new Map<string, CachedKey>();
const CACHE_MS = 30_000;

/** The active key by its public id (cached briefly), or null. */
export async function findActiveKey(ctx: AppContext, keyId: string): Promise<CachedKey | null> {
  const cached = secretCache.get(keyId);
  if (cached && Date.now() - cached.at < CACHE_MS) return cached.status === 'active' ? cached : null;
  const [row] = await ctx.db
    .select({
      insurerOrgId: insurerApiKeys.insurerOrgId,
      secretEnc: insurerApiKeys.secretEnc,
      status: insurerApiKeys.status,
      webhookUrl: insurerApiKeys.webhookUrl,
    })
    .from(insurerApiKeys)
    .where(eq(insurerApiKeys.keyId, keyId))
    .limit(1);
  if (!row) return null;
  const entry = {
    insurerOrgId: row.insurerOrgId,
    secret: ctx.crypto.decrypt(row.secretEnc),
    status: row.status,
    webhookUrl: row.webhookUrl,
    at: Date.now(),
  };
  secretCache.set(keyId, entry);
  return entry.status === 'active' ? entry : null;
}

/** The key that signs webhooks to an insurer: its newest active key with a webhook address. */
export async function findWebhookKey(
  ctx: AppContext,
  executor: Executor,
  insurerOrgId: string,
): Promise<{ keyId: string; url: string } | null> {
  const [row] = await executor
    .select({ keyId: insurerApiKeys.keyId, url: insurerApiKeys.webhookUrl })
    .from(insurerApiKeys)
    .where(
      and(
        eq(insurerApiKeys.insurerOrgId, insurerOrgId),
        eq(insurerApiKeys.status, 'active'),
        isNotNull(insurerApiKeys.webhookUrl),
      ),
    )
    .orderBy(desc(insurerApiKeys.createdAt))
    .limit(1);
  return row?.url ? { keyId: row.keyId, url: row.url } : null;
}

/**
 * Records a nonce for a key that is active in the database at this moment — one statement, so
 * the check costs no extra round trip and a key revoked in another server process stops working
 * at once (the secret cache above may be up to 30 s old). 'replay' when the nonce was used before
 * (the primary key makes that atomic across processes), 'revoked' when the key is no longer
 * active. Old nonces are pruned now and then: the timestamp window refuses anything older anyway.
 */
export async function claimNonce(
  ctx: AppContext,
  keyId: string,
  nonce: string,
): Promise<'ok' | 'replay' | 'revoked'> {
  const now = ctx.now();
  const inserted = await ctx.db
    .insert(insurerApiNonces)
    .select(
      sql`select ${keyId}, ${nonce}, ${now.toISOString()}::timestamptz where exists (select 1 from ${insurerApiKeys} where ${insurerApiKeys.keyId} = ${keyId} and ${insurerApiKeys.status} = 'active')`,
    )
    .onConflictDoNothing()
    .returning({ nonce: insurerApiNonces.nonce });
  if (Math.random() < 0.01)
    await ctx.db
      .delete(insurerApiNonces)
      .where(lt(insurerApiNonces.at, new Date(now.getTime() - 15 * 60_000)))
      .catch(() => undefined);
  if (inserted.length === 1) return 'ok';
  const [key] = await ctx.db
    .select({ status: insurerApiKeys.status })
    .from(insurerApiKeys)
    .where(eq(insurerApiKeys.keyId, keyId))
    .limit(1);
  if (key?.status === 'active') return 'replay';
  secretCache.delete(keyId);
  return 'revoked';
}
