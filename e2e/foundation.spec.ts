import { expect, test, type APIRequestContext } from '@playwright/test';
import ExcelJS from 'exceljs';
import { DEMO_USERS, apiAs, loginInBrowser, type DemoUser } from './support.js';

let admin: APIRequestContext;

test.beforeAll(async ({ baseURL }) => {
  admin = await apiAs(baseURL!, 'admin');
});
test.afterAll(async () => admin.dispose());

// Latin words that must never show up in the Chinese interface (labels that leaked untranslated).
const ENGLISH_LEAK =
  /\b(Login|Logout|Home|Settings|Password|Users|Tasks|Messages|Welcome|Submit|Cancel|undefined|null)\b/;

for (const [username, user] of Object.entries(DEMO_USERS) as [DemoUser, (typeof DEMO_USERS)[DemoUser]][]) {
  test(`${username} (${user.role}) signs in${user.sms ? ' with the SMS code' : ''} and sees the ${user.portal} portal in Chinese`, async ({
    page,
  }) => {
    await loginInBrowser(page, username, admin);
    await expect(page.getByTestId('portal-home')).toBeVisible();
    await expect(page.getByTestId('welcome-role')).toContainText(user.role);
    await expect(
      page.getByTestId('portal-menu').or(page.getByTestId('mobile-menu-button')).first(),
    ).toBeVisible();
    const text = await page.locator('body').innerText();
    expect(text).toMatch(/[\u4e00-\u9fa5]{4,}/);
    expect(text).not.toMatch(ENGLISH_LEAK);
    await page.getByTestId('logout-button').click();
    await expect(page).toHaveURL(/\/login|\/$/);
  });
}

test('another portal is refused with the 403 page', async ({ page }) => {
  await loginInBrowser(page, 'enterprise', admin);
  await page.goto('/admin/users');
  await expect(page.getByTestId('page-403')).toBeVisible();
});

test('an unknown page shows the 404 page', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByTestId('page-404')).toBeVisible();
});

test('the personal center works at phone width (390 px)', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await loginInBrowser(page, 'employee', admin);
  await page.getByTestId('mobile-menu-button').click();
  await page.getByTestId('menu-profile').click();
  await expect(page.getByTestId('profile-form')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'no horizontal scrolling of the whole page').toBeLessThanOrEqual(1);
  await page.getByTestId('profile-address').fill('北京市海淀区中关村大街 1 号');
  await page.getByTestId('profile-submit').click();
  await expect(page.getByText(/已保存|保存成功/)).toBeVisible();
});

test('an exchange admin imports users in bulk through the page', async ({ page }) => {
  // The real template, filled in as an HR clerk would.
  const template = await admin.get('/api/imports/templates/users/download');
  expect(template.status()).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await template.body()) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const stamp = Date.now().toString().slice(-6);
  const rows = [
    [`e2e_a${stamp}`, '王小明', `1371${stamp}1`.slice(0, 11), '企业经办人', '', `a${stamp}@example.com`],
    [`e2e_b${stamp}`, '李小红', `1372${stamp}2`.slice(0, 11), '企业经办人', '', ''],
  ];
  for (const r of rows) sheet.addRow(r);
  const file = Buffer.from(await workbook.xlsx.writeBuffer());

  await loginInBrowser(page, 'admin', admin);
  await page.goto('/admin/users/import');
  await page.getByTestId('import-org').click();
  await page
    .locator('.ant-select-tree-node-content-wrapper', { hasText: '北京星辰科技有限公司' })
    .first()
    .click();
  await page.getByTestId('import-file-input').setInputFiles({
    name: '批量用户.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: file,
  });
  const summary = page.getByTestId('import-validate-summary');
  await expect(summary).toHaveAttribute('data-status', 'validated');
  await expect(summary).toHaveAttribute('data-error-rows', '0');
  await page.getByTestId('import-execute').click();
  await expect(page.getByTestId('import-result-summary')).toContainText('2', { timeout: 30_000 });

  for (const [username] of rows) {
    const res = await admin.get(`/api/admin/users?keyword=${username}`);
    const { items } = await res.json();
    expect(items.map((u: { username: string }) => u.username)).toContain(username);
  }
  // Each new user got an initial password by SMS through the outbox.
  const sms = await admin.get(`/api/admin/messages?channel=sms&recipient=${rows[0]![2]}`);
  expect((await sms.json()).items.some((m: { template: string }) => m.template === 'account_created')).toBe(
    true,
  );
});
