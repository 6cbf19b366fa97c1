import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNull } from 'drizzle-orm';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import {
  createDevelopmentCa,
  describeCertificate,
  importPkcs12,
  insurerSigningSubject,
  issueSigningCertificate,
} from '@policyhub/documents';
import { signingKeys } from '../src/tables.js';
import { SYSTEM_ACTOR } from '../src/platform/audit/index.js';
import { ensureSigningKey, importSigningKey } from '../src/modules/documents/index.js';
import { buildApp } from '../src/app.js';
import { createOrg, createTestApp, type TestApp } from './helpers.js';
import {
  contentsHex,
  createCast,
  documentBytes,
  documentState,
  makePolicy,
  pdfsigVerdict,
  postVerify,
  replaceContents,
  type Cast,
} from './documents-support.js';

function embeddedCrlSerials(pdf: Uint8Array): string[] {
  const hex = contentsHex(pdf).replace(/(00)+$/, '');
  const der = Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex');
  const ci = new pkijs.ContentInfo({ schema: asn1js.fromBER(new Uint8Array(der).buffer).result });
  const sd = new pkijs.SignedData({ schema: ci.content });
  return (sd.crls ?? []).flatMap((c) =>
    c instanceof pkijs.CertificateRevocationList
      ? (c.revokedCertificates ?? []).map((r) =>
          Buffer.from(r.userCertificate.valueBlock.valueHexView).toString('hex').replace(/^0+/, ''),
        )
      : [],
  );
}

