import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { apiAs, loginInBrowser } from './support.js';

// Issue 10, "pages that follow what happens", on the demo data: the demo enterprise 北京星辰科技's
// submitted order is sent to its insurer; the insurer's staff record the pre-underwriting pass in
// the console's own form while the admin's 投保处理 list and the enterprise's order page stay open —
// both turn 预核保通过 without a reload. The demo employee 刘洋 (on that roster) then applies on a phone;
// the result page follows the application from 核保中 to the issued policy, and the result SMS is
// in the admin's 消息中心.
test.describe.configure({ mode: 'serial' });

const COMPANY = '北京星辰科技';
const EMPLOYEE = { name: '刘洋', mobile: '13800138004' };

let admin: APIRequestContext;
let order: { id: string; orderNo: string; productName: string };

test.beforeAll(async ({ baseURL }) => {
  admin = await apiAs(baseURL!, 'admin');
  const res = await admin.get(`/api/admin/orders?company=${encodeURIComponent(COMPANY)}&status=submitted`);
  expect(res.status()).toBe(200);
  const { items } = (await res.json()) as {
    items: { id: string; orderNo: string; productName: string; companyName: string }[];
  };
  expect(items, 'the demo data holds a submitted order of 北京星辰科技').toHaveLength(1);
  order = items[0]!;
});
test.afterAll(async () => admin.dispose());

/** Marks the page's document so a reload (or a navigation that reloads) is detectable. */
async function markDocument(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { __phMark: string }).__phMark = 'no-reload';
  });
}
async function expectSameDocument(page: Page) {
  expect(
    await page.evaluate(() => (window as unknown as { __phMark?: string }).__phMark),
    'the page was not reloaded',
  ).toBe('no-reload');
}

async function signedInPage(
  browser: Browser,
  user: 'admin' | 'enterprise' | 'insurer' | 'employee',
  width = 1280,
) {
  const context = await browser.newContext({
    viewport: width < 600 ? { width, height: 844 } : { width, height: 900 },
    ...(width < 600 ? { isMobile: true, hasTouch: true } : {}),
  });
  const page = await context.newPage();
  await loginInBrowser(page, user, admin);
  return page;
}

test('the insurer records the pass in its console; 投保处理 and the enterprise page follow without a reload', async ({
  browser,
}, testInfo) => {
  const sent = await admin.post(`/api/admin/orders/${order.id}/send`, { data: { via: 'email' } });
  expect(sent.status(), await sent.text()).toBe(200);

  // The exchange admin watches 投保处理, filtered to the company.
  const adminPage = await signedInPage(browser, 'admin');
  await adminPage.getByTestId('menu-exchange-orders').click();
  await expect(adminPage.getByTestId('page-admin-orders')).toBeVisible();
  await adminPage.getByTestId('admin-order-company').fill(COMPANY);
  await adminPage.getByTestId('search-submit').click();
  const adminRow = adminPage
    .getByTestId('admin-orders-table')
    .locator('tbody tr.ant-table-row', { hasText: COMPANY });
  await expect(adminRow.getByTestId('order-status')).toHaveAttribute('data-status', 'sent');
  await markDocument(adminPage);

  // The enterprise operator has the order open.
  const enterprisePage = await signedInPage(browser, 'enterprise');
  await enterprisePage.goto(`/enterprise/orders/${order.id}`);
  await expect(enterprisePage.getByTestId('order-status').first()).toHaveAttribute('data-status', 'sent');
  await markDocument(enterprisePage);

  // The insurer's staff find the case with its 发送时间 and record the pass in the form.
  const insurerPage = await signedInPage(browser, 'insurer');
  await insurerPage.getByTestId('menu-insurer-orders').click();
  const insurerRow = insurerPage
    .getByTestId('insurer-orders-table')
    .locator('tbody tr.ant-table-row', { hasText: COMPANY });
  await expect(insurerRow.getByTestId('insurer-order-sent-at')).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  await insurerRow.getByTestId('insurer-order-open').click();
  await expect(insurerPage.getByTestId('insurer-result-form')).toBeVisible();
  await expect(insurerPage.getByTestId('insurer-order-sent')).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  await insurerPage.getByTestId('insurer-result-pass').click();
  // The window defaults to today … today + 30 days; the code is the insurer's.
  await insurerPage.getByTestId('insurer-invitation-code').fill('XC-FOLLOW-01');
  await insurerPage.getByTestId('insurer-remarks').fill('预核保通过（控制台录入）');
  await insurerPage.screenshot({ path: testInfo.outputPath('insurer-case-form.png'), fullPage: true });
  await insurerPage.getByTestId('insurer-result-save').click();
  await expect(insurerPage.getByTestId('insurer-result')).toContainText('XC-FOLLOW-01');

  // Without a reload, both open pages show the result.
  await expect(adminRow.getByTestId('order-status')).toHaveAttribute('data-status', 'passed', {
    timeout: 30_000,
  });
  await expect(adminRow.getByTestId('order-status')).toHaveText('预核保通过');
  await expectSameDocument(adminPage);
  await adminPage.screenshot({ path: testInfo.outputPath('admin-orders-followed.png'), fullPage: true });
  await expect(enterprisePage.getByTestId('order-status').first()).toHaveAttribute('data-status', 'passed', {
    timeout: 30_000,
  });
  await expectSameDocument(enterprisePage);
  await enterprisePage.screenshot({
    path: testInfo.outputPath('enterprise-order-followed.png'),
    fullPage: true,
  });
  for (const p of [adminPage, enterprisePage, insurerPage]) await p.context().close();
});

