import fs from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { apiAs, captchaAnswer, loginInBrowser } from './support.js';

// ED-3 / ED-4 as a member of the public would use them: find the policy with its number and the
// holder's ID, download the e-policy, then check it on the verification page — and a tampered copy.
let employee: APIRequestContext;
let motor: { id: string; policyNo: string };

test.beforeAll(async ({ baseURL }) => {
  employee = await apiAs(baseURL!, 'employee');
  const res = await employee.get('/api/me/documents');
  expect(res.status()).toBe(200);
  const { items } = (await res.json()) as { items: { id: string; policyNo: string; kind: string }[] };
  const policy = items.find((d) => d.kind === 'policy');
  expect(policy, 'the demo individual holds an issued e-policy').toBeTruthy();
  motor = { id: policy!.id, policyNo: policy!.policyNo };
});
test.afterAll(async () => employee.dispose());

test('public query → download → verify: genuine, then tampered', async ({ page }, testInfo) => {
  await page.goto('/query');
  await page.getByTestId('query-policy-no').fill(motor.policyNo);
  await page.getByTestId('query-id-number').fill('110108199003071238');
  const answer = await captchaAnswer(page, 'query-captcha-image');
  await page.getByTestId('query-captcha').fill(answer!);
  await page.getByTestId('query-submit').click();
  await expect(page.getByTestId('query-result')).toBeVisible();
  await expect(page.getByTestId('query-result')).toContainText(motor.policyNo);
  // The holder's name is masked in the public answer.
  await expect(page.getByTestId('query-result')).not.toContainText('刘洋');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('query-download-0').click(),
  ]);
  const file = testInfo.outputPath('e-policy.pdf');
  await download.saveAs(file);
  const pdf = fs.readFileSync(file);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

  await page.goto('/verify');
  await page.getByTestId('verify-file-input').setInputFiles(file);
  await expect(page.getByTestId('verify-verdict')).toHaveAttribute('data-verdict', 'valid');
  await expect(page.getByTestId('verify-title')).toContainText('有效');
  await expect(page.locator('body')).toContainText(motor.policyNo);
  await expect(page.getByTestId('verify-chain')).toContainText('当前状态');

  // One byte changed in the middle of the signed content.
  const tampered = Buffer.from(pdf);
  const at = Math.floor(tampered.length / 3);
  tampered[at] = tampered[at]! ^ 0x01;
  await page.goto('/verify');
  await page
    .getByTestId('verify-file-input')
    .setInputFiles({ name: 'tampered.pdf', mimeType: 'application/pdf', buffer: tampered });
  await expect(page.getByTestId('verify-verdict')).toHaveAttribute('data-verdict', 'tampered');
  await expect(page.getByTestId('verify-title')).toContainText('已被篡改');
});

test('the QR landing page shows the status at phone width, without personal data', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/verify/${motor.id}`);
  await expect(page.getByTestId('verify-status')).toBeVisible();
  await expect(page.getByTestId('verify-status')).toContainText(motor.policyNo);
  await expect(page.locator('body')).not.toContainText('110108199003071238');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
});

test('a wrong ID number finds nothing and discloses nothing', async ({ page }) => {
  await page.goto('/query');
  await page.getByTestId('query-policy-no').fill(motor.policyNo);
  await page.getByTestId('query-id-number').fill('110101199003070011');
  const answer = await captchaAnswer(page, 'query-captcha-image');
  await page.getByTestId('query-captcha').fill(answer!);
  await page.getByTestId('query-submit').click();
  await expect(page.getByTestId('query-error')).toContainText('未找到匹配的保单');
  await expect(page.getByTestId('query-result')).toHaveCount(0);
});

test('the security admin checks the whole archive as a background task', async ({ page, baseURL }) => {
  const admin = await apiAs(baseURL!, 'admin');
  try {
    await loginInBrowser(page, 'security', admin);
  } finally {
    await admin.dispose();
  }
  await page.goto('/admin/archive');
  await expect(page.getByTestId('page-archive')).toBeVisible();
  await page.getByTestId('archive-verify').click();
  // The page follows the task until it ends; the demo archive is intact.
  const result = page.getByTestId('archive-verify-result');
  await expect(result).toBeVisible({ timeout: 60_000 });
  await expect(result).toContainText('存档完整');
  await expect(result).toContainText(/共校验 [1-9]\d* 份单证/);
  // The same task is listed in 我的任务 with its counts.
  await page.goto('/admin/tasks');
  const row = page.locator('tr', { hasText: '档案完整性校验' }).first();
  await expect(row).toBeVisible();
  await expect(row).toContainText('已校验');
});
