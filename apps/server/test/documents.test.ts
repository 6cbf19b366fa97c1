import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import jsqrModule from 'jsqr';
import { PNG } from 'pngjs';
import { formatPeriod, specimenData, type DocumentKind } from '@policyhub/documents';
import { auditLog, documents, outbox, tasks } from '../src/tables.js';
import { SYSTEM_ACTOR } from '../src/platform/audit/index.js';
import { createPolicy, documentPeriod } from '../src/modules/policies/index.js';
import {
  DOCUMENT_KINDS,
  enqueueBulkIssue,
  issueDocument,
  type IssuedDocument,
} from '../src/modules/documents/index.js';
import { createTestApp, type TestApp } from './helpers.js';
import {
  beijingMidnight,
  createCast,
  documentBytes,
  documentState,
  insuredPerson,
  makePolicy,
  pdfsigVerdict,
  poppler,
  randomResidentId,
  rasterFirstPage,
  type Cast,
} from './documents-support.js';

type JsQr = typeof jsqrModule.default;
const jsQR: JsQr = (jsqrModule as unknown as { default?: JsQr }).default ?? (jsqrModule as unknown as JsQr);

/**
 * The issuing service (ED-1, ED-2, ED-5): every kind through issueDocument, checked with poppler
 * (pdfsig, pdftotext, pdftoppm + a QR reader), content-addressed storage, bulk issuing on worker
 * threads, and the signed-in routes (我的保单, download, e-mail) with their access matrix.
 */
