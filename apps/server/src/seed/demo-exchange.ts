import crypto from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { birthAndGenderOf, maskIdNumber, residentIdCheckChar, creditCodeCheckChar } from '@policyhub/domain';
import type { AppContext } from '../platform/context.js';
import type { Executor } from '../platform/db/index.js';
import { exchangeOrders, organizations, products, rosterPeople, rosters, users } from '../tables.js';
import { SYSTEM_ACTOR } from '../platform/audit/index.js';
import { hashPassword } from '../platform/auth/password.js';
import type { Org } from '../modules/organizations/index.js';
import { nextBusinessNumber } from '../modules/policies/index.js';
import {
  checkRegistration,
  insertPendingEnterprise,
} from '../lines/exchange/operations/register-enterprise.js';
import { addOrderEvent } from '../lines/exchange/repository.js';

const DEMO_REGISTRATION_PASSWORD = 'Demo@2026';

/** A one-page PDF with an ASCII line: the demo's stand-in for a scanned certificate. */
function samplePdf(line: string): Buffer {
  const stream = `BT /F1 18 Tf 72 720 Td (${line}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const id = (first17: string) => first17 + residentIdCheckChar(first17);

// The demo employee 刘洋 (username `employee`) is on the roster: after a pass, his existing
// account is reused rather than duplicated.
const ROSTER = [
  { name: '刘洋', idNumber: '110108199003071238', mobile: '13800138004' },
  { name: '赵敏', idNumber: id('11010819880415202'), mobile: '13900001001' },
  { name: '孙浩', idNumber: id('11010519920921301'), mobile: '13900001002' },
  { name: '周婷', idNumber: id('11010219950102402'), mobile: '13900001003' },
  { name: '吴磊', idNumber: id('11010619870630503'), mobile: '13900001004' },
];

/**
 * Exchange demo data (idempotent): a pending enterprise registration for 注册登记审核, and —
 * once modules/products has seeded a listed, published product — a submitted order
 * (待预核保) of 北京星辰科技 with company information, three sample scans and a five-person
 * roster, for 投保处理. Without a listed product the order is skipped.
 */
export async function seedDemoExchange(ctx: AppContext, tx: Executor, orgs: Map<string, Org>): Promise<void> {
  const [pending] = await tx
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, 'yunfan_hr'))
    .limit(1);
  if (!pending) {
    const checked = checkRegistration({
      username: 'yunfan_hr',
      password: DEMO_REGISTRATION_PASSWORD,
      passwordConfirm: DEMO_REGISTRATION_PASSWORD,
      companyName: '北京云帆数据服务有限公司',
      creditCode: `91110105MA02YF8K3${creditCodeCheckChar('91110105MA02YF8K3')}`,
      email: 'hr@yunfan.example.com',
      contactName: '郑洁',
      contactMobile: '13800138010',
      captchaId: '',
      captchaAnswer: '',
    });
    await insertPendingEnterprise(
      ctx,
      tx,
      checked,
      await hashPassword(DEMO_REGISTRATION_PASSWORD),
      SYSTEM_ACTOR,
    );
  }

  const enterprise = orgs.get('xingchen');
  if (!enterprise) return;
  const [existing] = await tx
    .select({ id: exchangeOrders.id })
    .from(exchangeOrders)
    .where(eq(exchangeOrders.enterpriseOrgId, enterprise.id))
    .limit(1);
  if (existing) return;
  const [product] = await tx
    .select({ id: products.id, versionId: products.currentVersionId, insurerOrgId: products.insurerOrgId })
    .from(products)
    .where(and(eq(products.status, 'listed'), eq(products.published, true)))
    .orderBy(asc(products.code))
    .limit(1);
  if (!product?.versionId) return;

  // The insurer needs a case mailbox for 发送保险公司 by e-mail.
  await tx
    .update(organizations)
    .set({ contactEmail: 'underwriting@insurer.example.com' })
    .where(and(eq(organizations.id, product.insurerOrgId), isNull(organizations.contactEmail)));
  await tx
    .update(organizations)
    .set({ contactEmail: 'hr@xingchen.example.com' })
    .where(and(eq(organizations.id, enterprise.id), isNull(organizations.contactEmail)));

  const now = ctx.now();
  const scans: Record<string, string> = {};
  for (const [kind, label] of [
    ['licence', 'Business licence'],
    ['orgCode', 'Organization code certificate'],
    ['taxCert', 'Tax registration certificate'],
  ] as const) {
    const file = await ctx.files.saveGenerated(tx, {
      data: samplePdf(`SAMPLE ${label} - PolicyHub demo data, not a real document`),
      originalName: `${kind}-sample.pdf`,
      mime: 'application/pdf',
      purpose: `exchange.scan.${kind}`,
      ownerUserId: null,
      ownerOrgId: enterprise.id,
    });
    scans[kind] = file.id;
  }
  const orderNo = await nextBusinessNumber(tx, 'EXO', now);
  const rosterImportId = crypto.randomUUID();
  const [order] = await tx
    .insert(exchangeOrders)
    .values({
      orderNo,
      enterpriseOrgId: enterprise.id,
      productId: product.id,
      productVersionId: product.versionId,
      insurerOrgId: product.insurerOrgId,
      status: 'submitted',
      company: {
        name: enterprise.name,
        licenceNo: enterprise.code ?? '',
        taxNo: enterprise.code ?? '',
        orgCode: '',
        size: '50-299人',
        industry: '信息技术',
        contactName: '张晓燕',
        contactPhone: '13800138003',
        address: '北京市海淀区中关村大街 27 号',
        email: 'hr@xingchen.example.com',
      },
      scans,
      rosterImportId,
      rosterCount: ROSTER.length,
      submittedAt: now,
      createdAt: now,
    })
    .returning({ id: exchangeOrders.id });
  const [roster] = await tx
    .insert(rosters)
    .values({
      subjectType: 'exchange_order',
      subjectId: order!.id,
      orgId: enterprise.id,
      template: 'exchange_roster',
      status: 'confirmed',
      importId: rosterImportId,
      peopleCount: ROSTER.length,
      confirmedAt: now,
    })
    .returning({ id: rosters.id });
  await tx.insert(rosterPeople).values(
    ROSTER.map((p, i) => ({
      rosterId: roster!.id,
      rowNo: i + 2,
      importId: rosterImportId,
      name: p.name,
      idType: 'resident_id',
      idNumberEnc: ctx.crypto.encrypt(p.idNumber),
      idNumberIdx: ctx.crypto.blindIndex(p.idNumber),
      idNumberMasked: maskIdNumber(p.idNumber),
      ...birthAndGenderOf(p.idNumber),
      mobile: p.mobile,
      extra: {
        medicalType: '城镇职工医保',
        medicalCity: '北京市',
        supplementary: '无',
        preExisting: '无',
        taxYear: '是',
        frequency: '年缴',
      },
    })),
  );
  await addOrderEvent(tx, order!.id, SYSTEM_ACTOR, 'create', now, { demo: true });
  await addOrderEvent(tx, order!.id, SYSTEM_ACTOR, 'submit', now, { rosterCount: ROSTER.length });
}
