import crypto from 'node:crypto';
import { verifyPdf, type VerifyPdfResult } from '@policyhub/documents';
import { serveJobs } from '../../../platform/workers/pool.js';

/** One uploaded file to check, sent by verify-pool.ts. */
export type VerifyJob = {
  pdf: Uint8Array;
  trustedRoots: string[];
  revokedSerials: string[];
  nowMs: number;
};

export type VerifyJobResult = {
  result: VerifyPdfResult;
  /** sha256 of the bytes up to the end of the last signature's range: the archived file, if unaltered. */
  signedContentSha256: string | null;
};

function signedContentHash(pdf: Uint8Array, result: VerifyPdfResult): string | null {
  const last = result.signatures[result.signatures.length - 1];
  if (!last) return null;
  const end = last.byteRange[2] + last.byteRange[3];
  if (!(end > 0 && end <= pdf.length)) return null;
  return crypto.createHash('sha256').update(pdf.subarray(0, end)).digest('hex');
}

serveJobs<VerifyJob, VerifyJobResult>(async (job) => {
  const result = await verifyPdf(job.pdf, {
    trustedRoots: job.trustedRoots,
    revokedSerials: job.revokedSerials,
    now: new Date(job.nowMs),
  });
  return { value: { result, signedContentSha256: signedContentHash(job.pdf, result) } };
});
