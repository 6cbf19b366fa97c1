import { eq } from 'drizzle-orm';
import { checkDocumentImage } from '@policyhub/documents';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/index.js';
import type { AuthUser } from '../../platform/access.js';
import { recordAudit, type Actor } from '../../platform/audit/index.js';
import { AppError, notFound } from '../../platform/errors.js';
import { detectFileKind } from '../../platform/files/index.js';
import { findOrganization } from '../organizations/index.js';
import { insurerDocumentSettings, signingKeys } from './tables.js';

/** What an insurer's documents show about it besides its name: hotline, logo, seal image. */
export type DocumentBranding = {
  hotline: string | null;
  logo: Uint8Array | null;
  /** The seal imported with the signing key; null: drawn from the insurer's name. */
  seal: Uint8Array | null;
};

/** Logos are small marks: 200 KB is plenty for a 40 pt square at print resolution. */
export const LOGO_MAX_BYTES = 200 * 1024;
/** Seal images imported with a key. */
export const SEAL_MAX_BYTES = 512 * 1024;
/** 客服电话: digits with optional dashes, e.g. 95556, 400-820-1234, 010-12345678. */
const HOTLINE = /^\d(?:-?\d){2,19}$/;

// Issuing reads the settings on every document: they are cached per insurer (dropped on change
// here; other processes see a change within the TTL) and the seal per key (set once at import).
const settingsCache = new Map<string, { at: number; value: Omit<DocumentBranding, 'seal'> }>();
const sealCache = new Map<string, Uint8Array | null>();
const TTL_MS = 30_000;

const fromBase64 = (v: string | null): Uint8Array | null =>
  v ? new Uint8Array(Buffer.from(v, 'base64')) : null;

/** The branding of an insurer's documents signed with key `keyId` (cached). */
export async function documentBranding(
  ctx: AppContext,
  executor: Executor,
  insurerOrgId: string,
  keyId: string,
): Promise<DocumentBranding> {
  let settings = settingsCache.get(insurerOrgId);
  if (!settings || ctx.now().getTime() - settings.at > TTL_MS || settings.at > ctx.now().getTime()) {
    const [row] = await executor
      .select({ hotline: insurerDocumentSettings.hotline, logo: insurerDocumentSettings.logo })
      .from(insurerDocumentSettings)
      .where(eq(insurerDocumentSettings.insurerOrgId, insurerOrgId));
    settings = {
      at: ctx.now().getTime(),
      value: { hotline: row?.hotline ?? null, logo: fromBase64(row?.logo ?? null) },
    };
    settingsCache.set(insurerOrgId, settings);
  }
  let seal = sealCache.get(keyId);
  if (seal === undefined) {
    const [row] = await executor
      .select({ seal: signingKeys.sealPng })
      .from(signingKeys)
      .where(eq(signingKeys.id, keyId));
    seal = fromBase64(row?.seal ?? null);
    sealCache.set(keyId, seal);
  }
  return { ...settings.value, seal };
}

/** Checks a seal image given with an imported key (PNG, bounded, decodable); Chinese refusal. */
export async function checkSealImage(data: Uint8Array): Promise<void> {
  if (detectFileKind(Buffer.from(data.buffer, data.byteOffset, data.byteLength)) !== 'png')
    throw new AppError('VALIDATION_FAILED', { message: '印章图片须为 PNG 格式（建议透明背景）' });
  if (data.length > SEAL_MAX_BYTES)
    throw new AppError('VALIDATION_FAILED', { message: '印章图片不能超过 512 KB' });
  try {
    await checkDocumentImage(data);
  } catch {
    throw new AppError('VALIDATION_FAILED', { message: '印章图片已损坏，无法读取' });
  }
}

// ── insurer settings (admin or the insurer itself) ─────────────────────────────────────────────

export type InsurerDocumentSettingsView = {
  insurerOrgId: string;
  insurerName: string;
  hotline: string | null;
  logo: { mime: 'image/png' | 'image/jpeg'; size: number; dataUrl: string } | null;
  updatedAt: string | null;
};

/**
 * The insurer a user may configure: the platform's admin any insurer, insurer staff only their own
 * (another insurer answers 404, as if it did not exist); every other role 403.
 */
async function insurerFor(executor: Executor, user: AuthUser, insurerOrgId: string) {
  if (user.role !== 'exchange_admin' && user.role !== 'insurer_staff') throw new AppError('FORBIDDEN');
  if (user.role === 'insurer_staff' && user.orgId !== insurerOrgId) throw notFound('保险公司');
  const org = await findOrganization(executor, insurerOrgId);
  if (!org || org.type !== 'insurer') throw notFound('保险公司');
  return org;
}

