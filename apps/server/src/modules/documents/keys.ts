import fs from 'node:fs';
import path from 'node:path';
import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import {
  createCrl,
  createDevelopmentCa,
  createHttpTimestampAuthority,
  createLocalTimestampAuthority,
  describeCertificate,
  insurerSigningSubject,
  issueSigningCertificate,
  issueTsaCertificate,
  loadSigningIdentity,
  type KeyAlgorithm,
  type KeyMaterialPem,
  type SigningIdentity,
  type TimestampAuthority,
} from '@policyhub/documents';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/index.js';
import { organizations } from '../../platform/identity/tables.js';
import { signingKeys } from './tables.js';
import { documentBranding, type DocumentBranding } from './branding.js';
import { AppError, notFound } from '../../platform/errors.js';
import { findOrganization } from '../organizations/index.js';

/**
 * Signing keys and certificates (ED-2). The `signing_keys` table is the source of truth: every
 * process (and host, with PostgreSQL) reads the same rows, creation is serialised by an advisory
 * lock and backed by unique indexes, and private keys are stored encrypted with the field
 * encryption keys (AES-256-GCM; in production those come from the environment, never the
 * database), so a database backup alone does not reveal them. Public certificates are also
 * written to DATA_DIR/keys for operators (e.g. to trust our CA in a PDF reader).
 */

export type KeyKind = 'ca' | 'signing' | 'tsa';
export type KeyStatus = 'active' | 'retired' | 'revoked';

export type KeyRow = {
  id: string;
  insurerOrgId: string | null;
  kind: KeyKind;
  algorithm: KeyAlgorithm;
  subject: string;
  serial: string;
  notBefore: Date;
  notAfter: Date;
  status: KeyStatus;
  revokedAt: Date | null;
  revocationReason: string | null;
  certificatePem: string;
  chainPem: string[];
  issuerKeyId: string | null;
  source: 'generated' | 'imported';
  createdAt: Date;
};

export const keyColumns = {
  id: signingKeys.id,
  insurerOrgId: signingKeys.insurerOrgId,
  kind: signingKeys.kind,
  algorithm: signingKeys.algorithm,
  subject: signingKeys.subject,
  serial: signingKeys.serial,
  notBefore: signingKeys.notBefore,
  notAfter: signingKeys.notAfter,
  status: signingKeys.status,
  revokedAt: signingKeys.revokedAt,
  revocationReason: signingKeys.revocationReason,
  certificatePem: signingKeys.certificatePem,
  chainPem: signingKeys.chainPem,
  issuerKeyId: signingKeys.issuerKeyId,
  source: signingKeys.source,
  createdAt: signingKeys.createdAt,
};

const asKeyRow = (row: unknown) => row as KeyRow;

// Serialises key creation across processes; the lock ends with the transaction.
const KEY_LOCK = 7_341_101;
const lockKeys = (tx: Executor) => tx.execute(sql`select pg_advisory_xact_lock(${KEY_LOCK})`);

export const DEV_CA_WARNING =
  '⚠️ 已创建开发用 CA、签章证书与时间戳证书（仅供开发测试，由本系统自签）；生产环境请导入 PKCS#12：policyhub keys import --insurer <机构> --p12 <文件> --password <密码>';

/** A signing key loaded for use: its material, parsed identity and the CRL of its CA. */
type LoadedKey = { row: KeyRow; material: KeyMaterialPem; identity: SigningIdentity };

// Rows never change their key material, so decrypted and parsed keys are cached by id.
const loadedKeys = new Map<string, LoadedKey>();

async function loadKey(ctx: AppContext, executor: Executor, row: KeyRow): Promise<LoadedKey> {
  const cached = loadedKeys.get(row.id);
  if (cached) return { ...cached, row };
  const [secret] = await executor
    .select({ enc: signingKeys.privateKeyEnc })
    .from(signingKeys)
    .where(eq(signingKeys.id, row.id));
  if (!secret?.enc) throw new AppError('SIGNING_KEY_UNAVAILABLE', { message: '该证书没有可用的私钥' });
  const material: KeyMaterialPem = {
    algorithm: row.algorithm,
    privateKeyPem: ctx.crypto.decrypt(secret.enc),
    certificatePem: row.certificatePem,
    chainPem: row.chainPem,
  };
  const loaded = { row, material, identity: loadSigningIdentity(material) };
  loadedKeys.set(row.id, loaded);
  return loaded;
}

