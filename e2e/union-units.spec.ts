import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { apiAs } from './support.js';
import {
  applicationRow,
  beijingToday,
  call,
  chineseDigits,
  choose,
  fetchAs,
  freshId,
  shot,
  signedIn,
  submittedApplication,
  UNION_PLAN as PLAN,
} from './union-support.js';

// MA-8 across two base units of one agency office (中关村 0108001 and 上地 0108002): the agency's
// 投保管理 by 当前单位编号, 汇总金额 per unit, one unit passed up and the other returned with a reason
// that only that unit sees, its 上报 again, HQ's 财务确认 per unit; and neither base unit can read
// or change the other's members or applications (404), in the pages and through the API.

let admin: APIRequestContext;
test.beforeAll(async ({ baseURL }) => {
  admin = await apiAs(baseURL!, 'admin');
});
test.afterAll(async () => admin.dispose());

const submitted = (base: Page, agency: Page, prefix: string) =>
  submittedApplication(
    base,
    agency,
    `${prefix}${chineseDigits(String(Date.now()).slice(-4))}`,
    freshId(1988),
  );

async function searchUnit(page: Page, unitNo: string) {
  await page.goto('/union/submissions');
  await page.getByTestId('submissions-unit').fill(unitNo);
  await choose(page, 'submissions-product', PLAN);
  await page.getByTestId('submissions-search').click();
}

test('two base units under one 代办处: per-unit search and totals, pass one, return the other, confirm each; no unit sees the other', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const zgc = await signedIn(browser, baseURL!, 'union_base', admin);
  const sd = await signedIn(browser, baseURL!, 'union_base_sd', admin);
  const agency = await signedIn(browser, baseURL!, 'union_agency', admin);
  const hq = await signedIn(browser, baseURL!, 'union_hq', admin);
  const a = await submitted(zgc, agency, '中关');
  const b = await submitted(sd, agency, '上地');

  // Each base unit: another unit's member and application answer 404, and changes are refused.
  for (const [page, other] of [
    [zgc, b],
    [sd, a],
  ] as const) {
    expect((await fetchAs(page, 'GET', `/api/union/members/${other.memberId}/history`)).status).toBe(404);
    const edit = await fetchAs(page, 'PUT', `/api/union/applications/${other.applicationNo}`, {
      productId: other.productId,
      memberNoOrId: other.memberNo,
      copies: 2,
      amount: 72,
      expectedEffectiveDate: beijingToday(),
    });
    expect(edit.status).toBe(404);
    expect((await fetchAs(page, 'DELETE', `/api/union/applications/${other.applicationNo}`)).status).toBe(
      404,
    );
    const mine = await call(page, 'GET', `/api/union/applications?memberNoOrId=${other.memberNo}`);
    expect(mine.total).toBe(0);
  }
  // …and in 中关村's page, 上地's member finds nothing.
  await zgc.goto('/union/applications');
  await zgc.getByTestId('application-search-member').fill(b.memberNo);
  await zgc.getByTestId('application-search').click();
  await expect(zgc.getByTestId('application-table')).not.toContainText(b.name);
  await expect(zgc.getByTestId('application-table')).toContainText(/暂无数据|No data/);

  // 代办处: 当前单位编号 0108002 lists 上地's row and not 中关村's; 汇总金额 equals the server's count.
  await searchUnit(agency, '0108002');
  const table = agency.getByTestId('submissions-table');
  await expect(table).toContainText(b.name);
  await expect(table).not.toContainText(a.name);
  const sdTotals = await call(
    agency,
    'GET',
    `/api/union/submissions/totals?unitNo=0108002&productId=${b.productId}&status=submitted`,
  );
  expect(sdTotals.count).toBeGreaterThanOrEqual(1);
  await agency.getByTestId('submissions-totals').click();
  await expect(agency.getByTestId('submissions-totals-result')).toContainText(
    `共 ${sdTotals.count} 笔、${sdTotals.headCount} 人`,
  );
  await shot(agency, 'units-agency-0108002');
  // 上地's search is returned with a reason; 中关村's is passed up.
  await agency.getByTestId('submissions-return').click();
  await agency.getByTestId('return-reason').fill('上地：缺少本月新入会名单，请补齐后再上报');
  await agency.locator('#return-ok').click();
  await expect(table).not.toContainText(b.name);
  await searchUnit(agency, '0108001');
  await expect(table).toContainText(a.name);
  await expect(table).not.toContainText(b.name);
  await agency.getByTestId('submissions-pass').click();
  await agency.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(table).not.toContainText(a.name);

  // 上地 sees 打回 with the reason on its row; 中关村 sees its own row 代办处已上报, no reason.
  await sd.goto('/union/applications');
  await sd.getByTestId('application-search-member').fill(b.memberNo);
  await sd.getByTestId('application-search').click();
  await expect(applicationRow(sd, b.applicationNo)).toContainText('打回');
  await expect(applicationRow(sd, b.applicationNo).getByTestId('application-return-reason')).toContainText(
    '缺少本月新入会名单',
  );
  await shot(sd, 'units-shangdi-returned');
  await zgc.getByTestId('application-search-member').fill(a.memberNo);
  await zgc.getByTestId('application-search').click();
  await expect(applicationRow(zgc, a.applicationNo)).toContainText('代办处已上报');
  await expect(applicationRow(zgc, a.applicationNo).getByTestId('application-return-reason')).toHaveCount(0);

  // HQ: 0108001 holds 中关村's row only; 财务确认 issues its certificate, 上地's stays 打回.
  await searchUnit(hq, '0108001');
  await expect(hq.getByTestId('submissions-table')).toContainText(a.name);
  await expect(hq.getByTestId('submissions-table')).not.toContainText(b.name);
  await hq.getByTestId('submissions-confirm').click();
  await hq.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(hq.getByTestId('submissions-task-queued')).toBeVisible();
  const issued = (page: Page, memberNo: string) =>
    call(page, 'GET', `/api/union/applications?status=issued&memberNoOrId=${memberNo}`).then((r) => r.total);
  await expect.poll(() => issued(zgc, a.memberNo), { timeout: 120_000, intervals: [1000] }).toBe(1);
  expect(await issued(sd, b.memberNo)).toBe(0);

  // 上地 submits again from its page (【当前查询结果上报】), the agency passes 0108002, HQ confirms.
  await sd.getByTestId('application-submit-search').click();
  await sd.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(applicationRow(sd, b.applicationNo)).toContainText('上报');
  await searchUnit(agency, '0108002');
  await expect(table).toContainText(b.name);
  await agency.getByTestId('submissions-pass').click();
  await agency.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(table).not.toContainText(b.name);
  await searchUnit(hq, '0108002');
  await expect(hq.getByTestId('submissions-table')).toContainText(b.name);
  await hq.getByTestId('submissions-confirm').click();
  await hq.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(hq.getByTestId('submissions-task-queued')).toBeVisible();
  await expect.poll(() => issued(sd, b.memberNo), { timeout: 120_000, intervals: [1000] }).toBe(1);
  // Each unit's certificate is its own: 中关村 cannot list 上地's issued application either.
  expect(await issued(zgc, b.memberNo)).toBe(0);
  await shot(hq, 'units-hq-confirmed');
});
