import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPrivateKeySigner, generateKeyPair, verifySignature } from './algorithms.js';
import {
  checkKeyMaterial,
  createCrl,
  createDevelopmentCa,
  describeCertificate,
  insurerSigningSubject,
  issueSigningCertificate,
} from './certificates.js';
import { loadSigningIdentity } from './cms.js';
import { fromPem, parseAsn1, parseCertificate, toPem } from './der.js';
import { importPkcs12 } from './pkcs12.js';
import { hasTool, run, testPki, tmpFile } from './test-kit.js';
import * as pkijs from 'pkijs';

const openssl = hasTool('openssl');

describe.each(['RSA-2048', 'ECDSA-P256', 'SM2'] as const)('certificates with %s', (alg) => {
  it('creates a root, an insurer signing certificate with a Chinese subject, and a TSA certificate', async () => {
    const { ca, signer, tsaKeys } = await testPki(alg);
    const info = describeCertificate(signer.certificatePem);
    expect(info.subject).toBe(
      'CN=某某财产保险股份有限公司 电子保单签章, OU=电子保单签章, O=某某财产保险股份有限公司, C=CN',
    );
    expect(info.algorithm).toBe(alg);
    expect(info.issuer).toBe(describeCertificate(ca.certificatePem).subject);
    expect(signer.chainPem).toEqual([ca.certificatePem]);
    expect(checkKeyMaterial(signer)).toBe(alg);
    expect(() => checkKeyMaterial({ ...signer, privateKeyPem: tsaKeys.privateKeyPem })).toThrow('不匹配');
    // The PEM material loads back into a signing identity.
    expect(loadSigningIdentity(signer).digestAlgorithm).toBe(alg === 'SM2' ? 'SM3' : 'SHA-256');
  });

  it.runIf(openssl)('passes OpenSSL chain verification, purposes and CRL signature', async () => {
    const { ca, signer, tsaKeys, crl } = await testPki(alg);
    const caFile = tmpFile(ca.certificatePem, 'pem');
    // OpenSSL 3.0 verifies SM2 certificate signatures with an empty id unless told the default one.
    const sm2 = alg === 'SM2' ? ['-vfyopt', 'distid:1234567812345678'] : [];
    expect(
      run('openssl', ['verify', ...sm2, '-CAfile', caFile, tmpFile(signer.certificatePem, 'pem')]),
    ).toContain('OK');
    expect(
      run('openssl', [
        'verify',
        ...sm2,
        '-CAfile',
        caFile,
        '-purpose',
        'timestampsign',
        tmpFile(tsaKeys.certificatePem, 'pem'),
      ]),
    ).toContain('OK');
    const tsaText = run('openssl', [
      'x509',
      '-noout',
      '-text',
      '-in',
      tmpFile(tsaKeys.certificatePem, 'pem'),
    ]);
    expect(tsaText).toMatch(/Extended Key Usage: critical\s+Time Stamping/);
    const crlText = run('openssl', ['crl', '-inform', 'DER', '-in', tmpFile(crl, 'der'), '-noout', '-text']);
    expect(crlText).toContain('CRL Number');
    if (alg !== 'SM2') {
      const out = run('openssl', [
        'crl',
        '-inform',
        'DER',
        '-in',
        tmpFile(crl, 'der'),
        '-CAfile',
        caFile,
        '-noout',
      ]);
      expect(out).toBe('');
    }
  });
});

describe('CRL', () => {
  it('lists revoked serial numbers, with reason', async () => {
    const { ca, signer } = await testPki('ECDSA-P256');
    const serial = describeCertificate(signer.certificatePem).serialNumber;
    const crl = await createCrl(ca, { revoked: [{ serialNumber: serial, reason: 1 }] });
    const parsed = new pkijs.CertificateRevocationList({ schema: parseAsn1(crl) });
    expect(parsed.revokedCertificates?.length).toBe(1);
    const cert = parseCertificate(fromPem(signer.certificatePem));
    expect(parsed.revokedCertificates?.[0]?.userCertificate.isEqual(cert.serialNumber)).toBe(true);
  });
});

describe('SM2 primitives', () => {
  it('signs with SM3 and the default id, verifies, and fails for another key', () => {
    const a = generateKeyPair('SM2');
    const b = generateKeyPair('SM2');
    const data = new TextEncoder().encode('电子保单 SM2 签名');
    const sig = createPrivateKeySigner(a.privateKeyPkcs8).sign(data);
    const spki = (der: Uint8Array) => new pkijs.PublicKeyInfo({ schema: parseAsn1(der) });
    expect(verifySignature(spki(a.publicKeySpki), data, sig, 'SM3')).toBe(true);
    expect(verifySignature(spki(b.publicKeySpki), data, sig, 'SM3')).toBe(false);
    const changed = new Uint8Array(data);
    changed[0] = (changed[0] ?? 0) ^ 1;
    expect(verifySignature(spki(a.publicKeySpki), changed, sig, 'SM3')).toBe(false);
  });

  it.runIf(openssl)('produces signatures and keys OpenSSL accepts', () => {
    const kp = generateKeyPair('SM2');
    const data = new TextEncoder().encode('互通性检查');
    const sig = createPrivateKeySigner(kp.privateKeyPkcs8).sign(data);
    const out = run('openssl', [
      'pkeyutl',
      '-verify',
      '-pubin',
      '-inkey',
      tmpFile(toPem(kp.publicKeySpki, 'PUBLIC KEY'), 'pem'),
      '-rawin',
      '-digest',
      'sm3',
      '-in',
      tmpFile(data, 'bin'),
      '-sigfile',
      tmpFile(sig, 'sig'),
      '-pkeyopt',
      'distid:1234567812345678',
    ]);
    expect(out).toContain('Signature Verified Successfully');
    expect(
      run('openssl', [
        'pkey',
        '-noout',
        '-text',
        '-in',
        tmpFile(toPem(kp.privateKeyPkcs8, 'PRIVATE KEY'), 'pem'),
      ]),
    ).toContain('SM2');
  });
});

describe.runIf(openssl)('PKCS#12 import', () => {
  it.each(['RSA-2048', 'ECDSA-P256'] as const)(
    'reads an OpenSSL 3 %s .p12 with a Chinese password',
    async (alg) => {
      const ca = await createDevelopmentCa({ algorithm: alg });
      const leaf = await issueSigningCertificate(ca, {
        subject: insurerSigningSubject('某某人寿保险股份有限公司'),
      });
      const p12 = tmpFile(new Uint8Array(), 'p12');
      run('openssl', [
        'pkcs12',
        '-export',
        '-inkey',
        tmpFile(leaf.privateKeyPem, 'pem'),
        '-in',
        tmpFile(leaf.certificatePem, 'pem'),
        '-certfile',
        tmpFile(ca.certificatePem, 'pem'),
        '-passout',
        'pass:保单通测试',
        '-out',
        p12,
      ]);
      const bytes = new Uint8Array(readFileSync(p12));
      const material = await importPkcs12(bytes, '保单通测试');
      expect(material.algorithm).toBe(alg);
      expect(material.privateKeyPem).toBe(leaf.privateKeyPem);
      expect(material.certificatePem).toBe(leaf.certificatePem);
      expect(material.chainPem).toEqual([ca.certificatePem]);
      await expect(importPkcs12(bytes, 'wrong')).rejects.toThrow('PKCS#12 无法打开');
    },
  );
});