async function insertKey(
  ctx: AppContext,
  executor: Executor,
  input: {
    insurerOrgId: string | null;
    kind: KeyKind;
    material: KeyMaterialPem | { certificatePem: string; chainPem: string[]; privateKeyPem?: undefined };
    issuerKeyId: string | null;
    source: 'generated' | 'imported';
  },
): Promise<KeyRow> {
  const info = describeCertificate(input.material.certificatePem);
  if (info.algorithm === 'unknown') throw new AppError('KEY_IMPORT_INVALID', { message: '不支持的证书算法' });
  const [row] = await executor
    .insert(signingKeys)
    .values({
      insurerOrgId: input.insurerOrgId,
      kind: input.kind,
      algorithm: info.algorithm,
      subject: info.subject,
      serial: info.serialNumber,
      notBefore: new Date(info.notBefore),
      notAfter: new Date(info.notAfter),
      status: 'active',
      certificatePem: input.material.certificatePem,
      chainPem: input.material.chainPem,
      privateKeyEnc: input.material.privateKeyPem ? ctx.crypto.encrypt(input.material.privateKeyPem) : null,
      issuerKeyId: input.issuerKeyId,
      source: input.source,
      createdAt: ctx.now(),
    })
    .returning(keyColumns);
  return asKeyRow(row);
}

async function activePlatformKey(
  executor: Executor,
  kind: 'ca' | 'tsa',
  algorithm: KeyAlgorithm,
): Promise<KeyRow | null> {
  const [row] = await executor
    .select(keyColumns)
    .from(signingKeys)
    .where(
      and(
        eq(signingKeys.kind, kind),
        eq(signingKeys.algorithm, algorithm),
        eq(signingKeys.status, 'active'),
        isNull(signingKeys.insurerOrgId),
      ),
    )
    .limit(1);
  return row ? asKeyRow(row) : null;
}

async function activeSigningKey(executor: Executor, insurerOrgId: string): Promise<KeyRow | null> {
  const [row] = await executor
    .select(keyColumns)
    .from(signingKeys)
    .where(
      and(
        eq(signingKeys.kind, 'signing'),
        eq(signingKeys.status, 'active'),
        eq(signingKeys.insurerOrgId, insurerOrgId),
      ),
    )
    .limit(1);
  return row ? asKeyRow(row) : null;
}

/** Writes every CA certificate we trust to DATA_DIR/keys/trusted-roots.pem (public data only). */
export async function exportTrustedRoots(ctx: AppContext, executor: Executor = ctx.db): Promise<string> {
  const rows = await executor
    .select({ pem: signingKeys.certificatePem })
    .from(signingKeys)
    .where(eq(signingKeys.kind, 'ca'))
    .orderBy(asc(signingKeys.createdAt));
  const dir = path.join(ctx.config.dataDir, 'keys');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'trusted-roots.pem');
  fs.writeFileSync(file, rows.map((r) => r.pem.trim()).join('\n') + '\n');
  return file;
}

/**
 * The active platform CA and TSA of an algorithm, created on first use (development CA, with a
 * loud warning). Idempotent and safe with several processes (advisory lock + unique index).
 */
