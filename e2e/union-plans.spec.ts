import { expect, test, type APIRequestContext } from '@playwright/test';
import { apiAs, digits, loginInBrowser } from './support.js';

// A mutual-aid plan is product configuration, not code (issue 11 "Plans"): the association's staff
// configure one in the insurer console, the platform reviews it like every listing, and the
// reviewer sees the plan's own terms (price per copy, ages by sex, enrollment window).
let admin: APIRequestContext;
test.beforeAll(async ({ baseURL }) => {
  admin = await apiAs(baseURL!, 'admin');
});
test.afterAll(async () => admin.dispose());

/** A one-page PDF good enough for a clauses upload (the server checks the magic bytes). */
function clausesPdf(): Buffer {
  return Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );
}

test('the association configures a plan, the platform reviews its terms and lists it', async ({
  page,
}, testInfo) => {
  const code = `ZH-E2E-${digits(5)}`;
  const name = `端到端互助计划${digits(3)}`;
  await loginInBrowser(page, 'mutual_aid', admin);
  await page.goto('/insurer/union-plans');
  const table = page.getByTestId('union-plans-table');
  // The three demo plans of DOMAIN §8, with their price per copy and maximum.
  await expect(table).toContainText('在职职工住院津贴互助保障');
  await expect(table).toContainText('¥60.00/份，每人最多 3 份');
  await expect(table).toContainText('女职工特殊疾病互助保障');
  // Not on the exchange's product page: that page is the tax-health line's.
  await page.goto('/insurer/products');
  await expect(page.getByTestId('insurer-products-table')).not.toContainText('互助保障');
  // That page's form shares the listing parts (code and name, clauses, refusal, submit) with the plan form.
  await page.getByTestId('insurer-product-new').click();
  const exchangeForm = page.getByTestId('insurer-product-form');
  await expect(exchangeForm.getByTestId('pf-code')).toBeVisible();
  await expect(exchangeForm.getByTestId('pf-clauses')).toBeAttached();
  await expect(exchangeForm.getByRole('button', { name: '选择 PDF 文件' })).toBeVisible();
  await expect(exchangeForm.getByTestId('pf-submit')).toHaveText(/提交挂牌申请/);

  await page.goto('/insurer/union-plans');
  await page.getByTestId('union-plan-new').click();
  const form = page.getByTestId('union-plan-form');
  await form.getByTestId('up-code').fill(code);
  await form.getByTestId('up-name').fill(name);
  await form.getByTestId('up-summary').fill('女职工安康互助，按份给付。');
  await form.getByTestId('up-brochure').fill('每份 15 元/年，每人最多 3 份，等待期 90 天。');
  await form.getByTestId('up-site').fill('https://www.zgzhbx.example.cn');
  await form.getByTestId('up-hotline').fill('010-65120000');
  await form.getByTestId('up-sum-insured').fill('5000');
  await form.getByTestId('up-premium').fill('15.50');
  // Women only, with the window of the defaults; the men's window stays but does not apply.
  await form.getByTestId('up-sexes').getByText('男职工').click();
  // An over-age limit below the women's window (55) is refused by the server, in Chinese.
  await form.getByTestId('up-over-age-up-to').fill('52');
  await form.getByTestId('up-benefits').fill('确诊约定疾病每份给付 5,000 元');
  await form.locator('input[type=file][accept=".pdf,application/pdf"]').setInputFiles({
    name: '条款.pdf',
    mimeType: 'application/pdf',
    buffer: clausesPdf(),
  });
  await page.screenshot({ path: testInfo.outputPath('plan-form.png'), fullPage: true });
  await form.getByTestId('up-submit').click();
  // The server's own rule, in Chinese: the over-age limit cannot be below the age limit.
  await expect(form.getByTestId('up-error')).toContainText('超龄参保上限不能低于年龄上限');
  await form.getByTestId('up-over-age-up-to').fill('65');
  await form.getByTestId('up-submit').click();
  await expect(form).toBeHidden();
  const row = table.locator('tr', { hasText: code });
  await expect(row).toContainText('¥15.50/份，每人最多 3 份');
  await expect(row).toContainText('挂牌审核中');

  // The platform reviews it: the plan's own terms are shown, not a tax-health rate table.
  const reviewer = await page.context().browser()!.newContext({ baseURL: test.info().project.use.baseURL });
  const review = await reviewer.newPage();
  await loginInBrowser(review, 'admin', admin);
  await review.goto('/admin/listings');
  const listing = review.getByTestId('listings-table').locator('tr', { hasText: name });
  await listing.getByTestId('listing-view').click();
  const part = review.getByTestId('union-plan-part');
  await expect(part).toContainText('¥15.50/份，每人最多 3 份');
  await expect(part).toContainText('女职工');
  await expect(part).not.toContainText('男职工');
  await expect(part).toContainText('大于 16 周岁且小于 55 周岁');
  await expect(part).toContainText('65');
  await expect(part).toContainText('确诊约定疾病每份给付 5,000 元');
  await review.screenshot({ path: testInfo.outputPath('plan-review.png') });
  await review.keyboard.press('Escape');
  await listing.getByTestId('listing-approve').click();
  await review
    .getByRole('button', { name: /确\s*定|通\s*过/ })
    .last()
    .click();
  await reviewer.close();

  await page.reload();
  await expect(table.locator('tr', { hasText: code })).toContainText('已挂牌');
});
