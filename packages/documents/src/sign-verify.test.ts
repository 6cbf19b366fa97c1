import { readFileSync } from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFStream } from 'pdf-lib';
import * as pkijs from 'pkijs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createCrl,
  createDevelopmentCa,
  describeCertificate,
  insurerSigningSubject,
  issueSigningCertificate,
  issueTsaCertificate,
} from './certificates.js';
import { type TimestampAuthority, loadSigningIdentity } from './cms.js';
import { encodeDer, fromHex, parseAsn1, toHex } from './der.js';
import { renderDocument } from './render.js';
import { signPdf } from './sign-pdf.js';
import { renderSignedDocument } from './signed-document.js';
import { specimenData } from './specimens.js';
import {
  appendIncrementalUpdate,
  hasTool,
  pageCount,
  pdfsig,
  pdftotext,
  rasterise,
  readPng,
  redShare,
  run,
  testPki,
  tmpFile,
} from './test-kit.js';
import { createLocalTimestampAuthority, createTimestampToken } from './tsa.js';
import { MAX_SIGNATURES, type VerifyPdfResult, verifyPdf } from './verify-pdf.js';

const URL = 'https://policyhub.example.cn/verify/doc_01J9SPECIMENMOTOR00001';
const motor = () => specimenData('policy', { productLine: 'MOTOR' });

function byteRangeOf(pdf: Uint8Array): [number, number, number, number] {
  const m = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(Buffer.from(pdf).toString('latin1'));
  if (!m) throw new Error('no ByteRange');
  return [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
}

/** The CMS (DER, padding removed) and the signed bytes of a signed PDF. */
function extractSignature(pdf: Uint8Array): { cms: Uint8Array; signed: Uint8Array } {
  const [a, b, c, d] = byteRangeOf(pdf);
  const hex = Buffer.from(pdf.subarray(b + 1, c - 1)).toString('latin1');
  const ci = new pkijs.ContentInfo({ schema: parseAsn1(fromHex(hex)) });
  return {
    cms: encodeDer(ci.toSchema()),
    signed: new Uint8Array(Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)])),
  };
}

function replaceContents(pdf: Uint8Array, cmsHex: string): Uint8Array {
  const [, b, c] = byteRangeOf(pdf);
  const room = c - b - 2;
  if (cmsHex.length > room) throw new Error('CMS too large for the placeholder');
  const out = new Uint8Array(pdf);
  out.set(Buffer.from(cmsHex.padEnd(room, '0'), 'latin1'), b + 1);
  return out;
}

const summary = (r: VerifyPdfResult) => ({ verdict: r.verdict, message: r.message, details: r.details });