async function ensurePlatformKeys(
  ctx: AppContext,
  executor: Executor,
  algorithm: KeyAlgorithm,
): Promise<{ ca: KeyRow; tsa: KeyRow }> {
  const ca0 = await activePlatformKey(executor, 'ca', algorithm);
  const tsa0 = await activePlatformKey(executor, 'tsa', algorithm);
  if (ca0 && tsa0) return { ca: ca0, tsa: tsa0 };
  let created = false;
  const result = await executor.transaction(async (tx) => {
    await lockKeys(tx);
    let ca = await activePlatformKey(tx, 'ca', algorithm);
    if (!ca) {
      const material = await createDevelopmentCa({
        algorithm,
        subject: {
          commonName: `PolicyHub 开发测试根证书 (${algorithm})`,
          organization: 'PolicyHub 保单通（开发环境）',
          country: 'CN',
        },
      });
      ca = await insertKey(ctx, tx, {
        insurerOrgId: null,
        kind: 'ca',
        material,
        issuerKeyId: null,
        source: 'generated',
      });
      created = true;
    }
    let tsa = await activePlatformKey(tx, 'tsa', algorithm);
    if (!tsa) {
      const caKey = await loadKey(ctx, tx, ca);
      const material = await issueTsaCertificate(caKey.material, {
        subject: {
          commonName: `PolicyHub 时间戳服务 (${algorithm})`,
          organization: 'PolicyHub 保单通',
          country: 'CN',
        },
      });
      tsa = await insertKey(ctx, tx, {
        insurerOrgId: null,
        kind: 'tsa',
        material,
        issuerKeyId: ca.id,
        source: 'generated',
      });
    }
    return { ca, tsa };
  });
  if (created) {
    invalidateTrust(ctx);
    ctx.log.warn(DEV_CA_WARNING);
    await exportTrustedRoots(ctx, executor).catch(() => undefined);
  }
  return result;
}

async function createSigningKey(
  ctx: AppContext,
  tx: Executor,
  insurerOrgId: string,
  algorithm: KeyAlgorithm,
): Promise<KeyRow> {
  const insurer = await findOrganization(tx, insurerOrgId);
  if (!insurer || (insurer.type !== 'insurer' && insurer.type !== 'insurer_branch'))
    throw notFound('保险公司');
  const { ca } = await ensurePlatformKeys(ctx, tx, algorithm);
  const caKey = await loadKey(ctx, tx, ca);
  const material = await issueSigningCertificate(caKey.material, {
    subject: insurerSigningSubject(insurer.name),
  });
  return insertKey(ctx, tx, {
    insurerOrgId,
    kind: 'signing',
    material,
    issuerKeyId: ca.id,
    source: 'generated',
  });
}

/**
 * The insurer's active signing key. Outside production one is created on first use (signed by
 * the development CA of SIGNING_ALGORITHM); in production keys are imported (PKCS#12) or created
 * explicitly with `policyhub keys rotate`, so a missing key is an error, not a silent dev key.
 */
export async function ensureSigningKey(
  ctx: AppContext,
  executor: Executor,
  insurerOrgId: string,
): Promise<KeyRow> {
  const existing = await activeSigningKey(executor, insurerOrgId);
  if (existing) return existing;
  if (ctx.config.isProduction)
    throw new AppError('SIGNING_KEY_UNAVAILABLE', {
      message: '该保险公司尚未配置签章证书，请安全管理员导入 PKCS#12 证书（policyhub keys import）',
    });
  return executor.transaction(async (tx) => {
    await lockKeys(tx);
    const again = await activeSigningKey(tx, insurerOrgId);
    if (again) return again;
    const row = await createSigningKey(ctx, tx, insurerOrgId, ctx.config.signingAlgorithm);
    ctx.log.warn(
      `⚠️ 已为保险公司 ${row.subject} 创建开发用签章证书（${row.algorithm}）；生产环境请导入 PKCS#12`,
    );
    return row;
  });
}

// CRLs are signed once per CA and revocation state, and re-signed daily so nextUpdate stays ahead.
const crlCache = new Map<string, { der: Uint8Array; at: number }>();
const CRL_REFRESH_MS = 86_400_000;

type RevokedRef = { serial: string; revokedAt: Date | null };

async function loadKeyById(ctx: AppContext, executor: Executor, id: string): Promise<LoadedKey> {
  const cached = loadedKeys.get(id);
  if (cached) return cached;
  const row = await findKey(executor, id);
  if (!row) throw new AppError('SIGNING_KEY_UNAVAILABLE', { message: '证书记录不存在' });
  return loadKey(ctx, executor, row);
}

