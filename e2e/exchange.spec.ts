import fs from 'node:fs';
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { creditCodeCheckChar, residentIdCheckChar } from '@policyhub/domain';
import { apiAs, captchaAnswer, digits, loginInBrowser, luhnCard, tinyPdf } from './support.js';

// Issue 4 (EX-1…EX-9) as one journey through the real pages: a guest browses the showcase, an
// enterprise registers and is approved, orders a tax-advantaged health product with its roster,
// the exchange admin sends the case and records the pre-underwriting pass, an employee signs in
// with the SMS credentials and applies; the built-in insurer simulator issues the policy.
test.describe.configure({ mode: 'serial' });

const stamp = `${Date.now()}`.slice(-7);

/** A resident ID with a correct check character (GB 11643). */
function residentId(birth: string, seq: string): string {
  const first17 = `110101${birth}${seq}`;
  return first17 + residentIdCheckChar(first17);
}
/** A unified social credit code with a correct check character (GB 32100). */
function creditCode(): string {
  const first17 = `91110108MA${digits(7)}`;
  return first17 + creditCodeCheckChar(first17);
}
/** Today and today + n days as Beijing dates (YYYY-MM-DD). */
function beijingDate(offsetDays = 0): string {
  return new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

const company = {
  username: `ent${stamp}`,
  password: 'Qiye@2026x',
  name: `北京测试科技${stamp}有限公司`,
  code: creditCode(),
  email: `hr${stamp}@example.com`,
  contact: '赵经办',
  mobile: `136${digits(8)}`,
};
const employees = [
  { name: '陈一鸣', id: residentId('19900307', `${digits(2)}1`), mobile: `137${digits(8)}` },
  { name: '林小雨', id: residentId('19851231', `${digits(2)}2`), mobile: `138${digits(8)}` },
  { name: '黄志强', id: residentId('19700101', `${digits(2)}3`), mobile: `139${digits(8)}` },
];
const NEW_PASSWORD = 'Yuan@2026go';

let admin: APIRequestContext;
let product: { id: string; name: string; insurerName: string };
let orderId = '';
let windowStart = '';
let windowEnd = '';
let employeeUsername = '';

test.beforeAll(async ({ baseURL }) => {
  admin = await apiAs(baseURL!, 'admin');
});
test.afterAll(async () => admin.dispose());

/** Signs in on /login with a username and password (captcha from test mode). */
async function loginWith(page: Page, username: string, password: string) {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  const answer = await captchaAnswer(page, 'login-captcha-image');
  await page.getByTestId('login-captcha').fill(answer!);
  // Returns once the server has answered (a navigation right after the click would cancel it).
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/auth/login') && r.request().method() === 'POST'),
    page.getByTestId('login-submit').click(),
  ]);
}

