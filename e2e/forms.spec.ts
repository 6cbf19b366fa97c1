import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { creditCodeCheckChar, residentIdCheckChar } from '@policyhub/domain';
import { apiAs, captchaAnswer, digits, loginInBrowser, luhnCard } from './support.js';

// Issue 10, "Forms that remember and show": the enterprise order form starts from the company's
// registration and then from its last order; the 《自动扣款授权协议》 an employee consents to opens
// its text. The demo enterprise is only looked at (its draft is never saved); everything saved
// belongs to an enterprise this spec registers itself, so other specs' data does not matter.
test.describe.configure({ mode: 'serial' });

const stamp = `${Date.now()}`.slice(-7);
const creditCode = () => {
  const first17 = `91110108MA${digits(7)}`;
  return first17 + creditCodeCheckChar(first17);
};
const residentId = (birth: string) => {
  const first17 = `110101${birth}${digits(3)}`;
  return first17 + residentIdCheckChar(first17);
};
const beijingDate = (offsetDays = 0) =>
  new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** The demo enterprise as seeded (docs/DEMO-ACCOUNTS.md). */
const DEMO_COMPANY = {
  name: '北京星辰科技有限公司',
  creditCode: '91110108MA01ABCD5T',
  contactName: '张晓燕',
  contactPhone: '13800138003',
  email: 'hr@xingchen.example.com',
};
const company = {
  username: `form${stamp}`,
  password: 'Qiye@2026x',
  name: `北京表单测试${stamp}有限公司`,
  code: creditCode(),
  email: `form${stamp}@example.com`,
  contact: '钱经办',
  mobile: `136${digits(8)}`,
};
const worker = { name: '孙预填', id: residentId('19880512'), mobile: `137${digits(8)}` };
const EMPLOYEE_PASSWORD = 'Yuan@2026go';

let admin: APIRequestContext;
/** The 华安 A款 product (the one exchange.spec.ts sends by e-mail too). */
let product: { id: string; name: string };
let firstOrderId = '';

test.beforeAll(async ({ baseURL }) => {
  admin = await apiAs(baseURL!, 'admin');
  const res = await admin.get('/api/public/products');
  const items = (await res.json()).items as { id: string; name: string; insurerName: string }[];
  const huaan = items.find((p) => p.name.startsWith('华安') && p.name.includes('A款'));
  expect(huaan, 'the demo product 华安 … A款').toBeTruthy();
  product = { id: huaan!.id, name: huaan!.name };
});
test.afterAll(async () => admin.dispose());

async function loginWith(page: Page, username: string, password: string) {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-captcha').fill(await captchaAnswer(page, 'login-captcha-image'));
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/auth/login') && r.request().method() === 'POST'),
    page.getByTestId('login-submit').click(),
  ]);
}

/** 选择投保 on the product page: a new draft order, its page open. */
async function newOrder(page: Page): Promise<string> {
  await page.goto(`/products/${product.id}`);
  await page.getByTestId('tab-apply').click();
  await page.getByTestId('product-choose').click();
  await expect(page).toHaveURL(/\/enterprise\/orders\/[0-9a-f-]{36}/);
  await expect(page.getByTestId('order-status')).toHaveAttribute('data-status', 'draft');
  return /\/enterprise\/orders\/([0-9a-f-]{36})/.exec(page.url())![1]!;
}