async function crlOf(
  ctx: AppContext,
  executor: Executor,
  caId: string,
  revoked: RevokedRef[],
): Promise<Uint8Array | null> {
  const sorted = [...revoked].sort((a, b) => (a.serial < b.serial ? -1 : 1));
  const cacheKey = `${caId}|${sorted.map((r) => r.serial).join(',')}`;
  const hit = crlCache.get(cacheKey);
  if (hit && Date.now() - hit.at < CRL_REFRESH_MS) return hit.der;
  const ca = await findKey(executor, caId);
  if (!ca || ca.source !== 'generated' || ca.kind !== 'ca') return null;
  const caKey = await loadKey(ctx, executor, ca);
  const der = await createCrl(caKey.material, {
    revoked: sorted.map((r) => ({ serialNumber: r.serial, revokedAt: r.revokedAt ?? undefined, reason: 1 })),
  });
  crlCache.set(cacheKey, { der, at: Date.now() });
  return der;
}

/** The current CRL of one of our CAs (DER), listing every certificate it issued that we revoked. */
export async function currentCrl(
  ctx: AppContext,
  executor: Executor,
  caId: string,
): Promise<Uint8Array | null> {
  const revoked = await executor
    .select({ serial: signingKeys.serial, revokedAt: signingKeys.revokedAt })
    .from(signingKeys)
    .where(and(eq(signingKeys.issuerKeyId, caId), eq(signingKeys.status, 'revoked')));
  return crlOf(ctx, executor, caId, revoked);
}

/** Everything needed to sign one insurer's documents: key, chain, TSA and CRL. */
export type SigningBundle = {
  key: KeyRow;
  material: KeyMaterialPem;
  identity: SigningIdentity;
  /** The built-in TSA's key, or null when TSA_URL names an external TSA. */
  tsa: { row: KeyRow; material: KeyMaterialPem; identity: SigningIdentity } | null;
  crls: Uint8Array[];
  /** Hotline, logo and seal image the insurer's documents show. */
  branding: DocumentBranding;
};

/**
 * Loads (creating in development when missing) what signing for this insurer needs. The usual
 * case is one small statement: the key rows come from a cache, only their status is read.
 */
export async function signingBundle(
  ctx: AppContext,
  executor: Executor,
  insurerOrgId: string,
): Promise<SigningBundle> {
  const rows = await executor
    .select({
      id: signingKeys.id,
      kind: signingKeys.kind,
      status: signingKeys.status,
      insurerOrgId: signingKeys.insurerOrgId,
      algorithm: signingKeys.algorithm,
      issuerKeyId: signingKeys.issuerKeyId,
      serial: signingKeys.serial,
      revokedAt: signingKeys.revokedAt,
    })
    .from(signingKeys)
    .where(
      or(
        and(
          eq(signingKeys.insurerOrgId, insurerOrgId),
          eq(signingKeys.kind, 'signing'),
          eq(signingKeys.status, 'active'),
        ),
        and(isNull(signingKeys.insurerOrgId), eq(signingKeys.kind, 'tsa'), eq(signingKeys.status, 'active')),
        eq(signingKeys.status, 'revoked'),
      ),
    );
  const active = rows.find(
    (r) => r.kind === 'signing' && r.status === 'active' && r.insurerOrgId === insurerOrgId,
  );
  const key = active
    ? (await loadKeyById(ctx, executor, active.id)).row
    : await ensureSigningKey(ctx, executor, insurerOrgId);
  const loaded = await loadKeyById(ctx, executor, key.id);
  let tsa: SigningBundle['tsa'] = null;
  if (!ctx.config.tsaUrl) {
    const tsaRow = rows.find(
      (r) => r.kind === 'tsa' && r.status === 'active' && r.algorithm === key.algorithm,
    );
    const tsaId = tsaRow?.id ?? (await ensurePlatformKeys(ctx, executor, key.algorithm)).tsa.id;
    const t = await loadKeyById(ctx, executor, tsaId);
    tsa = { row: t.row, material: t.material, identity: t.identity };
  }
  const crl = key.issuerKeyId
    ? await crlOf(
        ctx,
        executor,
        key.issuerKeyId,
        rows.filter((r) => r.status === 'revoked' && r.issuerKeyId === key.issuerKeyId),
      )
    : null;
  return {
    key,
    material: loaded.material,
    identity: loaded.identity,
    tsa,
    crls: crl ? [crl] : [],
    branding: await documentBranding(ctx, executor, insurerOrgId, key.id),
  };
}

const httpTsas = new Map<string, TimestampAuthority>();

