import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { apiAs, loginInBrowser, type DemoUser } from './support.js';

let admin: APIRequestContext;

/** Screenshots for review when SHOTS_DIR is set (never in the lead's runs). */
async function shot(page: Page, name: string) {
  if (process.env.SHOTS_DIR)
    await page.screenshot({ path: `${process.env.SHOTS_DIR}/${name}.png`, fullPage: true });
}

test.beforeAll(async ({ baseURL }) => {
  admin = await apiAs(baseURL!, 'admin');
});
test.afterAll(async () => admin.dispose());

async function signedIn(browser: Browser, baseURL: string, who: DemoUser): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await loginInBrowser(page, who, admin);
  return page;
}

/** The newest request row of a member (newest first), by member no. */
function requestRow(page: Page, memberNo: string) {
  return page.getByTestId('member-requests-table').locator('tbody tr', { hasText: memberNo }).first();
}

/** 会员变更 of one member's name: base 【创建】【查询】【保存】【上报】 → 代办处 审核通过 → 总会 审核通过. */
async function changeName(pages: Record<'base' | 'agency' | 'hq', Page>, memberNo: string, newName: string) {
  const { base, agency, hq } = pages;
  await base.goto('/union/member-changes');
  await base.getByTestId('change-create').click();
  const modal = base.locator('.ant-modal');
  await modal.getByText('会员编号', { exact: true }).click();
  await base.getByTestId('change-key').fill(memberNo);
  await base.getByTestId('change-search').click();
  await expect(base.getByTestId('change-member')).toContainText(memberNo);
  await base.getByTestId('change-new-name').fill(newName);
  await base.getByTestId('change-reason').fill('户籍姓名变更');
  await base.getByTestId('change-save').click();
  await expect(modal).toBeHidden();
  const row = requestRow(base, memberNo);
  await expect(row.getByTestId('request-status')).toHaveText('新建');
  await row.getByTestId('request-submit').click();
  await expect(row.getByTestId('request-status')).toHaveText('已上报');
  await expect(row).toContainText('代办处审核');
  await shot(base, `change-submitted-${newName}`);

  for (const [page, next] of [
    [agency, '已上报'],
    [hq, '已通过'],
  ] as const) {
    await page.goto('/union/member-changes');
    const r = requestRow(page, memberNo);
    await expect(r.getByTestId('request-status')).toHaveText('已上报');
    await r.getByTestId('request-approve').click();
    await expect(r.getByTestId('request-status')).toHaveText(next);
  }
  await expect(requestRow(hq, memberNo)).toContainText(newName);
  await shot(hq, `change-approved-${newName}`);
}

test('会员变更 climbs 基层工会 → 代办处 → 总会; the member query shows the new name with its history', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const base = await signedIn(browser, baseURL!, 'union_base');
  await base.goto('/union/member-query');
  await base.getByTestId('query-name').fill('李强');
  await base.getByTestId('query-search').click();
  const row = base.getByTestId('member-query-table').locator('tbody tr', { hasText: '李强' }).first();
  await expect(row).toBeVisible();
  const memberNo = (await row.locator('td').first().innerText()).trim();
  expect(memberNo).toMatch(/^0108001\d{6}$/);
  // Masked by default: the ID number shows stars until 查看完整 (audited).
  await expect(row).toContainText('*');
  await row.getByTestId('member-detail').click();
  const drawer = base.getByTestId('member-drawer');
  await expect(drawer.getByText('投保历史')).toBeVisible();
  await expect(drawer.getByText('理赔历史')).toBeVisible();
  await expect(base.getByTestId('member-id-number')).toContainText('*');
  await base.getByTestId('member-reveal').click();
  await expect(base.getByTestId('member-id-number')).not.toContainText('*');
  await shot(base, 'member-detail');
  await base.keyboard.press('Escape');

  const agency = await signedIn(browser, baseURL!, 'union_agency');
  const hq = await signedIn(browser, baseURL!, 'union_hq');
  const pages = { base, agency, hq };
  await changeName(pages, memberNo, '李强国');

  await base.goto('/union/member-query');
  await base.getByTestId('query-member-no').fill(memberNo);
  await base.getByTestId('query-search').click();
  await expect(
    base.getByTestId('member-query-table').locator('tbody tr', { hasText: memberNo }),
  ).toContainText('李强国');

  // Put the demo member back as it was (other journeys use 李强).
  await changeName(pages, memberNo, '李强');
});
