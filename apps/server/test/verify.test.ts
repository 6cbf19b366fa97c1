import crypto from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import {
  createDevelopmentCa,
  insurerSigningSubject,
  issueSigningCertificate,
  renderSignedDocument,
  specimenData,
} from '@policyhub/documents';
import { signingKeys } from '../src/tables.js';
import { SYSTEM_ACTOR } from '../src/platform/audit/index.js';
import { importSigningKey, type IssuedDocument } from '../src/modules/documents/index.js';
import { loadKey, type KeyRow } from '../src/modules/documents/keys.js';
import { endorsePolicy } from '../src/workflows/endorse-policy.js';
import { cancelPolicy } from '../src/modules/policies/index.js';
import { createTestApp, type TestApp } from './helpers.js';
import {
  appendIncrementalUpdate,
  byteRangeOf,
  contentsHex,
  createCast,
  DAY,
  documentBytes,
  documentState,
  makePolicy,
  pdfsigVerdict,
  postVerify,
  replaceContents,
  type Cast,
} from './documents-support.js';

/** The same file with its signature object blanked (same length): the field stays, its value is gone. */
function stripSignature(file: Buffer): Buffer {
  const text = file.toString('latin1');
  const at = text.indexOf('/ByteRange');
  const start = text.lastIndexOf(' obj', at) + ' obj'.length;
  const end = text.indexOf('endobj', at);
  const out = Buffer.from(file);
  out.write(`\nnull${' '.repeat(end - start - 5)}`, start, 'latin1');
  return out;
}

/**
 * Verification through the API (ED-3): the verdicts for valid and tampered files, foreign and
 * revoked certificates, an expired certificate with a valid time stamp — agreeing with pdfsig
 * where pdfsig can tell —, the policy's current status and chain, the QR landing page, and the
 * `policyhub verify` exit codes.
 */