/** The time-stamp authority for a bundle: the configured TSA_URL, else the built-in one. */
export function timestampAuthorityFor(ctx: AppContext, bundle: SigningBundle): TimestampAuthority {
  if (ctx.config.tsaUrl) {
    let tsa = httpTsas.get(ctx.config.tsaUrl);
    if (!tsa) httpTsas.set(ctx.config.tsaUrl, (tsa = createHttpTimestampAuthority(ctx.config.tsaUrl)));
    return tsa;
  }
  return createLocalTimestampAuthority(bundle.tsa!.identity, { clock: ctx.now });
}

type Trust = { roots: string[]; revokedSerials: string[] };

// Verification reads the trust list on every request; it is kept for a moment per database and
// dropped at once by any key change in this process. Another process (PostgreSQL deployments)
// sees a revocation within TRUST_TTL_MS.
const TRUST_TTL_MS = 2000;
const trustCache = new WeakMap<object, { at: number; value: Promise<Trust> }>();

/** Drops the cached trust list (after a key is created, rotated, imported or revoked). */
export function invalidateTrust(ctx: Pick<AppContext, 'database'>): void {
  trustCache.delete(ctx.database);
}

async function loadTrust(executor: Executor): Promise<Trust> {
  const rows = await executor
    .select({
      kind: signingKeys.kind,
      status: signingKeys.status,
      serial: signingKeys.serial,
      pem: signingKeys.certificatePem,
    })
    .from(signingKeys)
    .where(or(eq(signingKeys.kind, 'ca'), eq(signingKeys.status, 'revoked')));
  return {
    roots: rows.filter((r) => r.kind === 'ca').map((r) => r.pem),
    revokedSerials: rows.filter((r) => r.status === 'revoked').map((r) => r.serial),
  };
}

/** What the verifier trusts: every CA certificate ever stored, and every revoked serial. */
export function trustMaterial(
  ctx: Pick<AppContext, 'database' | 'db'>,
  options: { fresh?: boolean } = {},
): Promise<Trust> {
  const hit = trustCache.get(ctx.database);
  if (hit && !options.fresh && Date.now() - hit.at < TRUST_TTL_MS) return hit.value;
  const value = loadTrust(ctx.db);
  trustCache.set(ctx.database, { at: Date.now(), value });
  value.catch(() => trustCache.delete(ctx.database));
  return value;
}

export async function findKey(executor: Executor, id: string): Promise<KeyRow | null> {
  const [row] = await executor.select(keyColumns).from(signingKeys).where(eq(signingKeys.id, id));
  return row ? asKeyRow(row) : null;
}

export async function findKeys(executor: Executor): Promise<KeyRow[]> {
  const rows = await executor
    .select(keyColumns)
    .from(signingKeys)
    .orderBy(asc(signingKeys.kind), asc(signingKeys.createdAt));
  return rows.map(asKeyRow);
}

/** Retires the insurer's active signing key(s); old documents stay verifiable (the CA stays trusted). */
export async function retireSigningKeys(executor: Executor, insurerOrgId: string): Promise<string[]> {
  const rows = await executor
    .update(signingKeys)
    .set({ status: 'retired' })
    .where(
      and(
        eq(signingKeys.insurerOrgId, insurerOrgId),
        eq(signingKeys.kind, 'signing'),
        eq(signingKeys.status, 'active'),
      ),
    )
    .returning({ id: signingKeys.id });
  return rows.map((r) => r.id);
}

export { createSigningKey, ensurePlatformKeys, insertKey, lockKeys, loadKey };

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An insurer organization by id or exact name (CLI arguments), or the first insurer when none is
 * named. Read-only look-up of the organizations table.
 */
export async function findInsurer(
  executor: Executor,
  idOrName?: string,
): Promise<{ id: string; name: string } | null> {
  const isInsurer = or(eq(organizations.type, 'insurer'), eq(organizations.type, 'insurer_branch'));
  const which = idOrName
    ? UUID_RE.test(idOrName)
      ? eq(organizations.id, idOrName)
      : eq(organizations.name, idOrName.trim())
    : undefined;
  const [row] = await executor
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(and(isInsurer, which))
    .orderBy(asc(organizations.path))
    .limit(1);
  return row ?? null;
}
