import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import { residentIdCheckChar } from '@policyhub/domain';
import { SYSTEM_ACTOR } from '../src/platform/audit/index.js';
import { auditLog, documents, files, policies, signingKeys } from '../src/tables.js';
import type { CreatePolicyInput, NewInsured } from '../src/modules/policies/index.js';
import { issuePolicy } from '../src/workflows/issue-policy.js';
import { createOrg, createUser, sessionFor, type Headers, type TestApp, type TestUser } from './helpers.js';

export const BEIJING = 8 * 3_600_000;
export const DAY = 86_400_000;

/** Beijing midnight of the day `date` falls on, plus `days`. */
export function beijingMidnight(date: Date, days = 0): Date {
  const local = Math.floor((date.getTime() + BEIJING) / DAY) * DAY;
  return new Date(local - BEIJING + days * DAY);
}

/** A random valid resident ID born in `year`. */
export function randomResidentId(
  year = 1985 + crypto.randomInt(0, 20),
  male = crypto.randomInt(0, 2) === 1,
): string {
  const month = String(crypto.randomInt(1, 13)).padStart(2, '0');
  const day = String(crypto.randomInt(1, 29)).padStart(2, '0');
  let seq = crypto.randomInt(0, 1000);
  if (seq % 2 !== (male ? 1 : 0)) seq = (seq + 1) % 1000;
  const first17 = `110108${year}${month}${day}${String(seq).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

export function insuredPerson(name: string, idNumber = randomResidentId()): NewInsured {
  return { name, idType: 'resident_id', idNumber, gender: Number(idNumber[16]) % 2 ? 'M' : 'F' };
}

export type Cast = {
  platform: { id: string };
  insurer: { id: string; name: string };
  otherInsurer: { id: string; name: string };
  enterprise: { id: string };
  otherEnterprise: { id: string };
  users: {
    security: TestUser;
    admin: TestUser;
    enterprise: TestUser;
    otherEnterprise: TestUser;
    insurerStaff: TestUser;
    otherInsurerStaff: TestUser;
    individual: TestUser;
    otherIndividual: TestUser;
  };
  as: Record<keyof Cast['users'], Headers>;
};

/** Two insurers, two enterprises and one user of every kind the documents routes care about. */
export async function createCast(t: TestApp): Promise<Cast> {
  const platform = await createOrg(t, { type: 'platform' });
  const insurer = await createOrg(t, {
    type: 'insurer',
    parentId: platform.id,
    name: `华安测试保险-${rand()}`,
  });
  const otherInsurer = await createOrg(t, {
    type: 'insurer',
    parentId: platform.id,
    name: `泰和测试保险-${rand()}`,
  });
  const enterprise = await createOrg(t, { type: 'enterprise', parentId: platform.id });
  const otherEnterprise = await createOrg(t, { type: 'enterprise', parentId: platform.id });
  const users = {
    security: await createUser(t, { role: 'security_admin', orgId: platform.id }),
    admin: await createUser(t, { role: 'exchange_admin', orgId: platform.id }),
    enterprise: await createUser(t, { role: 'enterprise_operator', orgId: enterprise.id }),
    otherEnterprise: await createUser(t, { role: 'enterprise_operator', orgId: otherEnterprise.id }),
    insurerStaff: await createUser(t, { role: 'insurer_staff', orgId: insurer.id }),
    otherInsurerStaff: await createUser(t, { role: 'insurer_staff', orgId: otherInsurer.id }),
    individual: await createUser(t, { role: 'individual' }),
    otherIndividual: await createUser(t, { role: 'individual' }),
  };
  const as = {} as Cast['as'];
  for (const [k, u] of Object.entries(users)) as[k as keyof Cast['users']] = await sessionFor(t, u);
  return { platform, insurer, otherInsurer, enterprise, otherEnterprise, users, as };
}

const rand = () => crypto.randomBytes(3).toString('hex');

/** Issues a policy (and its signed e-policy) through the real workflow. */
export async function makePolicy(t: TestApp, input: Partial<CreatePolicyInput> & { insurerOrgId: string }) {
  const startsAt = input.startsAt ?? beijingMidnight(t.ctx.now());
  return issuePolicy(t.ctx, SYSTEM_ACTOR, {
    line: 'TRAVEL',
    productCode: 'TR-TEST',
    productName: '旅游意外伤害保险（测试）',
    orgId: null,
    holder: { name: '王小明', idType: 'resident_id', idNumber: randomResidentId() },
    sumInsuredFen: 30_000_000,
    premiumFen: 6_000,
    startsAt,
    endsAt: new Date(beijingMidnight(startsAt, 365).getTime() - 1000),
    insured: [insuredPerson('李雷'), insuredPerson('韩梅梅')],
    ...input,
  });
}

/** The archived bytes of a document. */
export async function documentBytes(t: TestApp, documentId: string): Promise<Buffer> {
  const [row] = await t.ctx.db
    .select({ fileId: documents.fileId })
    .from(documents)
    .where(eq(documents.id, documentId));
  return t.ctx.files.read(row!.fileId);
}

/** Row counts of the tables documents routes may write, for "database unchanged" checks. */
export async function documentState(t: TestApp): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [name, table] of Object.entries({ auditLog, documents, files, policies, signingKeys })) {
    const [row] = await t.ctx.db.select({ n: count() }).from(table);
    out[name] = Number(row?.n ?? 0);
  }
  const holds = await t.ctx.db
    .select({ hold: documents.legalHold, deleted: documents.deletedAt })
    .from(documents);
  out.held = holds.filter((h) => h.hold).length;
  out.deleted = holds.filter((h) => h.deleted).length;
  const keys = await t.ctx.db.select({ status: signingKeys.status }).from(signingKeys);
  out.activeKeys = keys.filter((k) => k.status === 'active').length;
  return out;
}

/** Posts a PDF to the public verification endpoint (multipart). */
export async function postVerify(
  t: TestApp,
  pdf: Uint8Array,
  filename = 'policy.pdf',
  headers: Headers = {},
) {
  const boundary = `----ph${rand()}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    Buffer.from(pdf),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return t.request({
    method: 'POST',
    url: '/api/public/verify',
    payload: body,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, ...headers },
  });
}

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'policyhub-doc-tests-'));
let counter = 0;

