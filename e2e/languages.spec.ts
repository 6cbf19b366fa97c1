import { expect, test, type APIRequestContext } from '@playwright/test';
import { apiAs, loginInBrowser } from './support.js';

// Issue 10, languages: an English-speaking user in a UTC browser reads English task titles and
// an English findings line whose time is Beijing time.
test.use({ timezoneId: 'UTC' });
const CJK = /[\u4e00-\u9fff\uff1a]/;

let employee: APIRequestContext;
let admin: APIRequestContext;
test.beforeAll(async ({ baseURL }) => {
  employee = await apiAs(baseURL!, 'employee');
  admin = await apiAs(baseURL!, 'admin');
});
test.afterAll(async () => {
  await employee.dispose();
  await admin.dispose();
});

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('policyhub.locale', 'en-US'));
});

test('en-US: the verify page findings line is English, its time stamp Beijing time', async ({ page }) => {
  const { items } = (await (await employee.get('/api/me/documents')).json()) as {
    items: { id: string; kind: string; issuedAt: string }[];
  };
  const policy = items.find((d) => d.kind === 'policy');
  expect(policy, 'the demo individual holds an issued e-policy').toBeTruthy();
  const pdf = await (await employee.get(`/api/documents/${policy!.id}/download`)).body();

  await page.goto('/verify');
  await page
    .getByTestId('verify-file-input')
    .setInputFiles({ name: 'e-policy.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(page.getByTestId('verify-verdict')).toHaveAttribute('data-verdict', 'valid', {
    timeout: 30_000,
  });
  await page.getByTestId('verify-technical').getByText('Technical details').click();
  const findings = page.getByTestId('verify-details');
  await expect(findings).toContainText('Signed by');
  await expect(findings).toContainText('(Beijing time)');
  const line = await findings.locator('li').first().innerText();
  const time = line.match(/time stamp (\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})/)?.[1];
  expect(time, line).toBeTruthy();
  // The stamp is the moment of issue, read as Beijing time (8 hours ahead of the browser's UTC).
  const stamped = new Date(`${time!.replace(' ', 'T')}+08:00`);
  expect(Math.abs(stamped.getTime() - new Date(policy!.issuedAt).getTime()), line).toBeLessThan(120_000);
  expect(line.replace(/Signed by .+?, time stamp/, '')).not.toMatch(CJK);
});

test('en-US: 我的任务 shows the archive check under its English title', async ({ page }) => {
  await loginInBrowser(page, 'security', admin);
  await page.goto('/admin/archive');
  const started = page.waitForResponse(
    (r) => r.url().endsWith('/api/admin/archive/verify') && r.request().method() === 'POST',
  );
  await page.getByTestId('archive-verify').click();
  expect((await started).status()).toBe(200);
  await page.goto('/admin/tasks');
  await expect(page.getByTestId('task-title').first()).toHaveText('Archive integrity check');
});

test('the header’s 中文/EN switch is remembered on the account (messages go out in it)', async ({ page }) => {
  await loginInBrowser(page, 'employee', admin);
  const languageOf = async () =>
    ((await (await employee.get('/api/me')).json()) as { profile: { language: string | null } }).profile
      .language;
  const saved = (language: string) =>
    page.waitForResponse(
      (r) =>
        r.url().endsWith('/api/me/profile') &&
        r.request().method() === 'PUT' &&
        r.request().postData()?.includes(language) === true,
    );
  const switcher = page.getByTestId('language-switch').first();
  await Promise.all([saved('zh-CN'), switcher.getByText('中文').click()]);
  await expect(page.getByTestId('portal-title')).toHaveText(CJK);
  expect(await languageOf()).toBe('zh-CN');
  await Promise.all([saved('en-US'), switcher.getByText('EN').click()]);
  await expect(page.getByTestId('portal-title')).not.toHaveText(CJK);
  expect(await languageOf()).toBe('en-US');
  // Leave the demo account as seeded.
  expect((await employee.put('/api/me/profile', { data: { language: null } })).status()).toBe(200);
});