describe('verification', () => {
  let t: TestApp;
  let cast: Cast;
  let clock = Date.now();
  const tick = setInterval(() => (clock = Date.now()), 200);
  let doc: IssuedDocument;
  let pdf: Buffer;
  let policyId: string;

  beforeAll(async () => {
    t = await createTestApp({ now: () => new Date(clock) });
    cast = await createCast(t);
    const made = await makePolicy(t, { insurerOrgId: cast.insurer.id, orgId: cast.enterprise.id });
    doc = made.document;
    policyId = made.policy.id;
    pdf = await documentBytes(t, doc.id);
  });
  afterAll(async () => {
    clearInterval(tick);
    await t?.close();
  });

  it('a freshly issued e-policy is 有效, issued here, with its policy’s current status (and pdfsig agrees)', async () => {
    const before = await documentState(t);
    const res = await postVerify(t, pdf);
    expect(res.statusCode, res.body).toBe(200);
    const v = res.json();
    expect(v).toMatchObject({
      verdict: 'valid',
      title: '有效',
      issuedHere: true,
      document: {
        id: doc.id,
        documentNo: doc.documentNo,
        kind: 'policy',
        kindLabel: '电子保单',
        version: 1,
        specimen: false,
      },
      policy: { status: 'issued', statusLabel: '有效', holderNameMasked: '王**', endorsements: [] },
    });
    expect(v.summary).toContain(cast.insurer.name);
    expect(v.technical.signatures[0]).toMatchObject({
      byteRangeCoversWholeFile: true,
      digestMatches: true,
      signatureValid: true,
      chainTrusted: true,
      revoked: false,
      modifiedAfterSigning: false,
      algorithm: 'ECDSA-P256 / SHA-256',
    });
    expect(v.technical.signatures[0].timestampAt).toBeTruthy();
    expect(v.technical.fileSha256).toBe(doc.sha256);
    // Masked: the holder's name and ID never appear in full.
    expect(res.body).not.toContain('王小明');
    expect(pdfsigVerdict(pdf)).toMatchObject({ valid: true, wholeDocument: true });
    expect(await documentState(t)).toEqual(before);
  });

  it('one changed byte inside the signed range → 已被篡改 (pdfsig: digest mismatch)', async () => {
    const [, b] = byteRangeOf(pdf);
    const text = pdf.toString('latin1');
    const at = text.indexOf('/PolicyHubDocNo (') + '/PolicyHubDocNo ('.length + 4;
    expect(at).toBeLessThan(b);
    const tampered = new Uint8Array(pdf);
    tampered[at] = tampered[at] === 0x31 ? 0x32 : 0x31;
    const v = (await postVerify(t, tampered)).json();
    expect(v).toMatchObject({ verdict: 'tampered', title: '已被篡改', issuedHere: false });
    expect(v.document).toBeUndefined();
    expect(v.policy).toBeUndefined();
    expect(v.technical.signatures[0].digestMatches).toBe(false);
    expect(pdfsigVerdict(tampered).digestMismatch).toBe(true);
  });

  it('an incremental update appended after signing → 已被篡改 (pdfsig: not total document signed)', async () => {
    const updated = appendIncrementalUpdate(pdf);
    const v = (await postVerify(t, updated)).json();
    expect(v).toMatchObject({ verdict: 'tampered', title: '已被篡改' });
    expect(v.technical.signatures[0]).toMatchObject({ modifiedAfterSigning: true, digestMatches: true });
    expect(pdfsigVerdict(updated).wholeDocument).toBe(false);
  });

  it('a signature replaced by another document’s → not valid, and pdfsig sees the mismatch', async () => {
    const other = await makePolicy(t, { insurerOrgId: cast.insurer.id });
    const otherPdf = await documentBytes(t, other.document.id);
    const forged = replaceContents(pdf, contentsHex(otherPdf).replace(/(00)+$/, ''));
    const v = (await postVerify(t, forged)).json();
    expect(['tampered', 'invalid']).toContain(v.verdict);
    expect(v.issuedHere).toBe(false);
    expect(pdfsigVerdict(forged).valid).toBe(false);
  });

  it('a signature by a certificate from another CA → 非本平台签发 (pdfsig: valid signature, untrusted issuer)', async () => {
    const ca = await createDevelopmentCa({ algorithm: 'ECDSA-P256' });
    const signer = await issueSigningCertificate(ca, { subject: insurerSigningSubject(cast.insurer.name) });
    const foreign = await renderSignedDocument('policy', specimenData('policy'), { signing: { signer } });
    const v = (await postVerify(t, foreign)).json();
    expect(v).toMatchObject({ verdict: 'untrusted', title: '非本平台签发', issuedHere: false });
    expect(v.technical.signatures[0]).toMatchObject({
      digestMatches: true,
      signatureValid: true,
      chainTrusted: false,
    });
    const p = pdfsigVerdict(foreign);
    expect(p.valid).toBe(true);
    expect(p.text).toMatch(/Certificate issuer isn't Trusted|Certificate Validation/);
  });

  it('signed by our key but not in the archive → 非本平台签发 (not_issued_here)', async () => {
    const [row] = await t.ctx.db.select().from(signingKeys).where(eq(signingKeys.id, doc.signingKeyId));
    const key = await loadKey(t.ctx, t.ctx.db, row as unknown as KeyRow);
    const unarchived = await renderSignedDocument(
      'policy',
      { ...specimenData('policy'), documentId: crypto.randomUUID() },
      { signing: { signer: key.identity } },
    );
    const v = (await postVerify(t, unarchived)).json();
    expect(v).toMatchObject({ verdict: 'not_issued_here', title: '非本平台签发', issuedHere: false });
    expect(v.technical.signatures[0].chainTrusted).toBe(true);
  });

  it('endorsements and cancellation show in the current status and the chain', async () => {
    const { document: endorsementDoc } = await endorsePolicy(t.ctx, SYSTEM_ACTOR, {
      policyId,
      kind: 'change_info',
      description: '投保人联系地址变更为北京市海淀区。',
      changes: [{ item: '联系地址', before: '北京市朝阳区', after: '北京市海淀区' }],
      effectiveAt: new Date(clock),
    });
    let v = (await postVerify(t, pdf)).json();
    expect(v.verdict).toBe('valid');
    expect(v.policy).toMatchObject({ status: 'endorsed', statusLabel: '已批改' });
    expect(v.policy.endorsements).toEqual([
      expect.objectContaining({
        documentNo: endorsementDoc.documentNo,
        description: expect.stringContaining('联系地址'),
      }),
    ]);
    // The 批单 itself verifies and names its chain too.
    const e = (await postVerify(t, await documentBytes(t, endorsementDoc.id))).json();
    expect(e).toMatchObject({ verdict: 'valid', document: { kind: 'endorsement', version: 2 } });

    await cancelPolicy(t.ctx, t.ctx.db, SYSTEM_ACTOR, { policyId, reason: '投保人申请撤单' });
    v = (await postVerify(t, pdf)).json();
    expect(v.policy).toMatchObject({ status: 'cancelled', statusLabel: '已撤单' });

    const status = await t.request({ method: 'GET', url: `/api/public/documents/${doc.id}/status` });
    expect(status.statusCode).toBe(200);
    const s = status.json();
    expect(s).toMatchObject({
      documentNo: doc.documentNo,
      kind: 'policy',
      policy: { status: 'cancelled', holderNameMasked: '王**' },
    });
    expect(s.chain.map((c: { kind: string }) => c.kind)).toEqual(['policy', 'endorsement', 'status']);
    expect(status.body).not.toContain('王小明');
  });

  it('a revoked certificate → 证书已吊销', async () => {
    const made = await makePolicy(t, { insurerOrgId: cast.otherInsurer.id });
    const bytes = await documentBytes(t, made.document.id);
    expect((await postVerify(t, bytes)).json().verdict).toBe('valid');
    const revoke = await t.request({
      method: 'POST',
      url: `/api/admin/keys/${made.document.signingKeyId}/revoke`,
      payload: { reason: '私钥泄露' },
      as: cast.as.security,
    });
    expect(revoke.statusCode, revoke.body).toBe(200);
    const v = (await postVerify(t, bytes)).json();
    expect(v).toMatchObject({ verdict: 'revoked', title: '证书已吊销', issuedHere: true });
    expect(v.technical.signatures[0].revoked).toBe(true);
    // pdfsig has no access to our revocation list: it still sees an intact signature.
    expect(pdfsigVerdict(bytes).valid).toBe(true);
  });

  it('an expired certificate with a valid time stamp stays 有效', async () => {
    // A certificate that expires two seconds after signing: the time stamp proves the signature
    // was made while it was valid, so the document stays valid after it expires.
    const [ca] = await t.ctx.db.select().from(signingKeys).where(eq(signingKeys.kind, 'ca'));
    const caKey = await loadKey(t.ctx, t.ctx.db, ca as unknown as KeyRow);
    const expiresAt = Date.now() + 2500;
    const shortLived = await issueSigningCertificate(caKey.material, {
      subject: insurerSigningSubject(cast.insurer.name, '电子保单签章（短期）'),
      notBefore: new Date(Date.now() - DAY),
      notAfter: new Date(expiresAt),
    });
    await importSigningKey(t.ctx, SYSTEM_ACTOR, { insurerOrgId: cast.insurer.id, material: shortLived });
    const made = await makePolicy(t, { insurerOrgId: cast.insurer.id });
    const bytes = await documentBytes(t, made.document.id);
    await new Promise((r) => setTimeout(r, Math.max(0, expiresAt - Date.now() + 1200)));
    clock = Date.now();
    const v = (await postVerify(t, bytes)).json();
    expect(v).toMatchObject({ verdict: 'valid', issuedHere: true });
    expect(new Date(v.technical.signatures[0].timestampAt).getTime()).toBeLessThan(expiresAt);
    const p = pdfsigVerdict(bytes);
    expect(p.valid, p.text).toBe(true);
  });

  it('verdicts say what happened: re-saved by qpdf / mutool, truncated, two CR LF appended, signature stripped', async () => {
    const resaved = (tool: string, args: string[]) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policyhub-resave-'));
      try {
        fs.writeFileSync(path.join(dir, 'in.pdf'), pdf);
        execFileSync(tool, [...args, path.join(dir, 'in.pdf'), path.join(dir, 'out.pdf')], { stdio: 'pipe' });
        return fs.readFileSync(path.join(dir, 'out.pdf'));
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    };
    for (const file of [resaved('qpdf', []), resaved('mutool', ['clean'])]) {
      const v = (await postVerify(t, file)).json();
      expect(v).toMatchObject({
        verdict: 'invalid',
        reason: 'rewritten',
        title: '签名无效',
        issuedHere: false,
      });
      expect(v.summary).toContain('重新保存');
      expect(v.summary).not.toContain('签名值、时间戳或证书有效期');
    }
    const cut = (await postVerify(t, pdf.subarray(0, pdf.length - 200))).json();
    expect(cut).toMatchObject({ verdict: 'invalid', reason: 'truncated' });
    expect(cut.summary).toContain('不完整');

    // pdfsig's "Total document signed" is the line the README tells users to read: we agree.
    const padded = Buffer.concat([pdf, Buffer.from('\r\n\r\n')]);
    const p = pdfsigVerdict(padded);
    expect(p.wholeDocument).toBe(false);
    const v = (await postVerify(t, padded)).json();
    expect(v).toMatchObject({ verdict: 'tampered', reason: 'appended' });
    expect(v.summary).toContain('Not total document signed');
    expect(v.technical.signatures[0]).toMatchObject({
      byteRangeCoversWholeFile: false,
      modifiedAfterSigning: true,
    });

    const stripped = stripSignature(pdf);
    const u = (await postVerify(t, stripped)).json();
    expect(u).toMatchObject({ verdict: 'unsigned', reason: 'not_signed', title: '未签名' });
    expect(u.summary).toContain('签名已被移除');
  });

  it('unsigned, non-PDF, empty and oversized uploads get clear answers and change nothing', async () => {
    const before = await documentState(t);
    const unsigned = Buffer.from(
      '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
    );
    expect((await postVerify(t, unsigned)).json()).toMatchObject({ verdict: 'unsigned', title: '未签名' });
    const notPdf = await postVerify(t, Buffer.from('PK\u0003\u0004 not a pdf'), 'policy.pdf');
    expect(notPdf.statusCode).toBe(415);
    expect(notPdf.json().message).toContain('PDF');
    expect((await postVerify(t, Buffer.alloc(0))).statusCode).toBe(400);
    const huge = await postVerify(
      t,
      Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(20 * 1024 * 1024 + 10)]),
    );
    expect(huge.statusCode).toBe(413);
    expect((await t.request({ method: 'POST', url: '/api/public/verify' })).statusCode).toBe(400);
    const status = await t.request({
      method: 'GET',
      url: `/api/public/documents/${crypto.randomUUID()}/status`,
    });
    expect(status.statusCode).toBe(404);
    expect(await documentState(t)).toEqual(before);
  });

  it('`policyhub verify` exits 0 for a valid document issued here, 1 for an altered one, 2 for a foreign one, 3 for an unsigned one', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'policyhub-cli-'));
    const cli = path.resolve(import.meta.dirname, '../bin/policyhub.js');
    const env = {
      ...process.env,
      DATA_DIR: dataDir,
      POLICYHUB_FROM_SOURCE: '1',
      LOG_LEVEL: 'silent',
      FIELD_ENCRYPTION_KEYS: `t1:${Buffer.alloc(32, 7).toString('base64')}`,
      BLIND_INDEX_KEY: Buffer.alloc(32, 9).toString('base64'),
      DATABASE_URL: '',
    };
    try {
      execFileSync(process.execPath, [cli, 'seed-demo'], { env, stdio: 'pipe' });
      const out = path.join(dataDir, 'sample.pdf');
      execFileSync(process.execPath, [cli, 'documents', 'sample', 'policy', '--out', out], {
        env,
        stdio: 'pipe',
      });
      const tampered = Buffer.from(fs.readFileSync(out));
      tampered[200] = tampered[200]! ^ 1;
      fs.writeFileSync(path.join(dataDir, 'tampered.pdf'), tampered);
      fs.writeFileSync(path.join(dataDir, 'foreign.pdf'), pdf);
      fs.writeFileSync(path.join(dataDir, 'stripped.pdf'), stripSignature(fs.readFileSync(out)));
      const run = (file: string) =>
        spawnSync(process.execPath, [cli, 'verify', path.join(dataDir, file)], { env, encoding: 'utf8' });
      const ok = run('sample.pdf');
      expect(ok.status, ok.stdout + ok.stderr).toBe(0);
      expect(ok.stdout).toContain('有效');
      expect(ok.stdout).toContain('样本');
      expect(run('tampered.pdf').status).toBe(1);
      const foreign = run('foreign.pdf');
      expect(foreign.status, foreign.stdout).toBe(2);
      expect(foreign.stdout).toContain('非本平台签发');
      // Not "intact but not issued here" (2): a file whose signature was removed is 未签名 (3).
      const stripped = run('stripped.pdf');
      expect(stripped.status, stripped.stdout + stripped.stderr).toBe(3);
      expect(stripped.stdout).toContain('未签名');
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});
