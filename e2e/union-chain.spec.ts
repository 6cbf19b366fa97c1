import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { apiAs, loginInBrowser } from './support.js';

// MA-8 as the agency office (孙丽) and HQ (周伟) use it: 投保管理 with its filters and 汇总金额, the
// buttons of each level, the 打回 dialog's required reason, and 开具收据.
// This branch has no HTTP route that creates union applications (the base unit's slice adds it), so
// the search starts empty here: the totals read 0 and the whole-search actions are not offered.
let admin: APIRequestContext;

test.beforeAll(async ({ baseURL }) => {
  admin = await apiAs(baseURL!, 'admin');
});
test.afterAll(async () => admin.dispose());

/** Optional screenshots for a person to look at (SHOTS_DIR set), never part of the assertions. */
async function shot(page: Page, name: string) {
  if (process.env.SHOTS_DIR)
    await page.screenshot({ path: `${process.env.SHOTS_DIR}/${name}.png`, fullPage: true });
}

test('agency office: 投保管理 filters, 汇总金额 of an empty search, 上报/打回 but no 财务确认', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await loginInBrowser(page, 'union_agency', admin);
  await page.goto('/union/submissions');
  await expect(page.getByTestId('page-union-submissions')).toBeVisible();
  const filters = page.getByTestId('submissions-filters');
  await expect(filters).toContainText('选择状态');
  await expect(filters).toContainText('产品名称');
  await expect(filters).toContainText('当前单位编号');

  // A bad unit number is refused in Chinese before anything is asked.
  await page.getByTestId('submissions-unit').fill('01-08');
  await page.getByTestId('submissions-search').click();
  await expect(page.getByText('单位编号只能包含数字和字母')).toBeVisible();
  await page.getByTestId('submissions-unit').fill('0108001');
  await page.getByTestId('submissions-search').click();
  await expect(page.getByText('单位编号只能包含数字和字母')).toBeHidden();

  await page.getByTestId('submissions-totals').click();
  const totals = page.getByTestId('submissions-totals-result');
  await expect(totals).toContainText('共 0 笔、0 人');
  await expect(page.getByTestId('submissions-pass')).toBeVisible();
  await expect(page.getByTestId('submissions-return')).toBeVisible();
  await expect(page.getByTestId('submissions-confirm')).toHaveCount(0);
  // Nothing to act on: the whole-search actions are not offered.
  await expect(page.getByTestId('submissions-pass')).toBeDisabled();
  await expect(page.getByTestId('submissions-return')).toBeDisabled();
  await shot(page, 'submissions-agency');

  // 开具收据: the unit number is required; the list of receipts is shown.
  await page.goto('/union/receipts');
  await expect(page.getByTestId('page-union-receipts')).toBeVisible();
  await page.getByTestId('receipt-issue').click();
  await expect(page.getByText('请填写单位编号')).toBeVisible();
  await expect(page.getByTestId('receipts-table')).toBeVisible();
  await shot(page, 'receipts-agency');
});

test('HQ: 投保管理 offers 打回 and 财务确认, not 上报', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await loginInBrowser(page, 'union_hq', admin);
  await page.goto('/union/submissions');
  await expect(page.getByTestId('page-union-submissions')).toBeVisible();
  await expect(page.getByTestId('submissions-confirm')).toBeVisible();
  await expect(page.getByTestId('submissions-return')).toBeVisible();
  await expect(page.getByTestId('submissions-pass')).toHaveCount(0);
  await page.getByTestId('submissions-totals').click();
  await expect(page.getByTestId('submissions-totals-result')).toContainText('共 0 笔、0 人');
  await shot(page, 'submissions-hq');
});