const hasOpenssl = (() => {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/**
 * Keys and certificates (ED-2): created on first use and stored encrypted, safe with two
 * processes, rotation (old documents stay valid), revocation (CRL and verifier), PKCS#12 import,
 * SM2/SM3 through the issuing service, and the access matrix of the keys routes.
 */
describe('keys and certificates', () => {
  let t: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    t = await createTestApp();
    cast = await createCast(t);
  });
  afterAll(async () => t?.close());

  it('creates a development CA, a TSA and the insurer’s signing key on first use, private keys encrypted', async () => {
    expect(await t.ctx.db.select().from(signingKeys)).toEqual([]);
    const made = await makePolicy(t, { insurerOrgId: cast.insurer.id });
    const rows = await t.ctx.db.select().from(signingKeys);
    expect(rows.map((r) => `${r.kind}:${r.algorithm}:${r.status}`).sort()).toEqual([
      'ca:ECDSA-P256:active',
      'signing:ECDSA-P256:active',
      'tsa:ECDSA-P256:active',
    ]);
    for (const r of rows) {
      expect(r.privateKeyEnc).toMatch(/^v1\./);
      expect(r.privateKeyEnc).not.toContain('PRIVATE KEY');
    }
    const signing = rows.find((r) => r.kind === 'signing')!;
    expect(signing).toMatchObject({ insurerOrgId: cast.insurer.id, id: made.document.signingKeyId });
    expect(signing.subject).toContain(`CN=${cast.insurer.name} 电子保单签章`);
    const roots = fs.readFileSync(path.join(t.dataDir, 'keys', 'trusted-roots.pem'), 'utf8');
    expect(roots).toContain(rows.find((r) => r.kind === 'ca')!.certificatePem.trim());
    expect(roots).not.toContain('PRIVATE KEY');
  });

  it('is idempotent and safe when two processes create keys at once', async () => {
    const second = await buildApp({ config: t.config, database: t.database, logger: false });
    try {
      const insurer = await createOrg(t, { type: 'insurer', parentId: cast.platform.id });
      const [a, b] = await Promise.all([
        ensureSigningKey(t.ctx, t.ctx.db, insurer.id),
        ensureSigningKey(second.ctx, second.ctx.db, insurer.id),
      ]);
      expect(a.id).toBe(b.id);
      const active = await t.ctx.db
        .select()
        .from(signingKeys)
        .where(and(eq(signingKeys.insurerOrgId, insurer.id), eq(signingKeys.status, 'active')));
      expect(active).toHaveLength(1);
      const platform = await t.ctx.db.select().from(signingKeys).where(isNull(signingKeys.insurerOrgId));
      expect(platform).toHaveLength(2);
    } finally {
      await second.app.close();
    }
  });

  it('in production a missing insurer key is an error, not a silent development key', async () => {
    const insurer = await createOrg(t, { type: 'insurer', parentId: cast.platform.id });
    const production = { ...t.ctx, config: { ...t.ctx.config, isProduction: true } };
    await expect(ensureSigningKey(production, t.ctx.db, insurer.id)).rejects.toMatchObject({
      code: 'SIGNING_KEY_UNAVAILABLE',
    });
  });

  it('rotation retires the old key; documents it signed stay valid; revocation reaches CRL and verifier', async () => {
    const old = await makePolicy(t, { insurerOrgId: cast.insurer.id });
    const oldPdf = await documentBytes(t, old.document.id);
    const rotate = await t.request({
      method: 'POST',
      url: '/api/admin/keys/rotate',
      payload: { insurerOrgId: cast.insurer.id },
      as: cast.as.security,
    });
    expect(rotate.statusCode, rotate.body).toBe(200);
    const fresh = rotate.json();
    expect(fresh).toMatchObject({
      kind: 'signing',
      status: 'active',
      insurerName: cast.insurer.name,
      documentsSigned: 0,
    });
    const [retired] = await t.ctx.db
      .select()
      .from(signingKeys)
      .where(eq(signingKeys.id, old.document.signingKeyId));
    expect(retired?.status).toBe('retired');
    expect((await postVerify(t, oldPdf)).json().verdict).toBe('valid');

    const next = await makePolicy(t, { insurerOrgId: cast.insurer.id });
    expect(next.document.signingKeyId).toBe(fresh.id);
    const list = (await t.request({ method: 'GET', url: '/api/admin/keys', as: cast.as.security })).json()
      .items;
    expect(list.find((k: { id: string }) => k.id === old.document.signingKeyId)).toMatchObject({
      status: 'retired',
      documentsSigned: 2,
    });

    const revoked = await t.request({
      method: 'POST',
      url: `/api/admin/keys/${old.document.signingKeyId}/revoke`,
      payload: { reason: '离职员工曾接触私钥' },
      as: cast.as.security,
    });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({ status: 'revoked', revocationReason: '离职员工曾接触私钥' });
    expect((await postVerify(t, oldPdf)).json().verdict).toBe('revoked');
    // Documents signed from now on carry a CRL (signed by our CA) that lists the revoked serial.
    const after = await makePolicy(t, { insurerOrgId: cast.insurer.id });
    const serial = retired!.serial.replace(/^0+/, '');
    expect(embeddedCrlSerials(await documentBytes(t, after.document.id))).toContain(serial);
    expect((await postVerify(t, await documentBytes(t, after.document.id))).json().verdict).toBe('valid');
  });

  it('refuses to revoke a root, a revoked key or an unknown id, changing nothing', async () => {
    const [ca] = await t.ctx.db.select().from(signingKeys).where(eq(signingKeys.kind, 'ca'));
    const [revoked] = await t.ctx.db.select().from(signingKeys).where(eq(signingKeys.status, 'revoked'));
    const before = await documentState(t);
    for (const [id, status] of [
      [ca!.id, 409],
      [revoked!.id, 409],
      ['00000000-0000-4000-8000-000000000000', 404],
    ] as const) {
      const res = await t.request({
        method: 'POST',
        url: `/api/admin/keys/${id}/revoke`,
        payload: { reason: '测试' },
        as: cast.as.security,
      });
      expect(res.statusCode, res.body).toBe(status);
    }
    expect(await documentState(t)).toEqual(before);
  });

  it.skipIf(!hasOpenssl)(
    'imports an insurer’s PKCS#12; its CA becomes trusted; documents verify',
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policyhub-p12-'));
      try {
        const ca = await createDevelopmentCa({
          algorithm: 'RSA-2048',
          subject: { commonName: '泰和人寿自有 CA', organization: cast.otherInsurer.name, country: 'CN' },
        });
        const leaf = await issueSigningCertificate(ca, {
          subject: insurerSigningSubject(cast.otherInsurer.name),
        });
        fs.writeFileSync(path.join(dir, 'key.pem'), leaf.privateKeyPem);
        fs.writeFileSync(path.join(dir, 'cert.pem'), leaf.certificatePem);
        fs.writeFileSync(path.join(dir, 'chain.pem'), ca.certificatePem);
        const p12 = path.join(dir, 'insurer.p12');
        execFileSync('openssl', [
          'pkcs12',
          '-export',
          '-inkey',
          path.join(dir, 'key.pem'),
          '-in',
          path.join(dir, 'cert.pem'),
          '-certfile',
          path.join(dir, 'chain.pem'),
          '-passout',
          'pass:秘密2026',
          '-out',
          p12,
        ]);
        await expect(importPkcs12(new Uint8Array(fs.readFileSync(p12)), 'wrong')).rejects.toThrow();
        const material = await importPkcs12(new Uint8Array(fs.readFileSync(p12)), '秘密2026');
        const before = await documentState(t);
        await expect(
          importSigningKey(t.ctx, SYSTEM_ACTOR, {
            insurerOrgId: cast.otherInsurer.id,
            material: { ...material, chainPem: [] },
          }),
        ).rejects.toMatchObject({ code: 'KEY_IMPORT_INVALID' });
        expect(await documentState(t)).toEqual(before);

        const key = await importSigningKey(t.ctx, SYSTEM_ACTOR, {
          insurerOrgId: cast.otherInsurer.id,
          material,
        });
        expect(key).toMatchObject({
          kind: 'signing',
          algorithm: 'RSA-2048',
          source: 'imported',
          status: 'active',
        });
        const made = await makePolicy(t, { insurerOrgId: cast.otherInsurer.id });
        expect(made.document.signingKeyId).toBe(key.id);
        const pdf = await documentBytes(t, made.document.id);
        const v = (await postVerify(t, pdf)).json();
        expect(v).toMatchObject({ verdict: 'valid', issuedHere: true });
        expect(v.technical.signatures[0].issuer).toContain('泰和人寿自有 CA');
        expect(pdfsigVerdict(pdf).valid).toBe(true);
        expect(describeCertificate(material.certificatePem).serialNumber).toBe(key.serial);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it('access matrix of the keys routes: 401 anonymous, 403 other roles, database unchanged', async () => {
    const [signing] = await t.ctx.db.select().from(signingKeys).where(eq(signingKeys.status, 'active'));
    const calls = [
      { method: 'GET' as const, url: '/api/admin/keys' },
      { method: 'POST' as const, url: `/api/admin/keys/${signing!.id}/revoke`, payload: { reason: 'x' } },
      { method: 'POST' as const, url: '/api/admin/keys/rotate', payload: { insurerOrgId: cast.insurer.id } },
    ];
    const before = await documentState(t);
    for (const c of calls) {
      expect((await t.request(c)).statusCode, c.url).toBe(401);
      for (const who of ['admin', 'enterprise', 'insurerStaff', 'individual'] as const)
        expect((await t.request({ ...c, as: cast.as[who] })).statusCode, `${who} ${c.url}`).toBe(403);
    }
    expect(await documentState(t)).toEqual(before);
  });
});

describe('SM2/SM3 through the issuing service', () => {
  let t: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    t = await createTestApp({ env: { SIGNING_ALGORITHM: 'SM2' } });
    cast = await createCast(t);
  });
  afterAll(async () => t?.close());

  it('signs with SM2 (SM3 digests) and verifies; a wrong signature value fails', async () => {
    const made = await makePolicy(t, { insurerOrgId: cast.insurer.id });
    expect(made.document.algorithm).toBe('SM2');
    const pdf = await documentBytes(t, made.document.id);
    const v = (await postVerify(t, pdf)).json();
    expect(v).toMatchObject({ verdict: 'valid', issuedHere: true });
    expect(v.technical.signatures[0]).toMatchObject({
      algorithm: 'SM2 / SM3',
      signatureValid: true,
      chainTrusted: true,
    });
    // poppler cannot check SM2/SM3 (README): it must not call the file valid either.
    expect(pdfsigVerdict(pdf).valid).toBe(false);

    // Flip one bit near the end of the CMS signature value: a signature the key did not make.
    const cms = Buffer.from(contentsHex(pdf).replace(/(00)+$/, ''), 'hex');
    const ci = new pkijs.ContentInfo({ schema: asn1js.fromBER(new Uint8Array(cms).buffer).result });
    const sd = new pkijs.SignedData({ schema: ci.content });
    const sig = Buffer.from(sd.signerInfos[0]!.signature.valueBlock.valueHexView);
    const at = cms.indexOf(sig) + sig.length - 3;
    cms[at] = cms[at]! ^ 0x01;
    const broken = (await postVerify(t, replaceContents(pdf, cms.toString('hex')))).json();
    expect(broken).toMatchObject({ verdict: 'invalid', title: '签名无效', issuedHere: false });
    expect(broken.technical.signatures[0]).toMatchObject({ digestMatches: true, signatureValid: false });
  });
});
