import type { z } from 'zod';
import type { ZKey } from '../schemas.js';
import { count, eq, inArray } from 'drizzle-orm';
import {
  checkKeyMaterial,
  describeCertificate,
  type KeyAlgorithm,
  type KeyMaterialPem,
} from '@policyhub/documents';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { documents, signingKeys } from '../tables.js';
import { checkSealImage } from '../branding.js';
import { organizations } from '../../../platform/identity/tables.js';
import { recordAudit, type Actor } from '../../../platform/audit/index.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { findOrganization } from '../../organizations/index.js';
import {
  createSigningKey,
  exportTrustedRoots,
  findKey,
  findKeys,
  insertKey,
  invalidateTrust,
  lockKeys,
  retireSigningKeys,
  type KeyRow,
} from '../keys.js';

/** A key as the admin page and CLI show it (never the private key). */
export type KeyView = z.infer<typeof ZKey>;

async function toViews(executor: Executor, rows: KeyRow[]): Promise<KeyView[]> {
  const ids = rows.map((r) => r.id);
  const orgIds = [...new Set(rows.map((r) => r.insurerOrgId).filter((x): x is string => !!x))];
  const counts = ids.length
    ? await executor
        .select({ id: documents.signingKeyId, n: count() })
        .from(documents)
        .where(inArray(documents.signingKeyId, ids))
        .groupBy(documents.signingKeyId)
    : [];
  const names = orgIds.length
    ? await executor
        .select({ id: organizations.id, name: organizations.name })
        .from(organizations)
        .where(inArray(organizations.id, orgIds))
    : [];
  return rows.map((r) => ({
    id: r.id,
    insurerOrgId: r.insurerOrgId,
    insurerName: names.find((n) => n.id === r.insurerOrgId)?.name ?? null,
    kind: r.kind,
    algorithm: r.algorithm,
    subject: r.subject,
    serial: r.serial,
    notBefore: r.notBefore.toISOString(),
    notAfter: r.notAfter.toISOString(),
    status: r.status,
    revokedAt: r.revokedAt?.toISOString() ?? null,
    revocationReason: r.revocationReason,
    source: r.source,
    documentsSigned: Number(counts.find((c) => c.id === r.id)?.n ?? 0),
  }));
}

/** Every key and certificate: platform CAs and TSAs, insurers' signing keys, with usage counts. */
export async function listKeys(ctx: AppContext): Promise<KeyView[]> {
  return toViews(ctx.db, await findKeys(ctx.db));
}

async function insurerOf(executor: Executor, insurerOrgId: string) {
  const org = await findOrganization(executor, insurerOrgId);
  if (!org || (org.type !== 'insurer' && org.type !== 'insurer_branch')) throw notFound('保险公司');
  return org;
}

/**
 * Rotates an insurer's signing key: a new key from the platform CA becomes active and the old
 * one is retired (not revoked), so documents it signed stay valid (ED-2).
 */
export async function rotateSigningKey(
  ctx: AppContext,
  actor: Actor,
  input: { insurerOrgId: string; algorithm?: KeyAlgorithm },
): Promise<KeyView> {
  const row = await ctx.db.transaction(async (tx) => {
    const insurer = await insurerOf(tx, input.insurerOrgId);
    await lockKeys(tx);
    const retired = await retireSigningKeys(tx, insurer.id);
    const created = await createSigningKey(
      ctx,
      tx,
      insurer.id,
      input.algorithm ?? ctx.config.signingAlgorithm,
    );
    await recordAudit(tx, actor, {
      action: 'key.rotate',
      entityType: 'signing_key',
      entityId: created.id,
      detail: { insurer: insurer.name, algorithm: created.algorithm, serial: created.serial, retired },
    });
    return created;
  });
  invalidateTrust(ctx);
  await exportTrustedRoots(ctx).catch(() => undefined);
  return (await toViews(ctx.db, [row]))[0]!;
}

/**
 * Revokes a signing or TSA key: recorded with reason and time, listed in the CRL embedded in
 * later documents and in the verifier's revoked list, so documents it signed verify as 证书已吊销.
 */
