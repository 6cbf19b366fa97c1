import type { OrgType, Role } from '@policyhub/domain';
import type { AppContext } from '../platform/context.js';
import type { Executor } from '../platform/db/index.js';
import { SYSTEM_ACTOR } from '../platform/audit/index.js';
import { createUserAccount, setKnownPassword } from '../modules/accounts/index.js';
import { addOrganization, findChildByName, type Org } from '../modules/organizations/index.js';

/** The password of every demo account (meets the PL-1 rules). Documented in docs/DEMO-ACCOUNTS.md. */
export const DEMO_PASSWORD = 'Demo@2026';

type DemoOrg = { key: string; parent: string | null; type: OrgType; name: string; code: string | null };

/** The demo organization trees (SPEC §1), parents before children. Credit codes pass GB 32100. */
export const DEMO_ORGS: readonly DemoOrg[] = [
  { key: 'platform', parent: null, type: 'platform', name: 'PolicyHub 平台运营中心', code: null },
  {
    key: 'huaan',
    parent: 'platform',
    type: 'insurer',
    name: '华安财产保险股份有限公司',
    code: '911100001000123405',
  },
  {
    key: 'huaanBeijing',
    parent: 'huaan',
    type: 'insurer_branch',
    name: '华安财产保险股份有限公司北京分公司',
    code: '91110105200056789G',
  },
  {
    key: 'taihe',
    parent: 'platform',
    type: 'insurer',
    name: '泰和人寿保险股份有限公司',
    code: '913100003000987671',
  },
  {
    key: 'xingchen',
    parent: 'platform',
    type: 'enterprise',
    name: '北京星辰科技有限公司',
    code: '91110108MA01ABCD5T',
  },
  {
    key: 'mutualAid',
    parent: 'platform',
    type: 'insurer',
    name: '中国职工保险互助会北京办事处',
    code: '52110000500000007X',
  },
  { key: 'unionHq', parent: 'platform', type: 'union_hq', name: '北京市总工会', code: '81110000400011112Q' },
  {
    key: 'haidian',
    parent: 'unionHq',
    type: 'union_agency',
    name: '海淀区职工互助保障代办处',
    code: '81110108500022222J',
  },
  {
    key: 'zgcUnion',
    parent: 'haidian',
    type: 'union_base',
    name: '中关村软件园基层工会',
    code: '81110108500033335H',
  },
  {
    key: 'shangdiUnion',
    parent: 'haidian',
    type: 'union_base',
    name: '上地信息产业基地基层工会',
    code: '81110108500044448G',
  },
  {
    key: 'changyou',
    parent: 'platform',
    type: 'travel_agency',
    name: '北京畅游国际旅行社有限公司',
    code: '91110108MA02XCTX6T',
  },
];

export type DemoUser = {
  role: Role;
  username: string;
  displayName: string;
  org: string | null;
  mobile: string;
  idNumber?: string;
};

/** One demo account per role of SPEC §1. */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    role: 'exchange_admin',
    username: 'admin',
    displayName: '王建国',
    org: 'platform',
    mobile: '13800138001',
  },
  {
    role: 'security_admin',
    username: 'security',
    displayName: '李安平',
    org: 'platform',
    mobile: '13800138002',
  },
  {
    role: 'enterprise_operator',
    username: 'enterprise',
    displayName: '张晓燕',
    org: 'xingchen',
    mobile: '13800138003',
  },
  {
    role: 'individual',
    username: 'employee',
    displayName: '刘洋',
    org: null,
    mobile: '13800138004',
    idNumber: '110108199003071238',
  },
  { role: 'insurer_staff', username: 'insurer', displayName: '陈静', org: 'huaan', mobile: '13800138005' },
  {
    role: 'insurer_staff',
    username: 'mutual_aid',
    displayName: '钱红',
    org: 'mutualAid',
    mobile: '13800138011',
  },
  {
    role: 'union_base_operator',
    username: 'union_base',
    displayName: '赵磊',
    org: 'zgcUnion',
    mobile: '13800138006',
  },
  {
    // A second unit under the same agency office: each base unit sees only its own members.
    role: 'union_base_operator',
    username: 'union_base_sd',
    displayName: '马琳',
    org: 'shangdiUnion',
    mobile: '13800138012',
  },
  {
    role: 'union_agency_operator',
    username: 'union_agency',
    displayName: '孙丽',
    org: 'haidian',
    mobile: '13800138007',
  },
  {
    role: 'union_hq_operator',
    username: 'union_hq',
    displayName: '周伟',
    org: 'unionHq',
    mobile: '13800138008',
  },
  {
    role: 'travel_issuer',
    username: 'travel_issuer',
    displayName: '吴婷',
    org: 'changyou',
    mobile: '13800138009',
  },
  {
    role: 'travel_admin',
    username: 'travel_admin',
    displayName: '郑浩',
    org: 'changyou',
    mobile: '13800138010',
  },
];

async function ensureOrgs(tx: Executor): Promise<{ orgs: Map<string, Org>; created: number }> {
  const orgs = new Map<string, Org>();
  let created = 0;
  for (const spec of DEMO_ORGS) {
    const parent = spec.parent ? orgs.get(spec.parent)! : null;
    // Found by name under the same parent, so a second run (or a renamed code) adds nothing.
    let org = await findChildByName(tx, parent?.id ?? null, spec.name);
    if (!org) {
      org = await addOrganization(tx, SYSTEM_ACTOR, parent, {
        type: spec.type,
        name: spec.name,
        code: spec.code,
      });
      created++;
    }
    orgs.set(spec.key, org);
  }
  return { orgs, created };
}

/**
 * Writes the demo organizations and one account per role, all with DEMO_PASSWORD and no forced
 * password change. Idempotent: what exists already (by name under its parent, by username) is
 * left as it is, including a demo password someone has changed since.
 */
export async function seedDemo(ctx: AppContext): Promise<{ created: number }> {
  return ctx.db.transaction(async (tx) => {
    const { orgs, created: orgsCreated } = await ensureOrgs(tx);
    let created = orgsCreated;
    for (const user of DEMO_USERS) {
      const result = await createUserAccount(ctx, tx, SYSTEM_ACTOR, {
        orgId: user.org ? orgs.get(user.org)!.id : null,
        role: user.role,
        username: user.username,
        displayName: user.displayName,
        mobile: user.mobile,
        idNumber: user.idNumber ?? null,
        sendInitialPassword: false,
      });
      if (result.created) {
        await setKnownPassword(tx, result.id, DEMO_PASSWORD, { mustChange: false, now: ctx.now() });
        created++;
      }
    }
    await (await import('./demo-insurer-branding.js')).seedDemoInsurerBranding(ctx, tx, orgs);
    await (await import('./demo-documents.js')).seedDemoDocuments(ctx, tx, orgs);
    await (await import('./demo-exchange-products.js')).seedDemoExchangeProducts(ctx, tx, orgs);
    await (await import('./demo-exchange.js')).seedDemoExchange(ctx, tx, orgs);
    await (await import('./demo-union.js')).seedDemoUnion(ctx, tx, orgs);
    return { created };
  });
}