describe('documents: issuing, download and e-mail', () => {
  let t: TestApp;
  let cast: Cast;
  const issued = new Map<DocumentKind, IssuedDocument>();
  let policyNo: string;
  let insuredNames: string[];
  let period: { startsAt: Date; endsAt: Date };

  beforeAll(async () => {
    t = await createTestApp();
    cast = await createCast(t);
    insuredNames = ['欧阳娜娜', '司马光明'];
    const made = await makePolicy(t, {
      insurerOrgId: cast.insurer.id,
      orgId: cast.enterprise.id,
      holderUserId: cast.users.individual.id,
      insured: insuredNames.map((n) => insuredPerson(n)),
    });
    policyNo = made.policy.policyNo;
    period = { startsAt: made.policy.startsAt, endsAt: made.policy.endsAt };
    issued.set('policy', made.document);
    // The other kinds with the package's sample content, issued for real (not as specimens).
    for (const kind of DOCUMENT_KINDS) {
      if (kind === 'policy') continue;
      const { documentId: _id, ...data } = specimenData(kind) as unknown as Record<string, unknown>;
      issued.set(
        kind,
        await t.ctx.db.transaction((tx) =>
          issueDocument(t.ctx, tx, {
            kind,
            data: data as never,
            insurerOrgId: cast.insurer.id,
            orgId: cast.enterprise.id,
          }),
        ),
      );
    }
  });
  afterAll(async () => t?.close());

  it('pdfsig reports every freshly issued document kind as validly signed and unmodified', async () => {
    for (const kind of DOCUMENT_KINDS) {
      const doc = issued.get(kind)!;
      const bytes = await documentBytes(t, doc.id);
      const v = pdfsigVerdict(bytes);
      expect(v.valid, `${kind}\n${v.text}`).toBe(true);
      expect(v.wholeDocument, `${kind}\n${v.text}`).toBe(true);
      expect(v.text).toContain('ETSI.CAdES.detached');
      expect(v.text).toContain(`${cast.insurer.name} 电子保单签章`);
    }
  });

  it('archives content-addressed: the row hash is the file hash, and the object sits under its hash', async () => {
    const doc = issued.get('policy')!;
    const bytes = await documentBytes(t, doc.id);
    const sha = crypto.createHash('sha256').update(bytes).digest('hex');
    expect(doc.sha256).toBe(sha);
    const [row] = await t.ctx.db.select().from(documents).where(eq(documents.id, doc.id));
    expect(row).toMatchObject({
      sha256: sha,
      size: bytes.length,
      kind: 'policy',
      version: 1,
      specimen: false,
    });
    expect(row!.storageKey).toBe(`${sha.slice(0, 2)}/${sha.slice(2, 4)}/${sha}`);
    expect(fs.existsSync(path.join(t.dataDir, 'files', ...row!.storageKey.split('/')))).toBe(true);
    expect(bytes.length).toBeLessThan(150 * 1024);
    const [audit] = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'document.issue'), eq(auditLog.entityId, doc.id)));
    expect(audit?.detail).toMatchObject({ documentNo: doc.documentNo, sha256: sha, policyNo });
    // The id is chosen before rendering and embedded in the signed bytes.
    expect(Buffer.from(bytes).toString('latin1')).toContain(`/PolicyHubDocId (${doc.id})`);
  });

  it('pdftotext finds the policy number, the insured names and the period', async () => {
    const text = poppler('pdftotext', await documentBytes(t, issued.get('policy')!.id)).replace(/\s+/g, '');
    expect(text).toContain(policyNo);
    for (const name of insuredNames) expect(text).toContain(name);
    expect(text).toContain(formatPeriod(documentPeriod(period.startsAt, period.endsAt)).replace(/\s+/g, ''));
  });

  it('QR code decodes (pdftoppm → PNG → jsQR) to the document’s verification URL', async () => {
    const doc = issued.get('policy')!;
    const png = PNG.sync.read(rasterFirstPage(await documentBytes(t, doc.id), 200));
    const qr = jsQR(
      new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.byteLength),
      png.width,
      png.height,
    );
    expect(qr?.data).toBe(`${t.config.publicUrl}/verify/${doc.id}`);
    expect(doc.verificationUrl).toBe(qr?.data);
  });

  it('bulk issuing runs as a job on worker threads, with progress, and never issues twice', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const policy = await createPolicy(t.ctx, t.ctx.db, SYSTEM_ACTOR, {
        line: 'MUTUAL_AID',
        productCode: 'MA-TEST',
        productName: '职工互助保障（测试）',
        insurerOrgId: cast.insurer.id,
        orgId: cast.enterprise.id,
        holder: { name: '测试基层工会', idType: 'uscc', idNumber: '81110108500033335H' },
        sumInsuredFen: 1_000_000,
        premiumFen: 5_000,
        startsAt: beijingMidnight(t.ctx.now()),
        endsAt: new Date(beijingMidnight(t.ctx.now(), 365).getTime() - 1000),
        insured: [insuredPerson(`会员${i}`)],
      });
      ids.push(policy.id);
    }
    await t.ctx.jobs.start();
    const enqueue = () =>
      t.ctx.db.transaction((tx) =>
        enqueueBulkIssue(t.ctx, tx, { policyIds: ids, ownerUserId: cast.users.admin.id, orgId: null }),
      );
    const first = await enqueue();
    expect(await t.ctx.jobs.waitFor(first, 60_000)).toEqual({ status: 'succeeded', error: null });
    const [task] = await t.ctx.db.select().from(tasks).where(eq(tasks.id, first));
    expect(task).toMatchObject({ progressDone: 5, progressTotal: 5 });
    expect(task?.result).toMatchObject({ issued: 5, skipped: 0, failed: 0 });
    for (const id of ids) {
      const docs = await t.ctx.db.select().from(documents).where(eq(documents.policyId, id));
      expect(docs).toHaveLength(1);
      expect(pdfsigVerdict(await documentBytes(t, docs[0]!.id)).valid).toBe(true);
    }
    const second = await enqueue();
    expect((await t.ctx.jobs.waitFor(second, 60_000)).status).toBe('succeeded');
    const [again] = await t.ctx.db.select().from(tasks).where(eq(tasks.id, second));
    expect(again?.result).toMatchObject({ issued: 0, skipped: 5 });
  });

  it('我的保单 lists the holder’s own documents only', async () => {
    const mine = await t.request({ method: 'GET', url: '/api/me/documents', as: cast.as.individual });
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items).toEqual([
      expect.objectContaining({
        id: issued.get('policy')!.id,
        kind: 'policy',
        kindLabel: '电子保单',
        policyNo,
        status: 'issued',
        statusLabel: '有效',
      }),
    ]);
    const theirs = await t.request({ method: 'GET', url: '/api/me/documents', as: cast.as.otherIndividual });
    expect(theirs.json().items).toEqual([]);
  });

  it('downloads for the holder, the owning organization and the insurer, audited; 404 for everyone else', async () => {
    const doc = issued.get('policy')!;
    const url = `/api/documents/${doc.id}/download`;
    for (const who of ['individual', 'enterprise', 'insurerStaff', 'security', 'admin'] as const) {
      const res = await t.request({ method: 'GET', url, as: cast.as[who] });
      expect(res.statusCode, who).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(crypto.createHash('sha256').update(res.rawPayload).digest('hex')).toBe(doc.sha256);
    }
    const audits = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'document.download'), eq(auditLog.entityId, doc.id)));
    expect(audits).toHaveLength(5);
    for (const who of ['otherIndividual', 'otherEnterprise', 'otherInsurerStaff'] as const) {
      const before = await documentState(t);
      const res = await t.request({ method: 'GET', url, as: cast.as[who] });
      expect(res.statusCode, who).toBe(404);
      expect(await documentState(t)).toEqual(before);
    }
  });

  it('e-mails the document as an attachment through the outbox', async () => {
    const doc = issued.get('policy')!;
    const res = await t.request({
      method: 'POST',
      url: `/api/documents/${doc.id}/email`,
      payload: { email: 'liu.yang@example.com' },
      as: cast.as.individual,
    });
    expect(res.statusCode, res.body).toBe(200);
    const [msg] = await t.ctx.db.select().from(outbox).where(eq(outbox.recipient, 'liu.yang@example.com'));
    expect(msg).toMatchObject({ channel: 'email', template: 'e_policy' });
    expect(msg?.attachments).toEqual([{ fileId: doc.fileId, filename: `${doc.documentNo}.pdf` }]);
    expect(msg?.subject).toContain(policyNo);
    expect(msg?.body).toContain(`/verify/${doc.id}`);

    const before = await documentState(t);
    const bad = await t.request({
      method: 'POST',
      url: `/api/documents/${doc.id}/email`,
      payload: { email: 'not-an-email' },
      as: cast.as.individual,
    });
    expect(bad.statusCode).toBe(400);
    const other = await t.request({
      method: 'POST',
      url: `/api/documents/${doc.id}/email`,
      payload: { email: 'x@example.com' },
      as: cast.as.otherEnterprise,
    });
    expect(other.statusCode).toBe(404);
    expect(await documentState(t)).toEqual(before);
    expect(await t.ctx.db.select().from(outbox).where(eq(outbox.recipient, 'x@example.com'))).toEqual([]);
  });

  it('access matrix of the signed-in document routes: 401 anonymous, 403 wrong role, nothing changes', async () => {
    const doc = issued.get('policy')!;
    const before = await documentState(t);
    const calls = [
      { method: 'GET' as const, url: '/api/me/documents' },
      { method: 'GET' as const, url: `/api/documents/${doc.id}/download` },
      { method: 'POST' as const, url: `/api/documents/${doc.id}/email`, payload: { email: 'a@example.com' } },
    ];
    for (const c of calls) expect((await t.request(c)).statusCode, c.url).toBe(401);
    for (const who of ['enterprise', 'insurerStaff', 'security'] as const)
      expect((await t.request({ ...calls[0]!, as: cast.as[who] })).statusCode, who).toBe(403);
    const missing = await t.request({
      method: 'GET',
      url: `/api/documents/${crypto.randomUUID()}/download`,
      as: cast.as.security,
    });
    expect(missing.statusCode).toBe(404);
    expect(await documentState(t)).toEqual(before);
  });

  it('refuses a policy whose insured ID number is invalid, writing nothing', async () => {
    const before = await documentState(t);
    await expect(
      makePolicy(t, {
        insurerOrgId: cast.insurer.id,
        insured: [insuredPerson('张三', '110108199003071230')],
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(
      makePolicy(t, {
        insurerOrgId: cast.insurer.id,
        holder: { name: '张三', idType: 'resident_id', idNumber: randomResidentId() },
        startsAt: new Date(),
        endsAt: new Date(Date.now() - 1000),
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await documentState(t)).toEqual(before);
  });
});