test('the employee applies on a phone; the result page follows to the issued policy and the SMS is sent', async ({
  browser,
}, testInfo) => {
  // The accounts job reuses 刘洋's account and tells him by SMS.
  await expect
    .poll(
      async () => {
        const res = await admin.get(
          `/api/admin/messages?channel=sms&recipient=${EMPLOYEE.mobile}&pageSize=20`,
        );
        const { items } = (await res.json()) as { items: { template: string }[] };
        return items.some((m) => m.template === 'exchange_invitation_existing');
      },
      { timeout: 60_000 },
    )
    .toBe(true);

  const page = await signedInPage(browser, 'employee', 390);
  await page.getByTestId('mobile-menu-button').click();
  await page.getByTestId('menu-personal-orders').click();
  // On a phone the invitations are cards, not a table.
  const invitation = page.getByTestId('invitations-list').getByTestId('invitation-card').filter({
    hasText: order.productName,
  });
  await expect(invitation.getByTestId('invitation-status')).toHaveAttribute('data-status', 'invited');
  await invitation.getByTestId('invitation-apply').click();
  await expect(page.getByTestId('page-apply')).toBeVisible();
  // 手机投保 on the phone itself: a link to continue here, not a QR code to scan with this phone.
  await expect(page.getByTestId('channel-mobile')).toHaveAttribute('data-view', 'link');
  await expect(page.getByTestId('apply-qr')).toHaveCount(0);
  await page.getByTestId('apply-mobile-link').click();

  await expect(page.getByTestId('apply-flow')).toBeVisible();
  await expect(page.getByTestId('apply-name')).toHaveValue(EMPLOYEE.name);
  // Gender and age come from his ID number (110108199003071238): shown, not asked.
  await expect(page.getByTestId('apply-age-fixed')).toHaveValue(/^\d+ 周岁$/);
  await expect(page.getByTestId('apply-age')).toHaveCount(0);
  await page.getByTestId('apply-address').fill('北京市海淀区中关村大街 1 号');
  await page.getByTestId('apply-next-personal').click();

  await expect(page.getByTestId('apply-card-form')).toBeVisible();
  // Typed on the phone's number pad: grouped in fours as typed, the bank taken from the BIN.
  await page.getByTestId('apply-card-number').fill('6222020200112233440');
  await expect(page.getByTestId('apply-card-number')).toHaveValue('6222 0202 0011 2233 440');
  await expect(page.getByTestId('apply-card-number')).toHaveAttribute('inputmode', 'numeric');
  await expect(page.getByTestId('apply-card-bank')).toContainText('中国工商银行');
  await page.getByTestId('apply-next-card').click();

  await expect(page.getByTestId('apply-health-form')).toBeVisible();
  for (const no of await page.locator('[data-testid^="apply-answer-"][data-testid$="-no"]').all())
    await no.click();
  await page.getByTestId('apply-next-health').click();
  await expect(page.getByTestId('apply-confirm')).toBeVisible();
  await page.getByTestId('apply-consent').click();

  // Record every status the result shows in this document, from the first render on.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __phStatuses: string[] }).__phStatuses = seen;
    const note = () => {
      const s = document.querySelector('[data-testid="apply-result"]')?.getAttribute('data-status');
      if (s && seen[seen.length - 1] !== s) seen.push(s);
    };
    new MutationObserver(note).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-status'],
    });
  });
  await markDocument(page);
  await page.getByTestId('apply-submit').click();
  const result = page.getByTestId('apply-result');
  await expect(result).toBeVisible();
  await expect(result).toHaveAttribute('data-status', 'issued', { timeout: 60_000 });
  await expectSameDocument(page);
  const statuses = await page.evaluate(() => (window as unknown as { __phStatuses: string[] }).__phStatuses);
  expect(statuses[0], 'the page first said 核保中').toBe('underwriting');
  expect(statuses.at(-1)).toBe('issued');
  await expect(page.getByTestId('apply-following-icon')).toHaveCount(0);
  await expect(page.getByTestId('apply-policy-no')).toHaveText(/\S{6,}/);
  const policyNo = (await page.getByTestId('apply-policy-no').innerText()).trim();
  const download = page.getByTestId('apply-policy-download');
  await expect(download).toHaveAttribute('href', /\/api\//);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'no horizontal scrolling at 390 px').toBeLessThanOrEqual(1);
  await page.screenshot({ path: testInfo.outputPath('phone-result-issued.png'), fullPage: true });
  const pdf = await page.request.get((await download.getAttribute('href'))!);
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  await page.context().close();

  // 消息中心: the issue SMS to his mobile, with the policy number.
  const adminPage = await signedInPage(browser, 'admin');
  await adminPage.goto('/admin/messages');
  await expect(adminPage.getByTestId('page-messages')).toBeVisible();
  await adminPage.getByPlaceholder('手机号或邮箱').fill(EMPLOYEE.mobile);
  await adminPage.getByTestId('search-submit').click();
  const sms = adminPage.getByTestId('message-body').filter({ hasText: policyNo });
  await expect(sms.first()).toBeVisible({ timeout: 30_000 });
  await expect(sms.first()).toContainText('已承保');
  await adminPage.screenshot({ path: testInfo.outputPath('admin-messages-issued-sms.png'), fullPage: true });
  await adminPage.context().close();
});