/** Runs a poppler tool on bytes (pdfsig exits 0 whatever it finds: callers read its text). */
export function poppler(
  tool: 'pdfsig' | 'pdftotext' | 'pdfinfo',
  pdf: Uint8Array,
  args: string[] = [],
): string {
  const file = path.join(workDir, `f${++counter}.pdf`);
  fs.writeFileSync(file, pdf);
  const out = execFileSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 << 20,
  });
  fs.rmSync(file, { force: true });
  return out;
}

/** pdfsig's verdict on the first signature, parsed from its text. */
export function pdfsigVerdict(pdf: Uint8Array): {
  valid: boolean;
  digestMismatch: boolean;
  wholeDocument: boolean;
  text: string;
} {
  const text = poppler('pdfsig', pdf);
  return {
    valid: /Signature Validation: Signature is Valid\./.test(text),
    digestMismatch: /Digest Mismatch/.test(text),
    wholeDocument: /Total document signed/.test(text) && !/Not total document signed/i.test(text),
    text,
  };
}

/** Rasterises page 1 with pdftoppm and returns the PNG bytes. */
export function rasterFirstPage(pdf: Uint8Array, dpi = 150): Buffer {
  const file = path.join(workDir, `r${++counter}.pdf`);
  fs.writeFileSync(file, pdf);
  const base = path.join(workDir, `r${counter}`);
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', '-f', '1', '-l', '1', '-singlefile', file, base]);
  const png = fs.readFileSync(`${base}.png`);
  fs.rmSync(file, { force: true });
  fs.rmSync(`${base}.png`, { force: true });
  return png;
}

/** Appends an incremental update replacing the Info dictionary, as an editor would after signing. */
export function appendIncrementalUpdate(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1]);
  const trailer = text.slice(text.lastIndexOf('trailer'));
  const size = Number(/\/Size\s+(\d+)/.exec(trailer)?.[1]);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer)?.[1];
  let update = `\n${size} 0 obj\n<< /Title (Forged) >>\nendobj\n`;
  const objOffset = pdf.length + 1;
  const xrefOffset = pdf.length + update.length;
  update +=
    `xref\n0 1\n0000000000 65535 f \n${size} 1\n${String(objOffset).padStart(10, '0')} 00000 n \n` +
    `trailer\n<< /Size ${size + 1} /Root ${root} /Info ${size} 0 R /Prev ${startxref} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return new Uint8Array(Buffer.concat([Buffer.from(pdf), Buffer.from(update, 'latin1')]));
}

/** [a, b, c, d] of the (first) signature's /ByteRange. */
export function byteRangeOf(pdf: Uint8Array): [number, number, number, number] {
  const m = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(Buffer.from(pdf).toString('latin1'));
  return [Number(m![1]), Number(m![2]), Number(m![3]), Number(m![4])];
}

/** Replaces the signature's /Contents hex with `hex` (zero-padded to the placeholder's size). */
export function replaceContents(pdf: Uint8Array, hex: string): Uint8Array {
  const [, b, c] = byteRangeOf(pdf);
  const width = c - b - 2;
  const out = new Uint8Array(pdf);
  Buffer.from(hex.padEnd(width, '0').slice(0, width), 'latin1').copy(Buffer.from(out.buffer), b + 1);
  return out;
}

/** The signature's CMS (DER, padding removed is not needed by callers that re-embed it). */
export function contentsHex(pdf: Uint8Array): string {
  const [, b, c] = byteRangeOf(pdf);
  return Buffer.from(pdf.subarray(b + 1, c - 1)).toString('latin1');
}
