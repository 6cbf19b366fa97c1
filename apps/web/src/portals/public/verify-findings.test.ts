import { describe, expect, it } from 'vitest';
import type { Verification } from '../../api/documents';
import zhCN from '../../i18n/zh-CN.json';
import enUS from '../../i18n/en-US.json';
import type { MessageKey, Translate } from '../../i18n';
import { verificationFindings } from './verify-findings';

const translator =
  (catalogue: Record<string, string>): Translate =>
  (key: MessageKey, vars) =>
    catalogue[key]!.replace(/\{(\w+)\}/g, (whole, name: string) =>
      vars && name in vars ? String(vars[name]) : whole,
    );
const en = translator(enUS);
const zh = translator(zhCN);

const intact = {
  signer: '某某人寿保险股份有限公司',
  issuer: 'PolicyHub CA',
  serial: '01',
  algorithm: 'RSA / SHA-256',
  signedAt: '2026-12-03T05:08:00.000Z',
  timestampAt: '2026-12-03T05:08:01.000Z',
  byteRangeCoversWholeFile: true,
  digestMatches: true,
  signatureValid: true,
  chainTrusted: true,
  revoked: false,
  modifiedAfterSigning: false,
};

function verification(
  verdict: Verification['verdict'],
  reason: Verification['reason'],
  signatures: (typeof intact)[],
  details: string[],
): Verification {
  return {
    verdict,
    reason,
    title: '',
    summary: '',
    issuedHere: verdict === 'valid',
    technical: { signatures, fileSha256: 'ab', details },
  } as unknown as Verification;
}

describe('the verify page findings line', () => {
  const valid = verification(
    'valid',
    'intact',
    [intact],
    ['由 某某人寿保险股份有限公司 签署，时间戳 2026-12-03 13:08:01（北京时间）；签名后文件未被修改'],
  );

  it("shows the server's Chinese line in zh-CN", () => {
    expect(verificationFindings(valid, 'zh-CN', zh)).toEqual(valid.technical.details);
  });

  it('says who signed and the time stamp in Beijing time (not UTC) in en-US', () => {
    expect(verificationFindings(valid, 'en-US', en)).toEqual([
      'Signed by 某某人寿保险股份有限公司, time stamp 2026-12-03 13:08:01 (Beijing time); the file was not changed after signing',
    ]);
    const noStamp = verification(
      'valid',
      'intact',
      [{ ...intact, timestampAt: null as unknown as string }],
      [],
    );
    expect(verificationFindings(noStamp, 'en-US', en)).toEqual([
      'Signed by 某某人寿保险股份有限公司; the file was not changed after signing',
    ]);
  });

  it('names what failed in en-US, without the Chinese problem text', () => {
    const changed = verification(
      'tampered',
      'content_changed',
      [{ ...intact, digestMatches: false }],
      ['文件摘要与签名中的摘要不一致'],
    );
    expect(verificationFindings(changed, 'en-US', en)).toEqual(['The signed content was changed']);
    const rewritten = verification('invalid', 'rewritten', [intact], ['签名保护的字节已被改写']);
    expect(verificationFindings(rewritten, 'en-US', en)).toEqual([
      'Re-saved by another program: the signed bytes were rewritten',
    ]);
    const unsigned = verification('unsigned', 'not_signed', [], ['文件中没有数字签名']);
    expect(verificationFindings(unsigned, 'en-US', en)).toEqual([
      'The file carries no digital signature (or it was removed)',
    ]);
    for (const v of [changed, rewritten, unsigned])
      for (const line of verificationFindings(v, 'en-US', en)) expect(line).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