describe.each(['RSA-2048', 'ECDSA-P256'] as const)('PAdES signature with %s', (alg) => {
  let signed: Uint8Array;
  let root: string;

  beforeAll(async () => {
    const pki = await testPki(alg);
    root = pki.ca.certificatePem;
    signed = await renderSignedDocument('policy', motor(), {
      verificationUrl: URL,
      signing: { signer: pki.signer, timestampAuthority: pki.tsa, crls: [pki.crl] },
    });
  });

  it('is reported valid by pdfsig (poppler), with the Chinese signer name intact', () => {
    const out = pdfsig(signed);
    expect(out).toContain('Signature Validation: Signature is Valid.');
    expect(out).toContain('Signature Type: ETSI.CAdES.detached');
    expect(out).toContain('Total document signed');
    expect(out).toContain('Signer Certificate Common Name: 某某财产保险股份有限公司 电子保单签章');
    expect(out).not.toContain('Digest Mismatch');
  });

  it('is valid for our verifier: digest, CMS, chain, time stamp, revocation data, document id', async () => {
    const r = await verifyPdf(signed, { trustedRoots: [root] });
    expect(summary(r)).toMatchObject({ verdict: 'valid', message: '有效' });
    // What a user reads says the time in Beijing time, never a raw UTC instant.
    expect(r.details.join()).toMatch(/时间戳 \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}（北京时间）/);
    expect(r.details.join()).not.toMatch(/\dZ/);
    const sig = r.signatures[0];
    expect(sig).toMatchObject({
      subFilter: 'ETSI.CAdES.detached',
      byteRangeCoversWholeFileExceptSignature: true,
      modifiedAfterSigning: false,
      digestMatches: true,
      cmsSignatureValid: true,
      chainToTrustedRoot: true,
      revoked: false,
      expiredAtSigningTime: false,
      signatureAlgorithm: alg,
      digestAlgorithm: 'SHA-256',
    });
    expect(sig?.signer?.commonName).toBe('某某财产保险股份有限公司 电子保单签章');
    expect(sig?.timestamp).toMatchObject({
      present: true,
      valid: true,
      digestMatches: true,
      chainToTrustedRoot: true,
    });
    expect(sig?.revocation).toMatchObject({ embeddedRevocationInfo: true, embeddedCrlValid: true });
    expect(r.document).toEqual({
      documentId: 'doc_01J9SPECIMENMOTOR00001',
      documentNo: 'PDAA2025110100004321',
      documentKind: 'policy',
      signed: true,
    });
    expect(pdftotext(signed)).toContain('PDAA2025110100004321');
  });

  it.runIf(hasTool('openssl'))('carries a CMS and a time-stamp token that OpenSSL verifies', async () => {
    const pki = await testPki(alg);
    const { cms, signed: content } = extractSignature(signed);
    const ca = tmpFile(pki.ca.certificatePem, 'pem');
    const out = run('openssl', [
      'cms',
      '-verify',
      '-binary',
      '-inform',
      'DER',
      '-in',
      tmpFile(cms, 'der'),
      '-content',
      tmpFile(content, 'bin'),
      '-CAfile',
      ca,
      '-purpose',
      'any',
      '-out',
      '/dev/null',
    ]);
    expect(out).toBe('');
    // The token inside the unsigned attributes, checked against the hash of the signature value.
    const ci = new pkijs.ContentInfo({ schema: parseAsn1(cms) });
    const si = new pkijs.SignedData({ schema: ci.content }).signerInfos[0];
    const token = si?.unsignedAttrs?.attributes[0]?.values[0];
    const sigValue = si?.signature.valueBlock.valueHexView ?? new Uint8Array();
    const tsOut = run('openssl', [
      'ts',
      '-verify',
      '-data',
      tmpFile(sigValue, 'bin'),
      '-in',
      tmpFile(encodeDer(token as never), 'tst'),
      '-token_in',
      '-CAfile',
      ca,
      '-untrusted',
      tmpFile(pki.tsaKeys.certificatePem, 'pem'),
    ]);
    expect(tsOut).toContain('Verification: OK');
  });
});

