import type { Verification } from '../../api/documents';
import { formatTime } from '../../components/format';
import type { Locale, MessageKey, Translate } from '../../i18n';

type Signature = Verification['technical']['signatures'][number];

/** What a failed check of a signature means, in the order the server weighs them. */
function problemsOf(signature: Signature): MessageKey[] {
  const keys: MessageKey[] = [];
  if (!signature.digestMatches) keys.push('verifyReason.content_changed');
  if (signature.modifiedAfterSigning) keys.push('verifyReason.appended');
  if (!signature.signatureValid) keys.push('verifyReason.signature_invalid');
  if (!signature.chainTrusted) keys.push('verifyReason.untrusted');
  if (signature.revoked) keys.push('verifyReason.revoked');
  return keys;
}

/**
 * The findings line(s) under 技术详情. zh-CN shows the server's lines verbatim (they name the exact
 * byte counts and certificate problems, times already in Beijing time); en-US builds them from the
 * signatures' checks: who signed and the time stamp in Beijing time for a valid file, else what
 * failed (the verdict's reason when no single check explains it).
 */
export function verificationFindings(result: Verification, locale: Locale, t: Translate): string[] {
  if (locale === 'zh-CN') return result.technical.details ?? [];
  const { signatures } = result.technical;
  if (result.verdict === 'valid') {
    return signatures.map((s) =>
      s.timestampAt
        ? t('verify.finding.validAt', { signer: s.signer, time: formatTime(s.timestampAt) })
        : t('verify.finding.valid', { signer: s.signer }),
    );
  }
  if (signatures.length === 0) return [t(`verifyReason.${result.reason}`)];
  const keys = new Set<MessageKey>(signatures.flatMap(problemsOf));
  if (keys.size === 0) keys.add(`verifyReason.${result.reason}`);
  return [...keys].map((key) => t(key));
}
