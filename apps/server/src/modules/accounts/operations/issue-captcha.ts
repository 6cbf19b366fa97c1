import crypto from 'node:crypto';
import { lt } from 'drizzle-orm';
import svgCaptcha from 'svg-captcha';
import type { AppContext } from '../../../platform/context.js';
import { captchas } from '../tables.js';
import { hashShortSecret } from '../credentials.js';

export const CAPTCHA_TTL_MS = 5 * 60_000;

/**
 * Creates a login captcha. Only a keyed hash of the answer is stored, in the database, so every
 * server process can check it; the answer is returned only in test mode (refused in production).
 */
export async function issueCaptcha(
  ctx: AppContext,
): Promise<{ captchaId: string; svg: string; answer?: string }> {
  const captcha = svgCaptcha.create({
    size: 4,
    noise: 2,
    ignoreChars: '0oO1ilI',
    color: true,
    background: '#f5f7fa',
  });
  const id = crypto.randomUUID();
  const answer = captcha.text.toLowerCase();
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    // Expired captchas are worthless; sweeping them here keeps the table small without a job.
    await tx.delete(captchas).where(lt(captchas.expiresAt, new Date(now.getTime() - CAPTCHA_TTL_MS)));
    await tx.insert(captchas).values({
      id,
      answerHash: hashShortSecret(ctx.crypto, 'captcha', id, answer),
      expiresAt: new Date(now.getTime() + CAPTCHA_TTL_MS),
    });
  });
  return { captchaId: id, svg: captcha.data, ...(ctx.config.testMode ? { answer } : {}) };
}