describe('tampering and trust', () => {
  let pki: Awaited<ReturnType<typeof testPki>>;
  let signed: Uint8Array;
  let trustedRoots: string[];

  beforeAll(async () => {
    pki = await testPki('ECDSA-P256');
    trustedRoots = [pki.ca.certificatePem];
    signed = await renderSignedDocument('policy', motor(), {
      verificationUrl: URL,
      signing: { signer: pki.signer, timestampAuthority: pki.tsa, crls: [pki.crl] },
    });
  });

  it('flags one changed byte inside the signed range (and pdfsig sees a digest mismatch)', async () => {
    const text = Buffer.from(signed).toString('latin1');
    const at = text.indexOf('/PolicyHubDocNo (') + '/PolicyHubDocNo ('.length + 6;
    expect(at).toBeLessThan(byteRangeOf(signed)[1]);
    const tampered = new Uint8Array(signed);
    tampered[at] = (tampered[at] ?? 0x30) === 0x39 ? 0x38 : (tampered[at] ?? 0x30) + 1;
    const r = await verifyPdf(tampered, { trustedRoots });
    expect(summary(r)).toMatchObject({ verdict: 'tampered', message: '已被篡改' });
    expect(r.signatures[0]?.digestMatches).toBe(false);
    expect(pdfsig(tampered)).toContain('Digest Mismatch');
  });

  it('flags an incremental update appended after signing', async () => {
    const updated = appendIncrementalUpdate(signed);
    const r = await verifyPdf(updated, { trustedRoots });
    expect(r.verdict).toBe('tampered');
    expect(r.signatures[0]).toMatchObject({
      modifiedAfterSigning: true,
      digestMatches: true,
      cmsSignatureValid: true,
    });
    // The forged Info dictionary lies outside the signed bytes, and the result says so.
    expect(r.document).toMatchObject({ documentId: 'doc_forged', signed: false });
    expect(pdfsig(updated)).toMatch(/Not total document signed/i);
  });

  it('rejects a signature lifted from another document', async () => {
    const other = await renderSignedDocument(
      'policy',
      { ...motor(), policyNo: 'PDAA2025110100009999' },
      {
        verificationUrl: URL,
        signing: { signer: pki.signer, timestampAuthority: pki.tsa, crls: [pki.crl] },
      },
    );
    const [, b, c] = byteRangeOf(other);
    const foreignHex = Buffer.from(other.subarray(b + 1, c - 1))
      .toString('latin1')
      .replace(/(00)+$/, '');
    const r = await verifyPdf(replaceContents(signed, foreignHex), { trustedRoots });
    expect(['tampered', 'invalid']).toContain(r.verdict);
    expect(r.signatures[0]?.digestMatches).toBe(false);
  });

  it('rejects a corrupted signature value as invalid', async () => {
    const { cms } = extractSignature(signed);
    const ci = new pkijs.ContentInfo({ schema: parseAsn1(cms) });
    const sd = new pkijs.SignedData({ schema: ci.content });
    const sig = sd.signerInfos[0]?.signature.valueBlock.valueHexView ?? new Uint8Array();
    const at = Buffer.from(cms).indexOf(Buffer.from(sig)) + sig.length - 3;
    const broken = new Uint8Array(cms);
    broken[at] = (broken[at] ?? 0) ^ 0x01;
    const r = await verifyPdf(replaceContents(signed, toHex(broken)), { trustedRoots });
    expect(summary(r)).toMatchObject({ verdict: 'invalid', message: '签名无效' });
    expect(r.signatures[0]).toMatchObject({ digestMatches: true, cmsSignatureValid: false });
  });

  it('calls a certificate from another CA untrusted, even one copying our CA name', async () => {
    const ours = describeCertificate(pki.ca.certificatePem);
    const impostorCa = await createDevelopmentCa({
      algorithm: 'ECDSA-P256',
      subject: {
        commonName: ours.subject.split(', ')[0]?.slice(3) ?? 'x',
        organization: 'PolicyHub 测试',
        country: 'CN',
      },
    });
    for (const ca of [(await testPki('ECDSA-P256', 'other')).ca, impostorCa]) {
      const signer = await issueSigningCertificate(ca, {
        subject: insurerSigningSubject('某某财产保险股份有限公司'),
      });
      const pdf = await renderSignedDocument('policy', motor(), { signing: { signer } });
      const r = await verifyPdf(pdf, { trustedRoots });
      expect(summary(r)).toMatchObject({ verdict: 'untrusted', message: '非本平台签发' });
      expect(r.signatures[0]).toMatchObject({
        digestMatches: true,
        cmsSignatureValid: true,
        chainToTrustedRoot: false,
      });
    }
  });

  it('reports a revoked certificate: platform list, current CRL, or CRL embedded at signing', async () => {
    const serial = describeCertificate(pki.signer.certificatePem).serialNumber;
    let r = await verifyPdf(signed, { trustedRoots, revokedSerials: [serial.toUpperCase()] });
    expect(summary(r)).toMatchObject({ verdict: 'revoked', message: '证书已吊销' });
    expect(r.signatures[0]?.revocation.source).toBe('revokedSerials');

    const crl = await createCrl(pki.ca, { revoked: [{ serialNumber: serial, reason: 1 }] });
    r = await verifyPdf(signed, { trustedRoots, crls: [crl] });
    expect(r.verdict).toBe('revoked');
    expect(r.signatures[0]?.revocation.source).toBe('crl');

    // A CRL from someone else's CA listing the serial proves nothing.
    const foreignCrl = await createCrl((await testPki('ECDSA-P256', 'other')).ca, {
      revoked: [{ serialNumber: serial }],
    });
    expect((await verifyPdf(signed, { trustedRoots, crls: [foreignCrl] })).verdict).toBe('valid');

    const pdf = await renderSignedDocument('policy', motor(), {
      signing: { signer: pki.signer, timestampAuthority: pki.tsa, crls: [crl] },
    });
    r = await verifyPdf(pdf, { trustedRoots });
    expect(r.verdict).toBe('revoked');
    expect(r.signatures[0]?.revocation.source).toBe('embeddedCrl');
  });

  it('keeps a signature valid after the certificate expires when the time stamp predates expiry', async () => {
    const now = Date.now();
    const shortLived = await issueSigningCertificate(pki.ca, {
      subject: insurerSigningSubject('某某财产保险股份有限公司'),
      notBefore: new Date(now - 2 * 86_400_000),
      notAfter: new Date(now + 3_600_000),
    });
    const later = new Date(now + 30 * 86_400_000);
    const stamped = await renderSignedDocument('policy', motor(), {
      signing: { signer: shortLived, timestampAuthority: pki.tsa, crls: [pki.crl] },
    });
    let r = await verifyPdf(stamped, { trustedRoots, now: later });
    expect(summary(r)).toMatchObject({ verdict: 'valid' });
    expect(r.signatures[0]).toMatchObject({ certificateExpiredNow: true, expiredAtSigningTime: false });

    // Without a time stamp nothing proves when it was signed: judged "now", the certificate is expired.
    const unstamped = await renderSignedDocument('policy', motor(), { signing: { signer: shortLived } });
    r = await verifyPdf(unstamped, { trustedRoots, now: later });
    expect(r.verdict).toBe('invalid');
    expect(r.signatures[0]?.expiredAtSigningTime).toBe(true);
    expect((await verifyPdf(unstamped, { trustedRoots })).verdict).toBe('valid');

    // A time stamp taken after expiry does not help.
    const lateTsa = createLocalTimestampAuthority(pki.tsaKeys, {
      clock: () => new Date(now + 2 * 3_600_000),
    });
    const late = await renderSignedDocument('policy', motor(), {
      signing: { signer: shortLived, timestampAuthority: lateTsa },
    });
    r = await verifyPdf(late, { trustedRoots, now: later });
    expect(r.verdict).toBe('invalid');
    expect(r.signatures[0]?.expiredAtSigningTime).toBe(true);
  });

  it('rejects a time stamp over the wrong digest or from an untrusted TSA', async () => {
    const wrongDigest: TimestampAuthority = {
      timestamp: (_digest, hashAlgorithm) =>
        createTimestampToken(pki.tsaKeys, { hashAlgorithm, digest: new Uint8Array(32) }),
    };
    let pdf = await renderSignedDocument('policy', motor(), {
      signing: { signer: pki.signer, timestampAuthority: wrongDigest },
    });
    let r = await verifyPdf(pdf, { trustedRoots });
    expect(r.verdict).toBe('invalid');
    expect(r.signatures[0]?.timestamp).toMatchObject({ present: true, valid: false, digestMatches: false });

    const strangerTsa = createLocalTimestampAuthority(
      await issueTsaCertificate((await testPki('ECDSA-P256', 'other')).ca),
    );
    pdf = await renderSignedDocument('policy', motor(), {
      signing: { signer: pki.signer, timestampAuthority: strangerTsa },
    });
    r = await verifyPdf(pdf, { trustedRoots });
    expect(r.verdict).toBe('invalid');
    expect(r.signatures[0]?.timestamp).toMatchObject({
      present: true,
      valid: false,
      chainToTrustedRoot: false,
    });
  });

  it('answers malformed input with a verdict instead of an exception', async () => {
    expect((await verifyPdf(new TextEncoder().encode('not a pdf at all'), { trustedRoots })).verdict).toBe(
      'unsigned',
    );
    const [, b, c] = byteRangeOf(signed);
    const garbage = replaceContents(signed, '3082ffff'.padEnd(c - b - 2, 'a'));
    const r = await verifyPdf(garbage, { trustedRoots });
    expect(r.verdict).toBe('invalid');
    expect(r.details.join()).toMatch(/签名/);
    // A ByteRange that leaves a hole elsewhere in the file is not accepted.
    const text = Buffer.from(signed).toString('latin1');
    const m = /\/ByteRange\s*\[\s*0\s+(\d+)/.exec(text);
    const shifted = Buffer.from(
      text.replace(`/ByteRange [0 ${m?.[1]}`, `/ByteRange [0 ${Number(m?.[1]) - 1}`),
      'latin1',
    );
    expect((await verifyPdf(new Uint8Array(shifted), { trustedRoots })).verdict).toBe('invalid');
  });

  it('says unsigned for a PDF without signatures, and signPdf signs an existing PDF once', async () => {
    const plain = await renderDocument('receipt', specimenData('receipt'));
    const r = await verifyPdf(plain, { trustedRoots });
    expect(summary(r)).toMatchObject({ verdict: 'unsigned', message: '未签名' });
    expect(r.document).toMatchObject({ documentId: 'doc_01J9SPECIMENRECEIPT001', signed: false });

    const identity = loadSigningIdentity(pki.signer);
    const signedLater = await signPdf(plain, { signer: identity, timestampAuthority: pki.tsa });
    expect((await verifyPdf(signedLater, { trustedRoots })).verdict).toBe('valid');
    expect(pdfsig(signedLater)).toContain('Signature is Valid.');
    await expect(signPdf(signedLater, { signer: identity })).rejects.toThrow('已包含签名');
  });
});

describe('SM2 with SM3 (national algorithms)', () => {
  let pki: Awaited<ReturnType<typeof testPki>>;
  let signed: Uint8Array;

  beforeAll(async () => {
    pki = await testPki('SM2');
    signed = await renderSignedDocument('endorsement', specimenData('endorsement'), {
      verificationUrl: URL,
      signing: { signer: pki.signer, timestampAuthority: pki.tsa, crls: [pki.crl] },
    });
  });

  it('signs and verifies a PDF round trip', async () => {
    const r = await verifyPdf(signed, { trustedRoots: [pki.ca.certificatePem] });
    expect(summary(r)).toMatchObject({ verdict: 'valid' });
    expect(r.signatures[0]).toMatchObject({
      signatureAlgorithm: 'SM2',
      digestAlgorithm: 'SM3',
      digestMatches: true,
      cmsSignatureValid: true,
      chainToTrustedRoot: true,
    });
    expect(r.signatures[0]?.timestamp.valid).toBe(true);
    expect(r.signatures[0]?.revocation.embeddedCrlValid).toBe(true);
  });

  it('fails for a signature made with a key that does not match the certificate', async () => {
    const other = await issueSigningCertificate(pki.ca, {
      subject: insurerSigningSubject('某某财产保险股份有限公司'),
    });
    const identity = { ...loadSigningIdentity(pki.signer), signer: loadSigningIdentity(other).signer };
    const pdf = await renderSignedDocument('endorsement', specimenData('endorsement'), {
      signing: { signer: identity },
    });
    const r = await verifyPdf(pdf, { trustedRoots: [pki.ca.certificatePem] });
    expect(r.verdict).toBe('invalid');
    expect(r.signatures[0]).toMatchObject({ digestMatches: true, cmsSignatureValid: false });
  });

  it('detects tampering and foreign roots', async () => {
    const tampered = new Uint8Array(signed);
    const at = Buffer.from(signed).indexOf('/PolicyHubDocNo (') + 20;
    tampered[at] = (tampered[at] ?? 0) ^ 0x01;
    expect((await verifyPdf(tampered, { trustedRoots: [pki.ca.certificatePem] })).verdict).toBe('tampered');
    const rsaRoot = (await testPki('ECDSA-P256')).ca.certificatePem;
    expect((await verifyPdf(signed, { trustedRoots: [rsaRoot] })).verdict).toBe('untrusted');
  });
});

describe('large documents', () => {
  it('renders, signs and verifies a 5,000-insured policy in reasonable time', async () => {
    const pki = await testPki('ECDSA-P256');
    const data = specimenData('policy', { insuredCount: 5000 });
    const t0 = performance.now();
    const pdf = await renderSignedDocument('policy', data, {
      verificationUrl: URL,
      signing: { signer: pki.signer, timestampAuthority: pki.tsa, crls: [pki.crl] },
    });
    const t1 = performance.now();
    const r = await verifyPdf(pdf, { trustedRoots: [pki.ca.certificatePem] });
    const t2 = performance.now();
    console.log(
      `5,000 insured: render+sign ${(t1 - t0).toFixed(0)} ms, verify ${(t2 - t1).toFixed(0)} ms, ${(pdf.length / 1024).toFixed(0)} KiB`,
    );
    expect(r.verdict).toBe('valid');
    expect(t1 - t0).toBeLessThan(30_000);
    expect(pdfsig(pdf)).toContain('Signature is Valid.');
  });
});

/** The same file with every byte of the signature object blanked: the field stays, its value is gone. */
function stripSignature(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const at = text.indexOf('/ByteRange');
  const start = text.lastIndexOf(' obj', at) + ' obj'.length;
  const end = text.indexOf('endobj', at);
  const out = Buffer.from(pdf);
  out.write(`\nnull${' '.repeat(end - start - 5)}`, start, 'latin1');
  return new Uint8Array(out);
}

describe('verdicts that say what happened to the file', () => {
  let pki: Awaited<ReturnType<typeof testPki>>;
  let signed: Uint8Array;
  let trustedRoots: string[];

  beforeAll(async () => {
    pki = await testPki('ECDSA-P256');
    trustedRoots = [pki.ca.certificatePem];
    signed = await renderSignedDocument('policy', motor(), {
      verificationUrl: URL,
      signing: { signer: pki.signer, timestampAuthority: pki.tsa, crls: [pki.crl] },
    });
  });

  it.each([
    ['qpdf', (i: string, o: string) => run('qpdf', [i, o])],
    ['mutool clean', (i: string, o: string) => run('mutool', ['clean', i, o])],
  ])('a file re-saved by %s is invalid because its signed bytes were rewritten', async (_tool, resave) => {
    const out = `${tmpFile(new Uint8Array(), 'pdf')}.out.pdf`;
    resave(tmpFile(signed, 'pdf'), out);
    const resaved = new Uint8Array(readFileSync(out));
    const r = await verifyPdf(resaved, { trustedRoots });
    expect(r).toMatchObject({ verdict: 'invalid', reason: 'rewritten' });
    expect(r.details.join()).toContain('重新保存');
    expect(r.details.join()).not.toMatch(/签名值|时间戳|有效期/);
    expect(pdfsig(resaved)).not.toContain('Signature is Valid.');
  });

  it('a truncated file is invalid because it is cut off, wherever the cut falls', async () => {
    const [, b, c] = byteRangeOf(signed);
    for (const cut of [Math.floor((b + c) / 2), c + 100, signed.length - 10, signed.length - 1]) {
      const r = await verifyPdf(signed.subarray(0, cut), { trustedRoots });
      expect(r, `cut at ${cut}`).toMatchObject({ verdict: 'invalid', reason: 'truncated' });
      expect(r.details.join()).toContain('文件被截断');
    }
  });

  it('bytes after %%EOF, even two CR LF, mean "not total document signed", as pdfsig says', async () => {
    expect(pdfsig(signed)).toMatch(/- Total document signed/);
    expect(
      (await verifyPdf(signed, { trustedRoots })).signatures[0]?.byteRangeCoversWholeFileExceptSignature,
    ).toBe(true);
    for (const tail of ['\r\n\r\n', '\n', ' ']) {
      const padded = new Uint8Array(Buffer.concat([Buffer.from(signed), Buffer.from(tail)]));
      const r = await verifyPdf(padded, { trustedRoots });
      expect(r, JSON.stringify(tail)).toMatchObject({ verdict: 'tampered', reason: 'appended' });
      expect(r.signatures[0]).toMatchObject({
        byteRangeCoversWholeFileExceptSignature: false,
        modifiedAfterSigning: true,
        digestMatches: true,
      });
      expect(r.details.join()).toContain(`追加了 ${tail.length} 个字节（空白字符）`);
      const p = pdfsig(padded);
      expect(p).toContain('Not total document signed');
      expect(p).toContain('Signature is Valid.');
    }
  });

  it('a file whose signature was stripped is unsigned (未签名), not "intact"', async () => {
    const stripped = stripSignature(signed);
    const r = await verifyPdf(stripped, { trustedRoots });
    expect(r).toMatchObject({ verdict: 'unsigned', reason: 'not_signed', message: '未签名' });
    expect(r.details).toEqual(['文件中有签名域，但签名已被移除']);
    expect(pdfsig(stripped)).not.toContain('Signature is Valid.');
  });

  it('refuses, at once, a file with more signature ranges than an issued document can have', async () => {
    const text = Buffer.from(signed).toString('latin1');
    const range = /\/ByteRange\s*\[[^\]]*\]/.exec(text)![0];
    // 20,000 copies of the real, valid /ByteRange appended (0.8 MB): each one used to be checked
    // in full (~1 ms each: 21 s of blocking work for the 0.7 MB file of the report).
    const hostile = new Uint8Array(
      Buffer.concat([Buffer.from(signed), Buffer.from(`\n${range}`.repeat(20_000))]),
    );
    const t0 = performance.now();
    const r = await verifyPdf(hostile, { trustedRoots });
    const took = performance.now() - t0;
    expect(r).toMatchObject({ verdict: 'invalid', reason: 'malformed', signatures: [] });
    expect(r.details.join()).toContain('超过上限');
    expect(took).toBeLessThan(1000);
    // At the limit every signature is still checked.
    const eight = new Uint8Array(
      Buffer.concat([Buffer.from(signed), Buffer.from(`\n${range}`.repeat(MAX_SIGNATURES - 1))]),
    );
    const atLimit = await verifyPdf(eight, { trustedRoots });
    expect(atLimit.signatures).toHaveLength(MAX_SIGNATURES);
    expect(atLimit.verdict).toBe('tampered');
  });

  it('reads the document identity in linear time, even from unterminated strings', async () => {
    const junk = Buffer.from('/PolicyHubDocId ('.repeat(100_000));
    const hostile = new Uint8Array(Buffer.concat([Buffer.from(signed), junk]));
    const t0 = performance.now();
    const r = await verifyPdf(hostile, { trustedRoots });
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(r).toMatchObject({ verdict: 'tampered', reason: 'appended' });
  });
});