export async function revokeKey(ctx: AppContext, actor: Actor, id: string, reason: string): Promise<KeyView> {
  const row = await ctx.db.transaction(async (tx) => {
    await lockKeys(tx);
    const key = await findKey(tx, id);
    if (!key) throw notFound('证书');
    if (key.kind === 'ca')
      throw new AppError('INVALID_STATE', {
        message: '根证书不能在此吊销；如需停用签章证书，请吊销或轮换签章证书',
      });
    if (key.status === 'revoked') throw new AppError('INVALID_STATE', { message: '该证书已被吊销' });
    if (!reason.trim()) throw new AppError('VALIDATION_FAILED', { message: '请填写吊销原因' });
    await tx
      .update(signingKeys)
      .set({ status: 'revoked', revokedAt: ctx.now(), revocationReason: reason.trim() })
      .where(eq(signingKeys.id, key.id));
    await recordAudit(tx, actor, {
      action: 'key.revoke',
      entityType: 'signing_key',
      entityId: key.id,
      detail: { kind: key.kind, serial: key.serial, subject: key.subject, reason: reason.trim() },
    });
    return (await findKey(tx, key.id))!;
  });
  invalidateTrust(ctx);
  return (await toViews(ctx.db, [row]))[0]!;
}

/**
 * Imports an insurer's production key (from a PKCS#12) as its active signing key; the previous
 * key is retired, and the top of the imported chain becomes a trusted root for verification.
 */
export async function importSigningKey(
  ctx: AppContext,
  actor: Actor,
  input: { insurerOrgId: string; material: KeyMaterialPem; sealPng?: Uint8Array },
): Promise<KeyView> {
  const material = input.material;
  // The insurer's own seal image, the visible appearance of this key's signatures.
  if (input.sealPng) await checkSealImage(input.sealPng);
  try {
    checkKeyMaterial(material);
  } catch (error) {
    throw new AppError('KEY_IMPORT_INVALID', { message: `证书无法导入：${(error as Error).message}` });
  }
  const leaf = describeCertificate(material.certificatePem);
  const anchorPem =
    material.chainPem.at(-1) ?? (leaf.subject === leaf.issuer ? material.certificatePem : undefined);
  if (!anchorPem)
    throw new AppError('KEY_IMPORT_INVALID', {
      message: '证书文件中缺少签发该证书的 CA 证书（证书链），无法作为可验证的签章证书导入',
    });
  const row = await ctx.db.transaction(async (tx) => {
    const insurer = await insurerOf(tx, input.insurerOrgId);
    await lockKeys(tx);
    const anchorDer = describeCertificate(anchorPem).sha256Fingerprint;
    const knownCas = await tx
      .select({ pem: signingKeys.certificatePem })
      .from(signingKeys)
      .where(eq(signingKeys.kind, 'ca'));
    if (!knownCas.some((c) => describeCertificate(c.pem).sha256Fingerprint === anchorDer)) {
      await insertKey(ctx, tx, {
        insurerOrgId: insurer.id,
        kind: 'ca',
        material: { certificatePem: anchorPem, chainPem: [] },
        issuerKeyId: null,
        source: 'imported',
      });
    }
    const retired = await retireSigningKeys(tx, insurer.id);
    const created = await insertKey(ctx, tx, {
      insurerOrgId: insurer.id,
      kind: 'signing',
      material,
      issuerKeyId: null,
      source: 'imported',
    });
    if (input.sealPng)
      await tx
        .update(signingKeys)
        .set({ sealPng: Buffer.from(input.sealPng).toString('base64') })
        .where(eq(signingKeys.id, created.id));
    await recordAudit(tx, actor, {
      action: 'key.import',
      entityType: 'signing_key',
      entityId: created.id,
      detail: {
        insurer: insurer.name,
        subject: created.subject,
        serial: created.serial,
        retired,
        seal: input.sealPng ? `${input.sealPng.length} B` : null,
      },
    });
    return created;
  });
  invalidateTrust(ctx);
  await exportTrustedRoots(ctx).catch(() => undefined);
  return (await toViews(ctx.db, [row]))[0]!;
}