async function smsFor(mobile: string, template: string): Promise<string> {
  const until = Date.now() + 60_000;
  for (;;) {
    const res = await admin.get(`/api/admin/messages?channel=sms&recipient=${mobile}&pageSize=10`);
    const { items } = (await res.json()) as { items: { body: string; template: string }[] };
    const hit = items.find((m) => m.template === template);
    if (hit) return hit.body;
    if (Date.now() > until) throw new Error(`no ${template} SMS for ${mobile}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

test('the demo enterprise opens a new order: the company information is already filled in', async ({
  page,
}, testInfo) => {
  await loginInBrowser(page, 'enterprise', admin);
  await newOrder(page);
  await expect(page.getByTestId('company-prefill')).toBeVisible();
  await expect(page.getByTestId('company-name')).toHaveValue(DEMO_COMPANY.name);
  await expect(page.getByTestId('company-licenceNo')).toHaveValue(DEMO_COMPANY.creditCode);
  await expect(page.getByTestId('company-taxNo')).toHaveValue(DEMO_COMPANY.creditCode);
  await expect(page.getByTestId('company-contactName')).toHaveValue(DEMO_COMPANY.contactName);
  await expect(page.getByTestId('company-contactPhone')).toHaveValue(DEMO_COMPANY.contactPhone);
  await expect(page.getByTestId('company-email')).toHaveValue(DEMO_COMPANY.email);
  // Still editable.
  await page.getByTestId('company-contactName').fill('王经办');
  await expect(page.getByTestId('company-contactName')).toHaveValue('王经办');
  await page
    .getByTestId('company-form')
    .screenshot({ path: testInfo.outputPath('order-prefilled-1280.png') });
});

test('a new enterprise: the first order starts from its registration, the second from the first', async ({
  page,
}, testInfo) => {
  // Registered and approved through the API (the pages are covered by exchange.spec.ts).
  const captcha = await (await admin.get('/api/auth/captcha')).json();
  const reg = await admin.post('/api/public/enterprise-registrations', {
    data: {
      username: company.username,
      password: company.password,
      passwordConfirm: company.password,
      companyName: company.name,
      creditCode: company.code,
      email: company.email,
      contactName: company.contact,
      contactMobile: company.mobile,
      captchaId: captcha.captchaId,
      captchaAnswer: captcha.answer,
    },
  });
  expect(reg.status(), await reg.text()).toBe(200);
  const approved = await admin.post(`/api/admin/registrations/${(await reg.json()).registrationId}/approve`);
  expect(approved.status(), await approved.text()).toBe(200);

  await loginWith(page, company.username, company.password);
  await expect(page).toHaveURL(/\/enterprise(\/|$)/);
  firstOrderId = await newOrder(page);
  await expect(page.getByTestId('company-prefill')).toHaveAttribute('data-source', 'registration');
  await expect(page.getByTestId('company-name')).toHaveValue(company.name);
  await expect(page.getByTestId('company-licenceNo')).toHaveValue(company.code);
  await expect(page.getByTestId('company-taxNo')).toHaveValue(company.code);
  await expect(page.getByTestId('company-contactName')).toHaveValue(company.contact);
  await expect(page.getByTestId('company-contactPhone')).toHaveValue(company.mobile);
  await expect(page.getByTestId('company-email')).toHaveValue(company.email);

  // The rest, typed by the operator.
  await page.getByTestId('company-size').click();
  await page.locator('.ant-select-item-option', { hasText: '300-999' }).click();
  await page.getByTestId('company-industry').fill(`软件业${stamp}`);
  await page.getByTestId('company-address').fill(`北京市海淀区表单路 ${stamp} 号`);
  await page.getByTestId('company-contactName').fill('周经办');

  for (const key of ['licence', 'orgCode', 'taxCert'] as const) {
    await page
      .getByTestId(`scan-upload-${key}`)
      .setInputFiles({ name: `${key}.png`, mimeType: 'image/png', buffer: PNG });
    await expect(page.getByTestId(`material-file-${key}`)).toHaveAttribute('data-uploaded', 'true');
  }
  // An upload re-reads the order: what was typed is still there.
  await expect(page.getByTestId('company-contactName')).toHaveValue('周经办');

  const template = await page.request.get('/api/imports/templates/exchange_roster/download');
  expect(template.status()).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await template.body()) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const headers = Array.from(sheet.getRow(1).values as unknown[], (v) =>
    String(v ?? '')
      .replace(/\*|＊/g, '')
      .trim(),
  );
  const col = (h: string) => headers.findIndex((x) => x.startsWith(h));
  const row = sheet.getRow(3);
  for (const [header, value] of [
    ['姓名', worker.name],
    ['证件类型', '身份证'],
    ['证件号码', worker.id],
    ['手机', worker.mobile],
    ['医保类型', '城镇职工医保'],
    ['医保所在城市', '北京市'],
    ['有无补充医疗', '无'],
    ['既往症声明', '无'],
    ['连续纳税满一年', '是'],
    ['缴费频率', '年缴'],
  ] as const) {
    expect(col(header), header).toBeGreaterThan(0);
    row.getCell(col(header)).value = value;
  }
  row.commit();
  await page.getByTestId('import-file-input').setInputFiles({
    name: '员工名单.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
  });
  const summary = page.getByTestId('import-validate-summary');
  await expect(summary).toHaveAttribute('data-status', 'validated', { timeout: 30_000 });
  await expect(summary).toHaveAttribute('data-error-rows', '0');
  await page.getByTestId('import-execute').click();
  await expect(page.getByTestId('material-file-roster')).toHaveAttribute('data-uploaded', 'true', {
    timeout: 30_000,
  });
  await expect(page.getByTestId('company-industry')).toHaveValue(`软件业${stamp}`);

  await page.getByTestId('order-submit').click();
  await page.locator('.ant-popconfirm:visible .ant-btn-primary').click();
  await expect(page.getByTestId('order-status')).toHaveAttribute('data-status', 'submitted');

  // The second order starts from the first one, including what the operator typed there.
  const second = await newOrder(page);
  expect(second).not.toBe(firstOrderId);
  await expect(page.getByTestId('company-prefill')).toHaveAttribute('data-source', 'last_order');
  await expect(page.getByTestId('company-industry')).toHaveValue(`软件业${stamp}`);
  await expect(page.getByTestId('company-address')).toHaveValue(`北京市海淀区表单路 ${stamp} 号`);
  await expect(page.getByTestId('company-contactName')).toHaveValue('周经办');
  await expect(page.getByTestId('company-licenceNo')).toHaveValue(company.code);
  await expect(page.getByTestId('company-email')).toHaveValue(company.email);
  await expect(page.getByTestId('company-size')).toContainText('300-999');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByTestId('company-form').screenshot({ path: testInfo.outputPath('order-second-390.png') });
});

test('the employee opens 《自动扣款授权协议》 from the consent line and keeps the form', async ({
  page,
  baseURL,
}, testInfo) => {
  // 预核保 passes (API: exchange.spec.ts covers the admin's pages); the accounts job invites.
  const sent = await admin.post(`/api/admin/orders/${firstOrderId}/send`, { data: { via: 'email' } });
  expect(sent.status(), await sent.text()).toBe(200);
  const passed = await admin.post(`/api/admin/orders/${firstOrderId}/result`, {
    data: {
      passed: true,
      windowStart: beijingDate(0),
      windowEnd: beijingDate(30),
      invitationCode: `YQF${stamp}`,
    },
  });
  expect(passed.status(), await passed.text()).toBe(200);
  const sms = await smsFor(worker.mobile, 'exchange_invitation');
  const username = /账号\s*(\S+?)，/.exec(sms)?.[1];
  const initial = /初始密码\s*(\S+?)，/.exec(sms)?.[1];
  expect(username && initial, sms).toBeTruthy();

  await loginWith(page, username!, initial!);
  await expect(page.getByTestId('login-stage-password')).toBeVisible();
  const old = page.getByTestId('old-password');
  if ((await old.inputValue()) === '') await old.fill(initial!);
  await page.getByTestId('new-password').fill(EMPLOYEE_PASSWORD);
  await page.getByTestId('confirm-password').fill(EMPLOYEE_PASSWORD);
  await page.getByTestId('change-password-submit').click();
  await expect(page).toHaveURL(/\/personal(\/|$)/);

  // A saved debit card (the card input itself is another spec's business).
  const employee = await apiAs(baseURL!, username!, EMPLOYEE_PASSWORD);
  const card = await employee.post('/api/me/bank-cards', {
    data: { holderName: worker.name, bankName: '中国银行', cardNumber: luhnCard(`621700001${digits(9)}`) },
  });
  expect(card.status(), await card.text()).toBeLessThan(300);
  const invitations = (await (await employee.get('/api/personal/invitations')).json()).items as {
    invitationId: string;
    productId: string;
    debitAgreement: { title: string; url: string } | null;
  }[];
  await employee.dispose();
  const invitation = invitations.find((i) => i.productId === product.id)!;
  expect(invitation.debitAgreement?.title).toContain('自动扣款授权协议');

  await page.goto(`/personal/apply/${invitation.invitationId}`);
  await page.getByTestId('channel-platform').click();
  // Gender and age come from the roster's ID number: shown, not asked.
  await expect(page.getByTestId('apply-age-fixed')).toHaveValue(/^\d+ 周岁$/);
  await page.getByTestId('apply-next-personal').click();
  await expect(page.getByTestId('apply-card-form')).toBeVisible();
  await page.getByTestId('apply-next-card').click();
  await expect(page.getByTestId('apply-health-form')).toBeVisible();
  for (const no of await page.locator('[data-testid^="apply-answer-"][data-testid$="-no"]').all()) {
    await no.click();
  }
  await page.getByTestId('apply-next-health').click();
  await expect(page.getByTestId('apply-confirm')).toBeVisible();

  await page.getByTestId('apply-consent').click();
  const link = page.getByTestId('apply-consent-document');
  await expect(link).toContainText('《自动扣款授权协议》');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('href', invitation.debitAgreement!.url);
  await expect(page.getByTestId('apply-consent-missing')).toHaveCount(0);
  const [popup] = await Promise.all([page.waitForEvent('popup'), link.click()]);
  expect(popup.url()).toContain(invitation.debitAgreement!.url);
  await popup.close();
  // The link target is the agreement's PDF.
  const pdf = await page.request.get(invitation.debitAgreement!.url);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  // The form is where it was: still on 确认, consent still given.
  await expect(page.getByTestId('apply-confirm')).toBeVisible();
  await expect(page.getByTestId('apply-consent-line').getByRole('checkbox')).toBeChecked();
  await expect(page.getByTestId('apply-submit')).toBeEnabled();
  await page.getByTestId('apply-consent-line').screenshot({ path: testInfo.outputPath('consent-1280.png') });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath('consent-390.png'), fullPage: true });
});