/** Reads the newest SMS of a template sent to a mobile, through the admin message center. */
async function smsFor(mobile: string, template: string, timeoutMs = 30_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await admin.get(`/api/admin/messages?channel=sms&recipient=${mobile}&pageSize=10`);
    expect(res.status()).toBe(200);
    const { items } = (await res.json()) as { items: { body: string; template: string }[] };
    const hit = items.find((m) => m.template === template);
    if (hit) return hit.body;
    if (Date.now() > until) throw new Error(`no ${template} SMS for ${mobile}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** Confirms the open Popconfirm. */
async function confirmPopover(page: Page) {
  await page.locator('.ant-popconfirm:visible .ant-btn-primary').click();
}

/** Types a date into an antd DatePicker. */
async function pickDate(field: Locator, date: string) {
  await field.click();
  await field.fill(date);
  await field.press('Enter');
}

test('1. a guest browses the product showcase and a product page', async ({ page, request }) => {
  const res = await request.get('/api/public/products');
  expect(res.status()).toBe(200);

  await page.goto('/products');
  await expect(page.getByTestId('page-products')).toBeVisible();
  const cards = page.getByTestId('product-card');
  await expect(cards.first()).toBeVisible();
  expect(await cards.count()).toBeGreaterThanOrEqual(3);
  const insurers = new Set(await page.getByTestId('product-insurer').allInnerTexts());
  expect(insurers.size, 'products of at least two insurers').toBeGreaterThanOrEqual(2);

  // The 华安 products are served by the built-in insurer simulator.
  const card = cards.filter({ hasText: '华安个人税收优惠型健康保险（万能型）A款' }).first();
  product = {
    id: (await card.getAttribute('data-product-id'))!,
    name: (await card.getByTestId('product-name').innerText()).trim(),
    insurerName: (await card.getByTestId('product-insurer').innerText()).trim(),
  };
  await expect(card.getByTestId('product-cap')).toContainText('2,400');
  await card.getByTestId('product-open').click();

  await expect(page.getByTestId('page-product-detail')).toBeVisible();
  await expect(page.getByTestId('product-detail-name')).toContainText(product.name);
  await expect(page.getByTestId('product-brochure')).toBeVisible();
  expect((await page.getByTestId('product-brochure').innerText()).length).toBeGreaterThan(20);

  await page.getByTestId('tab-clauses').click();
  await expect(page.getByTestId('clauses-viewer')).toBeAttached();
  const clausesHref = await page.getByTestId('clauses-download').getAttribute('href');
  const clauses = await request.get(clausesHref!);
  expect(clauses.status()).toBe(200);
  expect((await clauses.body()).subarray(0, 5).toString()).toBe('%PDF-');

  await page.getByTestId('tab-disclosures').click();
  await expect(page.getByTestId('disclosure-table')).toBeVisible();
  await expect(page.getByTestId('disclosure-open-0')).toBeVisible();

  await page.getByTestId('tab-apply').click();
  await expect(page.getByTestId('product-how-to-apply')).toBeVisible();
  await expect(page.getByTestId('product-hotline')).not.toBeEmpty();
  await expect(page.getByTestId('product-insurer-site')).toBeVisible();
  await expect(page.getByTestId('product-register')).toContainText('注册企业用户');
});

test('2. an enterprise registers, the admin approves it, the operator signs in', async ({ page }) => {
  await page.goto('/products');
  await page.goto('/register');
  await expect(page.getByTestId('page-register')).toBeVisible();
  await page.getByTestId('register-username').fill(company.username);
  await page.getByTestId('register-email').fill(company.email);
  await page.getByTestId('register-company').fill(company.name);
  await page.getByTestId('register-contact-name').fill(company.contact);
  await page.getByTestId('register-contact-mobile').fill(company.mobile);
  await page.getByTestId('register-credit-code').fill(company.code);
  await page.getByTestId('register-password').fill(company.password);
  await page.getByTestId('register-password-confirm').fill(company.password);
  const answer = await captchaAnswer(page, 'register-captcha-image');
  expect(answer, 'test mode exposes the captcha answer').toBeTruthy();
  await page.getByTestId('register-captcha').fill(answer!);
  await page.getByTestId('register-submit').click();
  await expect(page.getByTestId('register-pending')).toBeVisible();

  // Not yet approved: the account cannot sign in.
  await loginWith(page, company.username, company.password);
  await expect(page.getByTestId('login-error')).toBeVisible();

  await loginInBrowser(page, 'admin', admin);
  await page.goto('/admin/registrations');
  await expect(page.getByTestId('page-registrations')).toBeVisible();
  const row = page.getByTestId('registrations-table').locator('tr', { hasText: company.name });
  await expect(row).toBeVisible();
  await row.getByTestId('registration-approve').click();
  await confirmPopover(page);
  await expect(row).toHaveCount(0);
  await page.getByTestId('logout-button').click();

  await loginWith(page, company.username, company.password);
  await expect(page).toHaveURL(/\/enterprise(\/|$)/);
  await expect(page.getByTestId('portal-home')).toBeVisible();
});

test('3. the operator orders the product, fills the company, scans and roster, and submits', async ({
  page,
}, testInfo) => {
  await loginWith(page, company.username, company.password);
  await expect(page).toHaveURL(/\/enterprise(\/|$)/);
  await page.goto(`/products/${product.id}`);
  await page.getByTestId('tab-apply').click();
  await page.getByTestId('product-choose').click();
  await expect(page).toHaveURL(/\/enterprise\/orders\/[0-9a-f-]{36}/);
  orderId = /\/enterprise\/orders\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  await expect(page.getByTestId('page-enterprise-order')).toBeVisible();
  await expect(page.getByTestId('order-status')).toHaveAttribute('data-status', 'draft');

  // 企业基本信息
  await expect(page.getByTestId('company-name')).toHaveValue(company.name);
  await page.getByTestId('company-licenceNo').fill(company.code);
  await page.getByTestId('company-taxNo').fill(company.code);
  await page.getByTestId('company-size').click();
  await page.locator('.ant-select-item-option', { hasText: '50-299' }).click();
  await page.getByTestId('company-industry').fill('软件和信息技术服务业');
  await page.getByTestId('company-contactName').fill(company.contact);
  await page.getByTestId('company-contactPhone').fill(company.mobile);
  await page.getByTestId('company-address').fill('北京市海淀区中关村大街 1 号');
  await page.getByTestId('company-email').fill(company.email);
  await page.getByTestId('order-save').click();
  await expect(page.getByText('已保存').first()).toBeVisible();

  // 三证扫描件
  const scans = [
    ['licence', { name: '营业执照.png', mimeType: 'image/png', buffer: PNG }],
    ['orgCode', { name: '组织机构代码证.pdf', mimeType: 'application/pdf', buffer: tinyPdf('org code') }],
    ['taxCert', { name: '税务登记证.png', mimeType: 'image/png', buffer: PNG }],
  ] as const;
  for (const [key, file] of scans) {
    await page.getByTestId(`scan-upload-${key}`).setInputFiles(file);
    await expect(page.getByTestId(`material-file-${key}`)).toHaveAttribute('data-uploaded', 'true');
  }

  // 员工名单 from the downloadable template
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('roster-template-download').click(),
  ]);
  const templatePath = testInfo.outputPath('roster-template.xlsx');
  await download.saveAs(templatePath);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(templatePath);
  const sheet = workbook.worksheets[0]!;
  const headers = Array.from(sheet.getRow(1).values as unknown[], (v) =>
    String(v ?? '')
      .replace(/\*|＊/g, '')
      .trim(),
  );
  const col = (header: string) => {
    const i = headers.findIndex((h) => h.startsWith(header));
    expect(i, `template column ${header}`).toBeGreaterThan(0);
    return i;
  };
  const cols = {
    name: col('姓名'),
    idType: col('证件类型'),
    idNumber: col('证件号码'),
    mobile: col('手机'),
    medicalType: col('医保类型'),
    medicalCity: col('医保所在城市'),
    supplementary: col('有无补充医疗'),
    preExisting: col('既往症声明'),
    taxYear: col('连续纳税满一年'),
    frequency: col('缴费频率'),
  };
  employees.forEach((e, i) => {
    const row = sheet.getRow(3 + i);
    row.getCell(cols.name).value = e.name;
    row.getCell(cols.idType).value = '身份证';
    row.getCell(cols.idNumber).value = e.id;
    row.getCell(cols.mobile).value = e.mobile;
    row.getCell(cols.medicalType).value = '城镇职工医保';
    row.getCell(cols.medicalCity).value = '北京市';
    row.getCell(cols.supplementary).value = '无';
    row.getCell(cols.preExisting).value = '无';
    row.getCell(cols.taxYear).value = '是';
    row.getCell(cols.frequency).value = '年缴';
    row.commit();
  });
  const roster = Buffer.from(await workbook.xlsx.writeBuffer());
  await page.getByTestId('import-file-input').setInputFiles({
    name: '员工名单.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: roster,
  });
  const summary = page.getByTestId('import-validate-summary');
  await expect(summary).toHaveAttribute('data-status', 'validated', { timeout: 30_000 });
  await expect(summary).toHaveAttribute('data-error-rows', '0');
  await page.getByTestId('import-execute').click();
  await expect(page.getByTestId('import-result-summary')).toContainText('3', { timeout: 30_000 });
  await expect(page.getByTestId('material-file-roster')).toHaveAttribute('data-uploaded', 'true');

  await page.getByTestId('order-submit').click();
  await confirmPopover(page);
  await expect(page.getByTestId('order-status')).toHaveAttribute('data-status', 'submitted');
  await expect(page.getByTestId('order-status')).toContainText('待预核保');
  await expect(page.getByTestId('order-waiting')).toBeVisible();
});

test('4. the admin finds the order, sends it to the insurer by e-mail and records the pass', async ({
  page,
}) => {
  await loginInBrowser(page, 'admin', admin);
  await page.getByTestId('menu-exchange-orders').click();
  await expect(page.getByTestId('page-admin-orders')).toBeVisible();
  await page.getByTestId('admin-order-company').fill(company.name);
  await page.getByTestId('admin-order-status').click();
  await page.locator('.ant-select-item-option', { hasText: '待预核保' }).click();
  await page.getByTestId('search-submit').click();
  const rows = page.getByTestId('admin-orders-table').locator('tbody tr.ant-table-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(company.name);
  await expect(rows.first().getByTestId('order-status')).toHaveAttribute('data-status', 'submitted');
  await rows.first().getByTestId('admin-order-view').click();

  await expect(page.getByTestId('page-admin-order')).toBeVisible();
  await expect(page.getByTestId('admin-company')).toContainText(company.name);
  await page.getByTestId('admin-tab-roster').click();
  const rosterRows = page.getByTestId('admin-roster-table').locator('tbody tr.ant-table-row');
  await expect(rosterRows).toHaveCount(3);
  await expect(page.getByTestId('admin-roster-table')).toContainText(employees[0]!.name);
  const [scan] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('admin-material-download-licence').click(),
  ]);
  const scanBytes = fs.readFileSync(await scan.path());
  expect(scanBytes.equals(PNG)).toBe(true);

  await expect(page.getByTestId('admin-send-first')).toBeVisible();
  await page.getByTestId('admin-order-send').click();
  await page.getByTestId('admin-send-email').click();
  await page.getByTestId('admin-send-submit').click();
  await expect(page.getByTestId('admin-order-sent')).toContainText('邮件');
  await expect(page.getByTestId('order-status').first()).toHaveAttribute('data-status', 'sent');

  windowStart = beijingDate(0);
  windowEnd = beijingDate(30);
  await expect(page.getByTestId('admin-result-form')).toBeVisible();
  await page.getByTestId('admin-result-pass').click();
  await pickDate(page.getByTestId('admin-window-start'), windowStart);
  await pickDate(page.getByTestId('admin-window-end'), windowEnd);
  await page.getByTestId('admin-invitation-code').fill(`YQ${stamp}`);
  await page.getByTestId('admin-remarks').fill('预核保通过');
  await page.getByTestId('admin-result-save').click();
  await expect(page.getByTestId('admin-result')).toBeVisible();
  await expect(page.getByTestId('admin-result')).toContainText(`YQ${stamp}`);
  await expect(page.getByTestId('order-status').first()).toHaveAttribute('data-status', 'passed');
  await expect(page.getByTestId('admin-accounts-task')).toBeVisible();

  // The accounts job: every employee gets an account and an SMS with the initial password.
  for (const e of employees) {
    const body = await smsFor(e.mobile, 'exchange_invitation', 60_000);
    expect(body).toContain(e.name);
    expect(body).toContain(product.name);
  }
});

test('5. an employee signs in with the SMS credentials, changes the password and applies', async ({
  page,
}) => {
  const e = employees[0]!;
  const body = await smsFor(e.mobile, 'exchange_invitation');
  const username = /账号\s*(\S+?)，/.exec(body)?.[1];
  const password = /初始密码\s*(\S+?)，/.exec(body)?.[1];
  expect(username && password, body).toBeTruthy();
  employeeUsername = username!;

  await loginWith(page, employeeUsername, password!);
  await expect(page.getByTestId('login-stage-password')).toBeVisible();
  const old = page.getByTestId('old-password');
  if ((await old.inputValue()) === '') await old.fill(password!);
  await page.getByTestId('new-password').fill(NEW_PASSWORD);
  await page.getByTestId('confirm-password').fill(NEW_PASSWORD);
  await page.getByTestId('change-password-submit').click();
  await expect(page).toHaveURL(/\/personal(\/|$)/);

  await page.getByTestId('menu-personal-orders').click();
  await expect(page.getByTestId('page-personal-orders')).toBeVisible();
  const invitation = page.getByTestId('invitations-table').locator('tbody tr.ant-table-row', {
    hasText: product.name,
  });
  await expect(invitation).toHaveCount(1);
  await expect(invitation).toContainText(product.insurerName);
  await expect(invitation).toContainText(windowStart);
  await expect(invitation).toContainText(windowEnd);
  await expect(invitation.getByTestId('invitation-status')).toHaveAttribute('data-status', 'invited');
  await expect(invitation.getByTestId('invitation-status')).toContainText('待投保');
  await invitation.getByTestId('invitation-apply').click();

  await expect(page.getByTestId('page-apply')).toBeVisible();
  await expect(page.getByTestId('apply-channels')).toBeVisible();
  await expect(page.getByTestId('channel-platform')).toBeVisible();
  await expect(page.getByTestId('channel-mobile')).toBeVisible();
  await expect(page.getByTestId('apply-qr')).toHaveAttribute('data-url', /\/personal\/apply\//);
  await expect(page.getByTestId('channel-insurer')).toBeVisible();
  await page.getByTestId('channel-platform').click();

  await expect(page.getByTestId('apply-flow')).toBeVisible();
  await expect(page.getByTestId('apply-name')).toHaveValue(e.name);
  // The roster's ID number gives gender and age: shown, not asked.
  await expect(page.getByTestId('apply-age-fixed')).toHaveValue(/^\d+ 周岁$/);
  await expect(page.getByTestId('apply-age')).toHaveCount(0);
  await page.getByTestId('apply-address').fill('北京市东城区东长安街 1 号');
  await page.getByTestId('apply-next-personal').click();

  await expect(page.getByTestId('apply-card-form')).toBeVisible();
  const card = luhnCard('622202020011223344');
  await page.getByTestId('apply-card-number').fill(card);
  // Shown in groups of four while typing; the bank comes from the BIN (622202: 中国工商银行).
  await expect(page.getByTestId('apply-card-number')).toHaveValue(card.replace(/(\d{4})(?=\d)/g, '$1 '));
  await expect(page.getByTestId('apply-card-bank')).toContainText('中国工商银行');
  await expect(page.getByTestId('apply-card-warning')).toHaveCount(0);
  await page.getByTestId('apply-next-card').click();

  await expect(page.getByTestId('apply-health-form')).toBeVisible();
  const noes = page.locator('[data-testid^="apply-answer-"][data-testid$="-no"]');
  expect(await noes.count()).toBeGreaterThan(0);
  for (const no of await noes.all()) await no.click();
  await page.getByTestId('apply-next-health').click();

  await expect(page.getByTestId('apply-confirm')).toBeVisible();
  await expect(page.getByTestId('apply-confirm-card')).toContainText(card.slice(-4));
  await expect(page.getByTestId('apply-confirm-card')).not.toContainText(card);
  await expect(page.getByTestId('apply-premium')).toBeVisible();
  await expect(page.getByTestId('apply-submit')).toBeDisabled();
  await page.getByTestId('apply-consent').click();
  await page.getByTestId('apply-submit').click();
  const result = page.getByTestId('apply-result');
  await expect(result).toBeVisible();
  await expect(result).toHaveAttribute('data-status', /^(underwriting|issued)$/);
  await expect(page.getByTestId('apply-application-no')).not.toBeEmpty();

  // The enterprise operator sees who has applied.
  await page.getByTestId('logout-button').click();
  await loginWith(page, company.username, company.password);
  await expect(page).toHaveURL(/\/enterprise(\/|$)/);
  await page.goto(`/enterprise/orders/${orderId}`);
  await expect(page.getByTestId('order-status').first()).toHaveAttribute('data-status', 'passed');
  await expect(page.getByTestId('order-window')).toContainText(windowStart);
  const employeeRow = page.getByTestId('employees-table').locator('tbody tr.ant-table-row', {
    hasText: e.name,
  });
  await expect(employeeRow.getByTestId('invitation-status')).toHaveAttribute(
    'data-status',
    /^(applied|issued)$/,
  );
  await expect(employeeRow.getByTestId('invitation-status')).toHaveText(/已投保|已出单/);
  const other = page.getByTestId('employees-table').locator('tbody tr.ant-table-row', {
    hasText: employees[1]!.name,
  });
  await expect(other.getByTestId('invitation-status')).toHaveAttribute('data-status', 'invited');
});

test('6. 查询统计 counts the application and exports to Excel', async ({ page }, testInfo) => {
  await loginInBrowser(page, 'admin', admin);
  await page.getByTestId('menu-stats').click();
  await expect(page.getByTestId('page-stats')).toBeVisible();
  await expect(page.getByTestId('stats-totals')).toBeVisible();
  const row = page.getByTestId('stats-table').locator('tbody tr.ant-table-row', { hasText: product.name });
  await expect(row).toHaveCount(1);

  const stats = await admin.get('/api/admin/stats?groupBy=product');
  expect(stats.status()).toBe(200);
  const { rows } = (await stats.json()) as {
    rows: { label: string; invited: number; applied: number; issued: number }[];
  };
  const mine = rows.find((r) => r.label.includes(product.name));
  expect(mine, JSON.stringify(rows)).toBeTruthy();
  expect(mine!.invited).toBeGreaterThanOrEqual(3);
  expect(mine!.applied).toBeGreaterThanOrEqual(1);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('stats-export').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const file = testInfo.outputPath('stats.xlsx');
  await download.saveAs(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const text = workbook.worksheets
    .flatMap((s) => s.getSheetValues().map((r) => JSON.stringify(r ?? '')))
    .join('\n');
  expect(text).toContain(product.name);
});

// Last, because it depends on the insurer side: the simulator (over the insurer API and its
// webhooks) underwrites and issues; the policy is synced to 我的保单 with its signed e-policy.
test('7. the simulator issues the policy: 我的保单 lists it and the e-policy is a PDF', async ({
  page,
}, testInfo) => {
  await loginWith(page, employeeUsername, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/personal(\/|$)/);
  await page.goto('/personal/policies');
  await expect(page.getByTestId('page-policies')).toBeVisible();
  const policyCard = page.getByTestId('policy-card').filter({ hasText: product.name });
  await expect(async () => {
    await page.reload();
    await expect(policyCard).toHaveCount(1, { timeout: 1_000 });
  }, 'the simulator issues the policy and it is synced to 我的保单').toPass({ timeout: 45_000 });
  const policyNo = (await policyCard.getByTestId('policy-no').innerText()).trim();
  expect(policyNo).not.toBe('');
  await policyCard.locator('[data-testid^="policy-details-"]').click();
  await expect(page.getByTestId('policy-detail')).toBeVisible();
  await expect(page.getByTestId('policy-tax-code')).not.toBeEmpty();
  await page.keyboard.press('Escape');

  const download = policyCard.locator('[data-testid^="policy-download-"]');
  await expect(download).toBeVisible({ timeout: 30_000 });
  const [pdf] = await Promise.all([page.waitForEvent('download'), download.click()]);
  const file = testInfo.outputPath('e-policy.pdf');
  await pdf.saveAs(file);
  expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');

  const res = await page.request.get('/api/personal/applications');
  const { items } = (await res.json()) as {
    items: { productName: string; status: string; policyNo: string }[];
  };
  const application = items.find((a) => a.productName === product.name);
  expect(application?.status).toBe('issued');
  expect(application?.policyNo).toBe(policyNo);

  // The enterprise sees the employee as issued, and 查询统计 counts the issued policy.
  await page.getByTestId('logout-button').click();
  await loginWith(page, company.username, company.password);
  await expect(page).toHaveURL(/\/enterprise(\/|$)/);
  await page.goto(`/enterprise/orders/${orderId}`);
  const employeeRow = page.getByTestId('employees-table').locator('tbody tr.ant-table-row', {
    hasText: employees[0]!.name,
  });
  await expect(employeeRow.getByTestId('invitation-status')).toHaveAttribute('data-status', 'issued');
  const stats = await admin.get('/api/admin/stats?groupBy=product');
  const { rows } = (await stats.json()) as { rows: { label: string; issued: number }[] };
  expect(rows.find((r) => r.label.includes(product.name))?.issued).toBeGreaterThanOrEqual(1);
});
