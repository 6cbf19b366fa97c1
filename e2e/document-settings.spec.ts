import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { apiAs, loginInBrowser } from './support.js';

// Issue 10: 单证设置 — the insurer's staff set the hotline and logo their e-policies print; a wrong
// hotline is refused in Chinese; the platform admin sees (and may edit) the same insurer's settings.
// (What the next e-policy prints is checked on the PDF by the API suite, insurer-document-settings.)
let admin: APIRequestContext;

test.beforeAll(async ({ baseURL }) => {
  admin = await apiAs(baseURL!, 'admin');
});
test.afterAll(async () => admin.dispose());

/** A 64 × 64 PNG drawn by the browser itself (a red disc), as an insurer's logo file would be. */
async function logoPng(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 64;
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#c8102e';
    g.beginPath();
    g.arc(32, 32, 28, 0, Math.PI * 2);
    g.fill();
    return canvas.toDataURL('image/png');
  });
  return Buffer.from(dataUrl.split(',')[1]!, 'base64');
}

test('the insurer sets its hotline and logo in 单证设置; the admin sees them', async ({
  page,
  browser,
}, testInfo) => {
  await loginInBrowser(page, 'insurer', admin);
  await page.getByTestId('menu-document-settings').click();
  const hotline = page.getByTestId('doc-settings-hotline');
  // The demo insurer starts with its hotline and logo.
  await expect(hotline).toHaveValue('95556');
  const logo = page.getByTestId('doc-settings-logo-preview').locator('img');
  const demoLogo = await logo.getAttribute('src');
  expect(demoLogo).toMatch(/^data:image\/(png|jpeg);base64,/);

  await hotline.fill('95556 转 1');
  await page.getByTestId('doc-settings-save').click();
  await expect(page.getByText('客服电话只能包含数字和短横线（3–20 位数字）')).toBeVisible();

  await hotline.fill('400-820-1234');
  await page
    .locator('input[type=file][accept="image/png,image/jpeg"]')
    .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: await logoPng(page) });
  await expect(logo).not.toHaveAttribute('src', demoLogo!);
  const newLogo = (await logo.getAttribute('src'))!;
  await page.getByTestId('doc-settings-save').click();
  await expect(page.getByText('已保存，之后签发的单证将使用新设置')).toBeVisible();
  await expect(page.getByTestId('doc-settings-updated-at')).toContainText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  await page.screenshot({ path: testInfo.outputPath('insurer-document-settings.png'), fullPage: true });

  // Stored, not only shown: a reload reads the same values back.
  await page.reload();
  await expect(page.getByTestId('doc-settings-hotline')).toHaveValue('400-820-1234');
  await expect(logo).toHaveAttribute('src', newLogo);

  // The platform admin picks the insurer and sees the same settings.
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await loginInBrowser(adminPage, 'admin', admin);
  await adminPage.getByTestId('menu-document-settings').click();
  const insurerName = (await page.locator('.ant-card-head-title').first().innerText()).trim();
  await adminPage.getByTestId('doc-settings-insurer').click();
  await adminPage.locator('.ant-select-item-option', { hasText: insurerName }).click();
  await expect(adminPage.getByTestId('doc-settings-hotline')).toHaveValue('400-820-1234');
  await expect(adminPage.getByTestId('doc-settings-logo-preview').locator('img')).toHaveAttribute(
    'src',
    newLogo,
  );
  await adminContext.close();
});