function viewOf(
  org: { id: string; name: string },
  row: typeof insurerDocumentSettings.$inferSelect | undefined,
): InsurerDocumentSettingsView {
  const mime = row?.logoMime === 'image/jpeg' ? 'image/jpeg' : 'image/png';
  return {
    insurerOrgId: org.id,
    insurerName: org.name,
    hotline: row?.hotline ?? null,
    logo: row?.logo
      ? { mime, size: Buffer.from(row.logo, 'base64').length, dataUrl: `data:${mime};base64,${row.logo}` }
      : null,
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

export async function getInsurerDocumentSettings(
  ctx: AppContext,
  user: AuthUser,
  insurerOrgId: string,
): Promise<InsurerDocumentSettingsView> {
  const org = await insurerFor(ctx.db, user, insurerOrgId);
  const [row] = await ctx.db
    .select()
    .from(insurerDocumentSettings)
    .where(eq(insurerDocumentSettings.insurerOrgId, insurerOrgId));
  return viewOf(org, row);
}

/** A hotline as typed: trimmed, spaces removed; null when empty; Chinese refusal when malformed. */
export function normaliseHotline(input: string | null): string | null {
  const v = (input ?? '').replace(/\s+/g, '');
  if (!v) return null;
  if (!HOTLINE.test(v))
    throw new AppError('VALIDATION_FAILED', {
      message: '客服电话只能包含数字和短横线（3–20 位数字），如 95556 或 400-820-1234',
      details: [{ field: 'hotline', message: '客服电话格式不正确' }],
    });
  return v;
}

/** A logo as uploaded (base64): PNG or JPEG by its magic bytes, at most 200 KB, decodable. */
export async function checkLogo(base64: string): Promise<{ data: Buffer; mime: 'image/png' | 'image/jpeg' }> {
  const clean = base64.replace(/^data:[^;,]*;base64,/, '').replace(/\s+/g, '');
  const invalid = (message: string) =>
    new AppError('VALIDATION_FAILED', { message, details: [{ field: 'logo', message }] });
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || !clean) throw invalid('Logo 文件内容无法读取，请重新上传');
  const data = Buffer.from(clean, 'base64');
  const kind = detectFileKind(data);
  if (kind !== 'png' && kind !== 'jpeg') throw invalid('Logo 须为 PNG 或 JPEG 图片');
  if (data.length > LOGO_MAX_BYTES) throw invalid('Logo 图片不能超过 200 KB');
  try {
    const { width, height } = await checkDocumentImage(new Uint8Array(data));
    if (width < 16 || height < 16) throw invalid('Logo 图片太小（至少 16 × 16 像素）');
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw invalid('Logo 图片已损坏，无法读取');
  }
  return { data, mime: kind === 'png' ? 'image/png' : 'image/jpeg' };
}

export async function updateInsurerDocumentSettings(
  ctx: AppContext,
  user: AuthUser,
  actor: Actor,
  insurerOrgId: string,
  input: { hotline?: string | null | undefined; logo?: string | null | undefined },
): Promise<InsurerDocumentSettingsView> {
  const org = await insurerFor(ctx.db, user, insurerOrgId);
  // Everything is checked before anything is written: bad input changes nothing.
  const hotline = input.hotline === undefined ? undefined : normaliseHotline(input.hotline);
  const logo = input.logo === undefined || input.logo === null ? input.logo : await checkLogo(input.logo);
  const row = await ctx.db.transaction(async (tx) => {
    const patch = {
      ...(hotline !== undefined ? { hotline } : {}),
      ...(logo !== undefined
        ? { logo: logo ? logo.data.toString('base64') : null, logoMime: logo ? logo.mime : null }
        : {}),
      updatedAt: ctx.now(),
      updatedBy: user.id,
    };
    const [saved] = await tx
      .insert(insurerDocumentSettings)
      .values({ insurerOrgId, ...patch })
      .onConflictDoUpdate({ target: insurerDocumentSettings.insurerOrgId, set: patch })
      .returning();
    await recordAudit(tx, actor, {
      action: 'insurer.document_settings',
      entityType: 'organization',
      entityId: insurerOrgId,
      detail: {
        ...(hotline !== undefined ? { hotline } : {}),
        ...(logo !== undefined ? { logo: logo ? `${logo.mime}, ${logo.data.length} B` : null } : {}),
      },
    });
    return saved!;
  });
  settingsCache.delete(insurerOrgId);
  return viewOf(org, row);
}

/** Seeds (or replaces) an insurer's hotline and logo without a user (demo data, CLI). */
export async function setInsurerDocumentSettings(
  ctx: AppContext,
  executor: Executor,
  insurerOrgId: string,
  settings: { hotline: string | null; logo: { data: Uint8Array; mime: 'image/png' | 'image/jpeg' } | null },
  options: { onlyIfAbsent?: boolean } = {},
): Promise<void> {
  const values = {
    hotline: normaliseHotline(settings.hotline),
    logo: settings.logo ? Buffer.from(settings.logo.data).toString('base64') : null,
    logoMime: settings.logo?.mime ?? null,
    updatedAt: ctx.now(),
  };
  const insert = executor.insert(insurerDocumentSettings).values({ insurerOrgId, ...values });
  await (options.onlyIfAbsent
    ? insert.onConflictDoNothing({ target: insurerDocumentSettings.insurerOrgId })
    : insert.onConflictDoUpdate({ target: insurerDocumentSettings.insurerOrgId, set: values }));
  settingsCache.delete(insurerOrgId);
}