/** The signature widget of a signed PDF: its page (1-based), rectangle and appearance. */
async function signatureWidget(pdf: Uint8Array) {
  const doc = await PDFDocument.load(pdf);
  for (const [i, page] of doc.getPages().entries()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let a = 0; a < (annots?.size() ?? 0); a++) {
      const widget = annots!.lookup(a, PDFDict);
      if (widget.get(PDFName.of('FT'))?.toString() !== '/Sig') continue;
      const rect = widget.lookup(PDFName.of('Rect'), PDFArray).asRectangle();
      const ap = widget.lookup(PDFName.of('AP'), PDFDict).lookup(PDFName.of('N'), PDFStream);
      return { page: i + 1, rect, size: page.getSize(), ap };
    }
  }
  throw new Error('no signature widget');
}

/** The page whose text holds the insurer's signature slot. */
function pageWith(pdf: Uint8Array, text: string): number {
  for (let p = 1; p <= pageCount(pdf); p++)
    if (pdftotext(pdf, ['-f', String(p), '-l', String(p)]).includes(text)) return p;
  return 0;
}

describe('the insurer seal is the visible signature', () => {
  let pki: Awaited<ReturnType<typeof testPki>>;
  beforeAll(async () => {
    pki = await testPki('ECDSA-P256');
  });

  it.each([
    ['a one-page policy', '保险人信息', () => renderSignedDocument('policy', motor(), signing())],
    [
      'a policy of many pages (seal on the page of the 保险人 block)',
      '保险人信息',
      () => renderSignedDocument('policy', specimenData('policy', { insuredCount: 120 }), signing()),
    ],
    [
      'a receipt',
      '收款单位（签章）',
      () => renderSignedDocument('receipt', specimenData('receipt'), signing()),
    ],
  ])('%s: widget over the seal on the page of %s, seal drawn, pdfsig valid', async (_, block, make) => {
    const pdf = await make();
    const w = await signatureWidget(pdf);
    expect(w.rect.width).toBeGreaterThan(50);
    expect(w.rect.height).toBeGreaterThan(50);
    expect(w.rect.x).toBeGreaterThanOrEqual(0);
    expect(w.rect.y).toBeGreaterThanOrEqual(0);
    expect(w.rect.x + w.rect.width).toBeLessThanOrEqual(w.size.width);
    expect(w.rect.y + w.rect.height).toBeLessThanOrEqual(w.size.height);
    expect(w.page).toBe(pageWith(pdf, block));
    expect(w.ap.dict.get(PDFName.of('Subtype'))?.toString()).toBe('/Form');
    // The seal's red ink is inside the widget's rectangle when the page is drawn (72 dpi: 1 px = 1 pt).
    const crop = {
      x: Math.round(w.rect.x),
      y: Math.round(w.size.height - w.rect.y - w.rect.height),
      w: Math.round(w.rect.width),
      h: Math.round(w.rect.height),
    };
    expect(redShare(readPng(rasterise(pdf, w.page, 72, crop)))).toBeGreaterThan(0.08);
    expect(pdfsig(pdf)).toContain('Signature is Valid.');
    expect((await verifyPdf(pdf, { trustedRoots: [pki.ca.certificatePem] })).verdict).toBe('valid');
  });

  const signing = () => ({
    verificationUrl: URL,
    signing: { signer: pki.signer, timestampAuthority: pki.tsa, crls: [pki.crl] },
  });
});
